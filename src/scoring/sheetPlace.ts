import type { Grid, GridValue } from "../table/grid";
import { foldText } from "../table/fold";
import { SHEET_TEXT } from "../layout/sheetText";

/** The province and city a rubric sheet is about, as written on its 省/市 line; "" where not filled. */
export interface SheetPlace {
  readonly province: string;
  readonly city: string;
}

const fold = (value: GridValue): string => (typeof value === "string" ? foldText(value) : "");

const PROVINCE_LABELS = Object.values(SHEET_TEXT).map((t) => fold(t.provinceLabel));
const CITY_LABELS = Object.values(SHEET_TEXT).map((t) => fold(t.cityLabel));

function text(value: GridValue): string {
  if (value === null || value === undefined) return "";
  return String(value).trim();
}

/**
 * Reads the 省/市 line above the table header (rows 0 to `headerRow` − 1 of
 * `values`): "浙江省 | 省（自治区、直辖市） | 杭州市 | 市（区、县）", where each
 * name is the cell just left of its label (either locale's label; full-width
 * and spacing ignored). A label with no name beside it gives "".
 */
export function readSheetPlace(values: Grid, headerRow: number): SheetPlace {
  let province = "";
  let city = "";
  for (let r = 0; r < Math.min(headerRow, values.length); r++) {
    const line = values[r] ?? [];
    line.forEach((cell, c) => {
      const label = fold(cell);
      if (label === "" || c === 0) return;
      if (province === "" && PROVINCE_LABELS.includes(label)) province = text(line[c - 1]);
      else if (city === "" && CITY_LABELS.includes(label)) city = text(line[c - 1]);
    });
  }
  return { province, city };
}
