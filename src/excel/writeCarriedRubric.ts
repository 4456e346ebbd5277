import { CARRIED_RUBRIC_SHEET } from "../rubric/carried";
import { carriedRubricCells } from "../rubric/carriedCells";
import type { Rubric } from "../rubric/types";

// The writer of the carried rubric sheet, apart from its reader (carriedRubric.ts), which the custom functions load at
// start: so the writer stays out of the task pane's first load.

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
