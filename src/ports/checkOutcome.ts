import type { SheetCheck } from "../scoring/checkTable";
import type { Rubric } from "../rubric/types";
import { checkSummary, type WorkbookSheet } from "../scoring/panel/summaryPanel";
import type { Locale } from "../table/locale";
import { describeNoTable } from "../scoring/noTableMessage";
import type { CheckOutcome } from "./checks";

/** What a summary sheet's check needs besides its own table: the workbook's sheets (the experts' and the self-assessment's) and its rubric. */
export interface PanelContext {
  readonly sheet: WorkbookSheet;
  readonly sheets: readonly WorkbookSheet[];
  readonly rubric: Rubric;
}

/**
 * A sheet's check as the checks port answers it; with no table, the message
 * says why in `locale`. With `panel` (the sheet is a summary), the summary is
 * checked with its panel: the findings are the table's own, and `panel` holds
 * the members' totals and the panel findings (src/scoring/panel/summaryPanel.ts).
 */
export function checkOutcome(result: SheetCheck, sheetName: string, locale: Locale, panel?: PanelContext): CheckOutcome {
  if (!result.ok) return { status: "no-table", sheetName, message: describeNoTable(result.noTable, locale, sheetName) };
  if (panel === undefined) return { status: "checked", sheetName, findings: result.check.findings, summary: result.check.summary };
  const summary = checkSummary(panel.sheet, result.check, panel.sheets, panel.rubric, locale);
  return { status: "checked", sheetName, findings: summary.check.findings, summary: summary.check.summary, panel: summary.panel };
}
