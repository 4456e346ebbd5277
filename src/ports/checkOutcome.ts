import type { SheetCheck } from "../scoring/checkTable";
import type { SummaryCheck } from "../scoring/panel/summaryPanel";
import type { Locale } from "../table/locale";
import { describeNoTable } from "../scoring/noTableMessage";
import type { CheckOutcome } from "./checks";

/**
 * A sheet's check as the checks port answers it; with no table, the message
 * says why in `locale`. With `summary` (the sheet is a summary, checked with
 * its panel by checkSummary), the findings and totals are the summary's, and
 * `panel` holds the members' totals and the panel findings.
 */
export function checkOutcome(result: SheetCheck, sheetName: string, locale: Locale, summary?: SummaryCheck): CheckOutcome {
  if (!result.ok) return { status: "no-table", sheetName, message: describeNoTable(result.noTable, locale, sheetName) };
  if (summary === undefined) return { status: "checked", sheetName, findings: result.check.findings, summary: result.check.summary };
  return { status: "checked", sheetName, findings: summary.check.findings, summary: summary.check.summary, panel: summary.panel };
}
