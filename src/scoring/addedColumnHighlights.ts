import { deductionNoteConditionalFormat, evidenceConditionalFormat } from "../layout/evidenceHighlight";
import type { FormulaConditionalFormat } from "../layout/types";
import type { TableCheck } from "./checkTable";
import type { EvidenceColumnsPlan } from "./planEvidenceColumns";

/**
 * The live highlights an inserted sheet has on its 佐证材料 and 扣分说明
 * columns, for the columns the plan adds only, in worksheet coordinates: a
 * new 佐证材料 column marks empty evidence on scored rows, a new 扣分说明
 * column an empty note on a partial score. None for a table without rows.
 */
export function addedColumnHighlights(check: TableCheck, plan: EvidenceColumnsPlan): FormulaConditionalFormat[] {
  const rows = check.table.rows.map((r) => r.row + check.origin.row);
  if (rows.length === 0) return [];
  const sheetColumn = (col: number | undefined) => (col === undefined ? undefined : col + check.origin.col);
  const placement = {
    firstCriterionRow: Math.min(...rows),
    lastCriterionRow: Math.max(...rows),
    columns: {
      score: sheetColumn(check.table.columns.score),
      points: sheetColumn(check.table.columns.points),
      evidence: plan.columns.find((c) => c.key === "evidence")?.col,
      note: plan.columns.find((c) => c.key === "note")?.col,
    },
  };
  return [evidenceConditionalFormat(placement), deductionNoteConditionalFormat(placement)].filter((f): f is FormulaConditionalFormat => f !== undefined);
}
