import { readCarriedRubricValues } from "./carriedRubric";
import { carriedValuesOf, queueCarriedRubricRead } from "./queuedCarriedRubric";

export interface WorkbookRubricRead {
  readonly sheetNames: readonly string[];
  /** The carried sheet's values from A1; undefined when the workbook has no such sheet (or it holds nothing from A1). */
  readonly carriedValues: unknown[][] | undefined;
}

/**
 * Reads what the insert needs to choose a rubric: the sheet names (very
 * hidden ones included) and the values of the workbook's QCITY_RUBRIC sheet,
 * in one context.sync().
 */
export async function readWorkbookRubrics(context: Excel.RequestContext): Promise<WorkbookRubricRead> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const carried = queueCarriedRubricRead(context);
  await context.sync();
  const sheetNames = sheets.items.map((sheet) => sheet.name);
  const values = carriedValuesOf(carried);
  return { sheetNames, carriedValues: values === "not-read" ? await readCarriedRubricValues(context) : values };
}
