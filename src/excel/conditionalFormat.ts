import { rectAddress } from "../table/a1";
import type { FormulaConditionalFormat } from "../layout/types";

/** What a formula conditional format looks like, whichever cells it covers. */
export type CustomFormat = Pick<FormulaConditionalFormat, "formula" | "fill" | "fontColor">;

/**
 * Queues a "Custom" (formula) conditional format on `ranges` (a Range, or the
 * RangeAreas of several addresses), with the formula given its "=" (no sync).
 * The one place the add-in writes a conditional format: the layout's live
 * highlights, the added evidence columns' and the checks' highlights.
 */
export function queueCustomFormat(ranges: Excel.Range | Excel.RangeAreas, format: CustomFormat): Excel.ConditionalFormat {
  const added = ranges.conditionalFormats.add("Custom");
  added.custom.rule.formula = format.formula.startsWith("=") ? format.formula : `=${format.formula}`;
  added.custom.format.fill.color = format.fill;
  if (format.fontColor !== undefined) added.custom.format.font.color = format.fontColor;
  return added;
}

/** Queues a formula conditional format of the layout on the worksheet (no sync). */
export function queueFormulaConditionalFormat(sheet: Excel.Worksheet, format: FormulaConditionalFormat): Excel.ConditionalFormat {
  return queueCustomFormat(sheet.getRange(rectAddress(format.rect)), format);
}
