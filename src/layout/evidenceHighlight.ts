import { cellAddress } from "../table/a1";
import { MISSING_FILL } from "./styles";
import type { FormulaConditionalFormat, TablePlacement } from "./types";

/**
 * The conditional format that keeps an empty 佐证材料 cell highlighted while its
 * row has a numeric 得分, live as the assessor types, with or without the task
 * pane. Covers the evidence column over the criterion rows; the formula (no
 * leading "=", as everywhere in the layout) is written for the top cell.
 * Returns undefined when the table has no 得分 or 佐证材料 column.
 */
export function evidenceConditionalFormat(
  placement: Pick<TablePlacement, "firstCriterionRow" | "lastCriterionRow" | "columns">,
): FormulaConditionalFormat | undefined {
  const { score, evidence } = placement.columns;
  if (score === undefined || evidence === undefined) return undefined;
  const row = placement.firstCriterionRow;
  return {
    rect: { top: row, left: evidence, bottom: placement.lastCriterionRow, right: evidence },
    formula: `AND(ISNUMBER(${cellAddress(row, score)}),LEN(TRIM(${cellAddress(row, evidence)}))=0)`,
    fill: MISSING_FILL,
  };
}

/**
 * The conditional format that keeps an empty 扣分说明 cell highlighted while
 * its row has a partial score (a number below 分值), live as the assessor
 * types. Covers the deduction-note column over the criterion rows; the formula
 * is written for the top cell. Returns undefined when the table has no 得分,
 * 分值 or 扣分说明 column.
 */
export function deductionNoteConditionalFormat(
  placement: Pick<TablePlacement, "firstCriterionRow" | "lastCriterionRow" | "columns">,
): FormulaConditionalFormat | undefined {
  const { score, points, note } = placement.columns;
  if (score === undefined || points === undefined || note === undefined) return undefined;
  const row = placement.firstCriterionRow;
  const scoreCell = cellAddress(row, score);
  return {
    rect: { top: row, left: note, bottom: placement.lastCriterionRow, right: note },
    formula: `AND(ISNUMBER(${scoreCell}),${scoreCell}<${cellAddress(row, points)},LEN(TRIM(${cellAddress(row, note)}))=0)`,
    fill: MISSING_FILL,
  };
}
