import { findCarriedSheet } from "../rubric/carried";

export interface WorkbookRubricRead {
  readonly sheetNames: readonly string[];
  /** The carried sheet's values from A1 ([] when it holds none there); undefined when the workbook has no such sheet. */
  readonly carriedValues: unknown[][] | undefined;
}

/**
 * Reads what the insert needs to choose a rubric: the sheet names (very
 * hidden ones included) and, when the workbook carries rubrics, the values of
 * its QCITY_RUBRIC sheet. One context.sync(), two when it has that sheet.
 */
export async function readWorkbookRubrics(context: Excel.RequestContext): Promise<WorkbookRubricRead> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const sheetNames = sheets.items.map((sheet) => sheet.name);
  const carried = findCarriedSheet(sheetNames.map((name) => ({ name })));
  if (carried === undefined) return { sheetNames, carriedValues: undefined };
  const used = sheets.getItem(carried.name).getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  await context.sync();
  const fromA1 = !used.isNullObject && used.rowIndex === 0 && used.columnIndex === 0;
  return { sheetNames, carriedValues: fromA1 ? used.values : [] };
}
