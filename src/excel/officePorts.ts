import type { LayoutOptions } from "../layout/types";
import type { Locale } from "../table/locale";
import type { LayoutBuilder } from "../ports/workbookActions";
import type { WorkbookPorts } from "../ports/workbookPorts";
import { RUBRIC_CHANGED_EVENT } from "../rubric/carried";
import { RubricRegistry } from "../rubric/registry";
import type { Rubric } from "../rubric/types";
import { chosenRubric, planRubricInsert, workbookRubrics, type InsertPlan } from "../ports/rubricChoice";
import { needsCarriedRubrics, sheetRubric } from "../ports/sheetRubric";
import { WorkbookError } from "../ports/errors";
import { readCarriedRubricValues } from "./carriedRubric";
import type { InsertResult } from "../ports/workbookActions";
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
import { readWorkbookRubrics, type WorkbookRubricRead } from "./workbookRubrics";
import { readTypedSheet } from "./readTypedSheet";

export interface OfficePortsOptions {
  /** Language of the findings and messages. */
  readonly locale: Locale;
  /** The rubric the insert tab inserts and the checks read sheets with. */
  readonly rubric: Rubric;
  readonly build: LayoutBuilder;
  /** The rubrics the add-in ships, which the insert offers beside the workbook's own; default `rubric` alone. */
  readonly shipped?: RubricRegistry;
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

/** Tells the custom functions (same page in the shared runtime) to learn the workbook's rubric again. */
function announceRubricChange(): void {
  if (typeof window !== "undefined") window.dispatchEvent(new Event(RUBRIC_CHANGED_EVENT));
}

/** The workbook ports over Office.js: every call in its own Excel.run batch. */
export function officePorts({ locale, rubric, build, readWorkbook, shipped = new RubricRegistry([rubric]) }: OfficePortsOptions): WorkbookPorts {
  /** The QCITY totals asked for, or native ones on an Excel without the custom functions runtime. */
  const formulasAsked = (asked: LayoutOptions) => {
    const { name, version } = REQUIRED_FUNCTIONS_RUNTIME;
    return formulasThisExcelRuns(asked, Office.context.requirements.isSetSupported(name, version));
  };
  /** Inserts the planned sheet (and carried rubric) in one sync, after `read`; announces a new carried rubric. */
  const insertPlanned = async (context: Excel.RequestContext, read: WorkbookRubricRead, chosen: Rubric, plan: InsertPlan, nativeFallback: boolean): Promise<InsertResult> => {
    const inserted = await insertRubricSheet(context, { rubric: chosen, build, options: plan.options, sheetNames: read.sheetNames, carry: plan.carry });
    if (plan.carry !== undefined) announceRubricChange();
    return { ...inserted, ...(nativeFallback && { nativeFallback }), ...(plan.nativeForRubric && { nativeForRubric: true }) };
  };
  /**
   * 转换为普通公式's rubric, from the sheet's marker (sheetRubric, as the checks read it): the default without a
   * read, else the workbook's carried or a shipped one; WorkbookError InvalidOperation, saying why, for neither.
   */
  const convertRubric =
    (context: Excel.RequestContext) =>
    async (markerId: string | undefined): Promise<Rubric> => {
      if (!needsCarriedRubrics(markerId, rubric)) return rubric;
      const chosen = sheetRubric(markerId, await readCarriedRubricValues(context), rubric, "", locale);
      if ("message" in chosen) throw new WorkbookError("InvalidOperation", chosen.message);
      return chosen.rubric;
    };
  return {
    ...(readWorkbook && { panel: officePanel({ locale, rubric, build, run, read: readWorkbook }) }),
    actions: {
      listRubrics: () =>
        run(async (context) => {
          const read = await readWorkbookRubrics(context);
          return workbookRubrics(shipped, read.carriedValues, rubric).offered.map(({ id, title, origin }) => ({ id, title, origin }));
        }),
      insertRubricSheet: (asked, rubricId) => {
        const { options, nativeFallback } = formulasAsked(asked);
        return run(async (context) => {
          const read = await readWorkbookRubrics(context);
          const rubrics = workbookRubrics(shipped, read.carriedValues, rubric);
          const chosen = chosenRubric(rubrics, rubricId);
          return insertPlanned(context, read, chosen, planRubricInsert(rubrics, chosen, options), nativeFallback);
        });
      },
      importSheetRubric: (asked) => {
        const { options, nativeFallback } = formulasAsked(asked);
        return run(async (context) => {
          const [typed, { importSheetRubric }] = await Promise.all([readTypedSheet(context), import("../ports/sheetRubricImport")]);
          const imported = importSheetRubric(typed.cells, locale);
          if (!imported.ok) return { status: "invalid", sourceSheet: typed.sheetName, problems: imported.problems };
          const read = await readWorkbookRubrics(context);
          const made = imported.rubric;
          const inserted = await insertPlanned(context, read, made, planRubricInsert(workbookRubrics(shipped, read.carriedValues, rubric), made, options), nativeFallback);
          return { status: "inserted", ...inserted, sourceSheet: typed.sheetName, rubric: { id: made.id, title: made.title, origin: "carried" }, criteria: made.criteria.length, totalPoints: made.totalPoints };
        });
      },
      convertToNativeFormulas: () => run((context) => convertToNativeFormulas(context, convertRubric(context))),
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
