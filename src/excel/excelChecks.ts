import type { MessageLocale } from "../scoring/messages";
import type { ChecksApi } from "../taskpane/checks/types";
import { checkActiveSheet } from "./checkSheet";
import { clearHighlights } from "./clearHighlights";
import { addEvidenceColumns } from "./evidenceColumns";
import { fixNumberText } from "./fixNumberText";
import { selectCell } from "./selectCell";
import { watchSheets } from "./watchSheets";

/** The checks panel's Excel calls, each in its own Excel.run batch. */
export function excelChecks(locale: MessageLocale): ChecksApi {
  return {
    check: ({ highlight }) => Excel.run((context) => checkActiveSheet(context, locale, highlight)),
    select: (sheetName, address) => Excel.run((context) => selectCell(context, sheetName, address)),
    clearHighlights: () => Excel.run((context) => clearHighlights(context)),
    addEvidenceColumns: () => Excel.run((context) => addEvidenceColumns(context)),
    fixNumberText: (sheetName, fixes) => Excel.run((context) => fixNumberText(context, sheetName, fixes)),
    // The handlers must outlive the batch, so the context is kept for removing them.
    watch: (onChange) =>
      Excel.run(async (context) => {
        const stop = await watchSheets(context, onChange);
        return () => Excel.run(context, (batch) => stop(batch));
      }),
  };
}
