import { evidenceConditionalFormat } from "../layout/evidenceHighlight";
import { checkTable } from "../scoring/checkTable";
import { planEvidenceColumns } from "../scoring/planEvidenceColumns";
import type { EvidenceColumnsOutcome } from "../taskpane/checks/types";
import { queueFormulaConditionalFormat } from "./conditionalFormat";
import { readActiveSheet } from "./readSheet";

/**
 * Adds the absent 佐证材料/扣分说明 columns beside the table on the active
 * sheet, as planEvidenceColumns decides: titles written into empty cells, or
 * whole columns inserted first so nothing is overwritten. The new columns copy
 * the 得分 column's formats, and a new 佐证材料 column gets the conditional
 * format that keeps empty evidence on scored rows highlighted. Two syncs.
 */
export async function addEvidenceColumns(context: Excel.RequestContext): Promise<EvidenceColumnsOutcome> {
  const read = await readActiveSheet(context);
  const check = checkTable(read.snapshot);
  const plan = planEvidenceColumns(check, read.snapshot);
  if (!plan.ok || check === undefined) return { status: "refused", reason: plan.ok ? "no-table" : plan.reason };

  const { sheet } = read;
  if (plan.mode === "insert") sheet.getRange(plan.columnsAddress).insert("Right");
  sheet.getRange(plan.bodyAddress).copyFrom(plan.formatSourceAddress, "Formats");
  for (const column of plan.columns) sheet.getRange(column.headerAddress).values = [[column.title]];

  const evidence = plan.columns.find((c) => c.key === "evidence");
  if (evidence !== undefined) {
    const rows = check.table.rows.map((r) => r.row + check.origin.row);
    const format = evidenceConditionalFormat({
      firstCriterionRow: Math.min(...rows),
      lastCriterionRow: Math.max(...rows),
      columns: { score: (check.table.columns.score as number) + check.origin.col, evidence: evidence.col },
    });
    if (format !== undefined && rows.length > 0) queueFormulaConditionalFormat(sheet, format);
  }
  await context.sync();
  return { status: "added", titles: plan.columns.map((c) => c.title), columnsAddress: plan.columnsAddress, inserted: plan.mode === "insert" };
}
