import { addedColumnHighlights } from "../scoring/addedColumnHighlights";
import { checkTable } from "../scoring/checkTable";
import type { Rubric } from "../rubric/types";
import { planEvidenceColumns } from "../scoring/planEvidenceColumns";
import type { EvidenceColumnsOutcome } from "../ports/checks";
import { queueFormulaConditionalFormat } from "./conditionalFormat";
import { readActiveSheet } from "./readSheet";

/**
 * Adds the absent 佐证材料/扣分说明 columns beside the table on the active
 * sheet, as planEvidenceColumns decides: titles written into empty cells, or
 * whole columns inserted first so nothing is overwritten. The new columns copy
 * the 得分 column's formats and the layout's live highlights: a new 佐证材料
 * column marks empty evidence on scored rows, a new 扣分说明 column an empty
 * note on a partial score (as an inserted sheet does). Two syncs.
 */
export async function addEvidenceColumns(context: Excel.RequestContext, rubric: Rubric): Promise<EvidenceColumnsOutcome> {
  const read = await readActiveSheet(context);
  const check = checkTable(read.snapshot, { rubric });
  const plan = planEvidenceColumns(check, read.snapshot);
  if (!plan.ok || check === undefined) return { status: "refused", reason: plan.ok ? "no-table" : plan.reason };

  const { sheet } = read;
  if (plan.mode === "insert") sheet.getRange(plan.columnsAddress).insert("Right");
  sheet.getRange(plan.bodyAddress).copyFrom(plan.formatSourceAddress, "Formats");
  for (const column of plan.columns) sheet.getRange(column.headerAddress).values = [[column.title]];

  for (const format of addedColumnHighlights(check, plan)) queueFormulaConditionalFormat(sheet, format);
  await context.sync();
  return { status: "added", titles: plan.columns.map((c) => c.title), columnsAddress: plan.columnsAddress, inserted: plan.mode === "insert" };
}
