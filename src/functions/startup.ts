// The functions' composition root: the one file of src/functions that may use an Office.js adapter (see eslint.config.js).
import { readCarriedRubricValues } from "../excel/carriedRubric";
import { RUBRIC_CHANGED_EVENT } from "../rubric/carried";
import { learnWorkbookRubric } from "./workbookRubric";



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
