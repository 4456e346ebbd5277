import { rangeAddress } from "../layout/a1";
import type { FormulaConditionalFormat } from "../layout/types";

/** Queues a formula conditional format of the layout on the worksheet (no sync). */
export function queueFormulaConditionalFormat(sheet: Excel.Worksheet, format: FormulaConditionalFormat): Excel.ConditionalFormat {
  const { top, left, bottom, right } = format.rect;
  const added = sheet.getRange(rangeAddress(top, left, bottom, right)).conditionalFormats.add("Custom");
  added.custom.rule.formula = format.formula;
  added.custom.format.fill.color = format.fill;
  if (format.fontColor !== undefined) added.custom.format.font.color = format.fontColor;
  return added;
}
