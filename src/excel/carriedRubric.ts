import { CARRIED_RUBRIC_SHEET } from "../rubric/carried";
import { carriedRubricCells } from "../rubric/carriedCells";
import type { Rubric } from "../rubric/types";

/**
 * Queues the QCITY_RUBRIC sheet holding `rubrics`: added very hidden when the
 * workbook has none (`exists` false), else cleared and rewritten. Cells are
 * formatted as text before the values go in, so that an id such as 2024-01
 * stays text. No sync: the caller's next sync writes it with the rest.
 */
export function queueCarriedRubrics(context: Excel.RequestContext, rubrics: readonly Rubric[], exists: boolean): Excel.Worksheet {
  return queueCarriedCells(context, carriedRubricCells(rubrics), exists);
}

/** As queueCarriedRubrics, for the carried sheet's cells (carriedRubricCells, carriedCellsWith); returns the sheet. */
export function queueCarriedCells(context: Excel.RequestContext, cells: readonly (readonly string[])[], exists: boolean): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  const sheet = exists ? sheets.getItem(CARRIED_RUBRIC_SHEET) : sheets.add(CARRIED_RUBRIC_SHEET);
  if (exists) sheet.getRange().clear();
  sheet.visibility = "VeryHidden";
  const width = cells[0]?.length ?? 0;
  if (width === 0) return sheet;
  const range = sheet.getRangeByIndexes(0, 0, cells.length, width);
  range.numberFormat = cells.map((row) => row.map(() => "@"));
  range.values = cells.map((row) => [...row]);
  return sheet;
}

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
