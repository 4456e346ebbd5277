import { CARRIED_RUBRIC_SHEET, RUBRIC_CHANGED_EVENT } from "../rubric/carried";
import { learnWorkbookRubric } from "./workbookRubric";

// Office.js is read here, in the functions' composition root (src/functions may not import src/excel).
/**
 * The values of the workbook's very hidden QCITY_RUBRIC sheet from A1, or
 * undefined when the workbook carries no rubric. Two syncs when it has the
 * sheet (is it there; its used range), one when not.
 */
export async function readCarriedRubricValues(context: Excel.RequestContext): Promise<unknown[][] | undefined> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(CARRIED_RUBRIC_SHEET);
  await context.sync();
  if (sheet.isNullObject) return undefined;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  await context.sync();
  if (used.isNullObject || used.rowIndex !== 0 || used.columnIndex !== 0) return undefined;
  return used.values;
}

/** Learns the workbook's rubric from Excel: its carried sheet, and a full recalculation when values may be stale. */
function learnFromExcel(): Promise<unknown> {
  return Excel.run((context) =>
    learnWorkbookRubric({
      readCarriedValues: () => readCarriedRubricValues(context),
      recalculate: async () => {
        context.workbook.application.calculate(Excel.CalculationType.full);
        await context.sync();
      },
    }),
  ).catch((error: unknown) => {
    // The functions keep the default rubric; the console says why for whoever debugs the runtime.
    console.error("QCity Assessor: could not read the workbook's rubric", error);
  });
}

/**
 * Runs when the shared runtime starts, which a formula's first calculation
 * does even if the task pane was never opened: learns the workbook's rubric
 * once, and again whenever the task pane changes it.
 */
export function startFunctionsRuntime(): void {
  if (typeof Office === "undefined") return;
  void Office.onReady(() => {
    void learnFromExcel();
    window.addEventListener(RUBRIC_CHANGED_EVENT, () => void learnFromExcel());
  });
}

startFunctionsRuntime();
