import type { GridValue } from "../table/grid";
import type { CellValue, MemorySheet } from "./memorySheet";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A grid value as a cell holds it: a Date becomes Excel's serial number, undefined an empty cell. */
export function cellValueOf(value: GridValue): CellValue {
  if (value === undefined) return null;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  return value;
}

/**
 * Fills a sheet from A1 with a grid of values, as Office.js `values` or a .xlsx
 * reader gives them, and optionally the `formulas` grid ("=…" cells become
 * formulas). Cells the grids leave out are not touched.
 */
export function loadGrid(sheet: MemorySheet, grid: { readonly values: readonly (readonly GridValue[])[]; readonly formulas?: readonly (readonly unknown[])[] }): void {
  grid.values.forEach((line, r) =>
    line.forEach((value, c) => {
      const formula = grid.formulas?.[r]?.[c];
      if (typeof formula === "string" && formula.startsWith("=")) sheet.setContent(r, c, null, formula);
      else sheet.setContent(r, c, cellValueOf(value) === "" ? null : cellValueOf(value));
    }),
  );
}
