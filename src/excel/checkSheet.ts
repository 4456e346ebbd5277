import { checkSheet } from "../scoring/checkTable";
import { planHighlights } from "../scoring/highlights";
import type { Locale } from "../table/locale";
import type { Rubric } from "../rubric/types";
import type { CheckOutcome } from "../ports/checks";
import { checkOutcome } from "../ports/checkOutcome";
import { queueHighlights } from "./highlights";
import { activeSummary } from "./panel/panelSheets";
import { readSheetWithRubric } from "./readSheetRubric";

/**
 * Checks the rubric table on the active sheet and highlights the offending
 * cells: one context.sync() to read, and one more only when the highlights
 * change. With no table on the sheet, or with `highlight` false (the user
 * cleared the highlights), removes the add-in's highlights instead. With no
 * table, the outcome's message says why (not found, a header title twice, cut off).
 * Conditional formats Excel cannot read are left alone and counted in the outcome.
 * On a summary sheet, the expert and self-assessment sheets are read as well (three
 * syncs more, whatever their number) and the outcome carries the panel.
 * The sheet is read with its own rubric (see sheetRubric): its marker's, carried
 * by the workbook or shipped; `fallback` for a sheet without a marker in a
 * workbook that carries no rubric. The carried rubric is read in the sheet's
 * own sync (two more only when that sync had to be repeated).
 */
export async function checkActiveSheet(context: Excel.RequestContext, locale: Locale, fallback: Rubric, highlight = true): Promise<CheckOutcome> {
  const chosen = await readSheetWithRubric(context, fallback, locale);
  const { read } = chosen;
  if ("message" in chosen) {
    if (queueHighlights(read.sheet, read.highlights, []) > 0) await context.sync();
    return { status: "no-table", sheetName: read.sheetName, message: chosen.message };
  }
  const { rubric } = chosen;
  const result = checkSheet(read.snapshot, { locale, rubric });
  const summary = result.ok ? await activeSummary(context, { name: read.sheetName, snapshot: read.snapshot }, result.check, rubric, locale) : undefined;
  const outcome = checkOutcome(result, read.sheetName, locale, summary);
  const rules = outcome.status === "checked" && highlight ? planHighlights(outcome.findings) : [];
  if (queueHighlights(read.sheet, read.highlights, rules) > 0) await context.sync();
  return read.unreadableFormats > 0 ? { ...outcome, unreadableFormats: read.unreadableFormats } : outcome;
}
