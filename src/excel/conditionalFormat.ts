import { rectAddress } from "../table/a1";
import type { FormulaConditionalFormat } from "../layout/types";

/** Queues a formula conditional format of the layout on the worksheet (no sync). */
export function queueFormulaConditionalFormat(sheet: Excel.Worksheet, format: FormulaConditionalFormat): Excel.ConditionalFormat {
  const added = sheet.getRange(rectAddress(format.rect)).conditionalFormats.add("Custom");
  added.custom.rule.formula = format.formula.startsWith("=") ? format.formula : `=${format.formula}`;
  added.custom.format.fill.color = format.fill;
  if (format.fontColor !== undefined) added.custom.format.font.color = format.fontColor;
  return added;
}
