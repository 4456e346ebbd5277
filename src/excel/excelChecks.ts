import type { Locale } from "../table/locale";
import type { ChecksApi } from "../taskpane/checks/types";
import { requireExcelApi } from "./requirements";
import { checkActiveSheet } from "./checkSheet";
import { clearHighlights } from "./clearHighlights";
import { addEvidenceColumns } from "./evidenceColumns";
import { fixNumberText } from "./fixNumberText";
import { selectCell } from "./selectCell";
import { watchSheets } from "./watchSheets";

/** Runs a batch after checking the API set (ExcelApi 1.9: RangeAreas, worksheet collection events). */
async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  requireExcelApi((name, version) => Office.context.requirements.isSetSupported(name, version));
  return Excel.run(batch);
}

/** The checks panel's Excel calls, each in its own Excel.run batch. */
export function excelChecks(locale: Locale): ChecksApi {
  return {
    check: ({ highlight }) => run((context) => checkActiveSheet(context, locale, highlight)),
    select: (sheetName, address) => run((context) => selectCell(context, sheetName, address)),
    clearHighlights: () => run((context) => clearHighlights(context)),
    addEvidenceColumns: () => run((context) => addEvidenceColumns(context)),
    fixNumberText: (sheetName, fixes) => run((context) => fixNumberText(context, sheetName, fixes)),
    // The handlers must outlive the batch, so the context is kept for removing them.
    watch: (onChange) =>
      run(async (context) => {
        const stop = await watchSheets(context, onChange);
        return () => Excel.run(context, (batch) => stop(batch));
      }),
  };
}
