import { checkTable } from "../scoring/checkTable";
import { planHighlights } from "../scoring/highlights";
import type { MessageLocale } from "../scoring/messages";
import type { CheckOutcome } from "../taskpane/checks/types";
import { queueHighlights } from "./highlights";
import { readActiveSheet } from "./readSheet";

/**
 * Checks the rubric table on the active sheet and highlights the offending
 * cells: one context.sync() to read, and one more only when the highlights
 * change. With no table on the sheet, or with `highlight` false (the user
 * cleared the highlights), removes the add-in's highlights instead.
 */
export async function checkActiveSheet(context: Excel.RequestContext, locale: MessageLocale, highlight = true): Promise<CheckOutcome> {
  const read = await readActiveSheet(context);
  const check = checkTable(read.snapshot, { locale });
  const rules = check && highlight ? planHighlights(check.findings) : [];
  if (queueHighlights(read.sheet, read.highlights, rules) > 0) await context.sync();
  if (check === undefined) return { status: "no-table", sheetName: read.sheetName };
  return { status: "checked", sheetName: read.sheetName, findings: check.findings, summary: check.summary };
}
