import type ExcelJS from "exceljs";
import { CARRIED_RUBRIC_SHEET } from "../rubric/carried";
import { carriedRubricCells } from "../rubric/carriedCells";
import type { Rubric } from "../rubric/types";

/**
 * Adds the very hidden QCITY_RUBRIC sheet that carries `rubrics` (see
 * src/rubric/carried.ts), or replaces its content when the workbook has one.
 * Very hidden: Excel's Unhide dialog does not list it, so it is not edited by
 * accident; the add-in and `qcity` read it.
 */
export function writeCarriedRubrics(workbook: ExcelJS.Workbook, rubrics: readonly Rubric[]): void {
  const existing = workbook.worksheets.find((w) => w.name.toUpperCase() === CARRIED_RUBRIC_SHEET);
  if (existing !== undefined) workbook.removeWorksheet(existing.id);
  const ws = workbook.addWorksheet(CARRIED_RUBRIC_SHEET, { state: "veryHidden" });
  carriedRubricCells(rubrics).forEach((line, r) => {
    line.forEach((text, c) => {
      if (text !== "") ws.getRow(r + 1).getCell(c + 1).value = text;
    });
  });
}
