import { CARRIED_RUBRIC_SHEET } from "../rubric/carried";

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
