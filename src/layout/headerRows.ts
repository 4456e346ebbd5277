import { rect } from "../table/a1";
import { officialColumn, type LayoutContext } from "./context";
import type { SheetBuilder } from "./sheetBuilder";
import { FONT_SIZE, HEADER_STYLE, INFO_STYLE, INPUT_STYLE, TITLE_STYLE } from "./styles";
import { SHEET_TEXT } from "./sheetText";
import { heightForLines } from "./textHeight";
import { grandTotalFormula } from "./totalFormulas";

/** The 省/市 line never grows taller than this many lines: it is repeated on every printed page. */
export const INFO_ROW_MAX_LINES = 2;

/** The rubric's title as printed; in English where the sheet text knows its translation (the rubric text itself is never translated). */
function sheetTitle(ctx: LayoutContext): string {
  return ctx.locale === "en-US" && ctx.rubric.title === SHEET_TEXT["zh-CN"].title ? ctx.text.title : ctx.rubric.title;
}

/**
 * The rows above the table, as the document prints them: the title; the
 * "___省（自治区、直辖市）___市（区、县） 总评分：___分" line; the header row.
 * Province and city are literal text, so a value starting with "=" stays text.
 * The 省/市 line is at most INFO_ROW_MAX_LINES lines tall, however long the
 * names: longer text stays whole in its cell but is cut off on screen and in
 * print. Without a column right of 总评分 (no evidence columns), the total's
 * number format carries the unit. Returns the 总评分 value cell (right of its
 * label, where readTable looks).
 */
export function writeHeaderRows(b: SheetBuilder, ctx: LayoutContext): { row: number; col: number } {
  const { rows, text } = ctx;
  const last = b.columnCount - 1;

  b.put(rect(rows.title, 0, rows.title, last), sheetTitle(ctx));
  b.style(rect(rows.title, 0, rows.title, last), TITLE_STYLE);
  b.minHeight(rows.title, 36);

  const info = rows.info;
  const provinceCol = officialColumn(ctx, "category");
  const cityCol = officialColumn(ctx, "criterion");
  const cityLabel = rect(info, officialColumn(ctx, "method"), info, officialColumn(ctx, "points"));
  const totalLabelCol = officialColumn(ctx, "guidance");
  const totalCol = officialColumn(ctx, "score");
  b.style(rect(info, 0, info, last), INFO_STYLE);
  b.set(info, provinceCol, ctx.province, FONT_SIZE.info);
  b.set(info, officialColumn(ctx, "item"), text.provinceLabel, FONT_SIZE.info);
  b.set(info, cityCol, ctx.city, FONT_SIZE.info);
  b.put(cityLabel, text.cityLabel, FONT_SIZE.info);
  b.set(info, totalLabelCol, text.grandTotalLabel, FONT_SIZE.info);
  b.set(info, totalCol, { formula: grandTotalFormula(ctx.formulaStyle, ctx.criteriaRef, ctx.scoresRef) });
  const unitCell = totalCol + 1 <= last;
  if (unitCell) b.set(info, totalCol + 1, text.pointsUnit, FONT_SIZE.info);
  for (const c of [provinceCol, cityCol]) b.style(rect(info, c), { ...INPUT_STYLE, border: true, horizontal: "right" });
  b.style(rect(info, totalLabelCol), { horizontal: "right" });
  b.style(rect(info, totalCol), {
    border: true,
    horizontal: "center",
    font: { bold: true },
    ...(!unitCell && { numberFormat: `General"${text.pointsUnitSuffix}"` }),
  });
  b.minHeight(info, 24);
  b.maxHeight(info, heightForLines(INFO_ROW_MAX_LINES, FONT_SIZE.info));

  const header = rows.header;
  ctx.columns.forEach((column, c) => b.set(header, c, column.titles[ctx.locale], FONT_SIZE.header));
  b.style(rect(header, 0, header, last), HEADER_STYLE);
  b.minHeight(header, 24);

  return { row: info, col: totalCol };
}
