import type { Locale } from "../table/locale";
import type { LayoutBuilder } from "../ports/workbookActions";
import type { WorkbookPorts } from "../ports/workbookPorts";
import type { Rubric } from "../rubric/types";
import { checkActiveSheet } from "./checkSheet";
import { clearHighlights } from "./clearHighlights";
import { convertToNativeFormulas } from "./convertToNativeFormulas";
import { addEvidenceColumns } from "./evidenceColumns";
import { fixNumberText } from "./fixNumberText";
import { insertReportSheet } from "./insertReportSheet";
import { insertRubricSheet } from "./insertRubricSheet";
import { officePanel, type OfficePanelOptions } from "./panel/officePanel";
import { formulasThisExcelRuns, requireExcelApi, REQUIRED_FUNCTIONS_RUNTIME } from "./requirements";
import { selectCell } from "./selectCell";
import { watchSheets } from "./watchSheets";

export interface OfficePortsOptions {
  /** Language of the findings and messages. */
  readonly locale: Locale;
  /** The rubric the insert tab inserts and the checks read sheets with. */
  readonly rubric: Rubric;
  readonly build: LayoutBuilder;
  /** Reads a picked .xlsx for the 评审 tab's import (the CLI's reader over the bytes); without it there is no 评审 tab. */
  readonly readWorkbook?: OfficePanelOptions["read"];
}

/**
 * Runs a batch after checking the API set the add-in needs (ExcelApi 1.9:
 * page layout, RangeAreas, worksheet collection events); rejects with
 * MissingRequirementError on an older Excel, before anything is queued.
 */
async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  requireExcelApi((name, version) => Office.context.requirements.isSetSupported(name, version));
  return Excel.run(batch);
}

/** The workbook ports over Office.js: every call in its own Excel.run batch. */
export function officePorts({ locale, rubric, build, readWorkbook }: OfficePortsOptions): WorkbookPorts {
  return {
    ...(readWorkbook && { panel: officePanel({ locale, rubric, build, run, read: readWorkbook }) }),
    actions: {
      insertRubricSheet: (asked) => {
        const { name, version } = REQUIRED_FUNCTIONS_RUNTIME;
        const { options, nativeFallback } = formulasThisExcelRuns(asked, Office.context.requirements.isSetSupported(name, version));
        return run(async (context) => ({ ...(await insertRubricSheet(context, { rubric, build, options })), ...(nativeFallback && { nativeFallback }) }));
      },
      convertToNativeFormulas: () => run((context) => convertToNativeFormulas(context, rubric)),
    },
    checks: {
      check: ({ highlight }) => run((context) => checkActiveSheet(context, locale, rubric, highlight)),
      select: (sheetName, address) => run((context) => selectCell(context, sheetName, address)),
      clearHighlights: () => run((context) => clearHighlights(context)),
      addEvidenceColumns: () => run((context) => addEvidenceColumns(context, rubric)),
      fixNumberText: (sheetName, fixes) => run((context) => fixNumberText(context, sheetName, fixes)),
      // The handlers must outlive the batch, so the context is kept for removing them.
      watch: (onChange) =>
        run(async (context) => {
          const stop = await watchSheets(context, onChange);
          return () => Excel.run(context, (batch) => stop(batch));
        }),
    },
    report: {
      addReportSheet: () => run((context) => insertReportSheet(context, { locale, rubric })),
    },
  };
}
