import type { SheetCheck } from "../scoring/checkTable";
import type { Locale } from "../table/locale";
import { describeNoTable } from "../scoring/noTableMessage";
import type { CheckOutcome } from "./checks";

/** A sheet's check as the checks port answers it; with no table, the message says why in `locale`. */
export function checkOutcome(result: SheetCheck, sheetName: string, locale: Locale): CheckOutcome {
  if (!result.ok) return { status: "no-table", sheetName, message: describeNoTable(result.noTable, locale, sheetName) };
  return { status: "checked", sheetName, findings: result.check.findings, summary: result.check.summary };
}
