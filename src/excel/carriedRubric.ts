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

/** Queues the carried sheet's read with the caller's next sync (no sync here); read the answer with carriedValuesOf after that sync. */
export function queueCarriedRubricRead(context: Excel.RequestContext): Excel.Range {
  // On a null object, getUsedRangeOrNullObject gives a null object too: one batch serves both cases.
  const used = context.workbook.worksheets.getItemOrNullObject(CARRIED_RUBRIC_SHEET).getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  return used;
}

/**
 * After the sync that carried queueCarriedRubricRead's load: the carried
 * sheet's values from A1, undefined when the workbook carries no rubric, or
 * "not-read" when that sync did not load them (it failed, and the caller read
 * again without them).
 */
export function carriedValuesOf(used: Excel.Range): unknown[][] | undefined | "not-read" {
  try {
    if (used.isNullObject || used.rowIndex !== 0 || used.columnIndex !== 0) return undefined;
    return used.values;
  } catch {
    return "not-read";
  }
}
