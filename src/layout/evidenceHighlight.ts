import { cellAddress } from "./a1";
import type { FormulaConditionalFormat, TablePlacement } from "./types";

/** Light yellow, like Excel's "neutral" style, so it reads as "to do", not as an error. */
export const EVIDENCE_HIGHLIGHT_FILL = "#FFEB9C";

/**
 * The conditional format that keeps an empty 佐证材料 cell highlighted while its
 * row has a numeric 得分, live as the assessor types, with or without the task
 * pane. Covers the evidence column over the criterion rows; the formula is
 * written for the top cell, with absolute columns and relative rows. Returns
 * undefined when the table has no 得分 or 佐证材料 column.
 */
export function evidenceConditionalFormat(
  placement: Pick<TablePlacement, "firstCriterionRow" | "lastCriterionRow" | "columns">,
): FormulaConditionalFormat | undefined {
  const { score, evidence } = placement.columns;
  if (score === undefined || evidence === undefined) return undefined;
  const row = placement.firstCriterionRow;
  const scoreRef = "$" + cellAddress(row, score);
  const evidenceRef = "$" + cellAddress(row, evidence);
  return {
    rect: { top: row, left: evidence, bottom: placement.lastCriterionRow, right: evidence },
    formula: `=AND(ISNUMBER(${scoreRef}),LEN(TRIM(${evidenceRef}))=0)`,
    fill: EVIDENCE_HIGHLIGHT_FILL,
  };
}
