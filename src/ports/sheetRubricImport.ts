import { importRubricTable, type ImportResult } from "../scoring/rubricImport";
import type { Locale } from "../table/locale";

type Cells = readonly (readonly unknown[])[];

/** A rubric id for a table typed into a workbook: "sheet-" and the FNV-1a hash of its cells, the same for the same table. */
export function sheetRubricId(cells: Cells): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(cells);
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `sheet-${hash.toString(16).padStart(8, "0")}`;
}

/**
 * 以本表为评价标准's import: the active sheet's cells from A1 (merged cells
 * other than the anchor empty) as a rubric, by the rules and with the words of
 * `qcity rubric import`; the id from the cells, the title from the row above
 * the header. The task pane loads this module on first use, with the validator.
 */
export function importSheetRubric(cells: Cells, locale: Locale): ImportResult {
  return importRubricTable(cells, { id: sheetRubricId(cells) }, locale);
}
