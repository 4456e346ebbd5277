import { nativeFormulaChanges } from "../layout/nativeFormulaChanges";
import type { Rubric } from "../rubric/types";
import { MARKER_NAME, parseMarker } from "../table/marker";

/** The rubric to rewrite a sheet's totals with, from the rubric id its marker records (undefined without a marker). */
export type SheetRubric = (markerId: string | undefined) => Rubric | Promise<Rubric>;

/**
 * "转换为普通公式": rewrites the QCITY totals of a worksheet (the active one by
 * default) as native formulas that give the same numbers, so the workbook can
 * be shared with people who do not have the add-in. Reads the used range's
 * formulas in one sync (SUMIF ranges follow `rubric`'s codes) and writes only the cells that change in one more (none
 * when nothing changes); values, other formulas and formats are never touched.
 * Returns how many cells were rewritten (0 for an empty sheet). Excel errors
 * (e.g. cell-edit mode, a protected sheet) propagate to the caller. With a
 * SheetRubric, the first sync also reads the sheet's marker, and the rubric
 * it names is used (which may read the workbook's carried rubric).
 */
export async function convertToNativeFormulas(context: Excel.RequestContext, rubric: Rubric | SheetRubric, worksheet?: Excel.Worksheet): Promise<number> {
  const sheet = worksheet ?? context.workbook.worksheets.getActiveWorksheet();
  // An empty sheet has no used range: getUsedRange() would throw ItemNotFound.
  const used = sheet.getUsedRangeOrNullObject();
  used.load("formulas, rowIndex, columnIndex");
  const marker = typeof rubric === "function" ? sheet.names.getItemOrNullObject(MARKER_NAME) : undefined;
  marker?.load("formula");
  await context.sync();
  if (used.isNullObject) return 0;
  const markerId = marker === undefined || marker.isNullObject ? undefined : parseMarker(marker.formula)?.rubric;
  const chosen = typeof rubric === "function" ? await rubric(markerId) : rubric;
  const changes = nativeFormulaChanges(used.formulas, chosen);
  if (changes.length === 0) return 0;
  for (const change of changes) {
    sheet.getCell(used.rowIndex + change.row, used.columnIndex + change.col).formulas = [[change.formula]];
  }
  await context.sync();
  return changes.length;
}
