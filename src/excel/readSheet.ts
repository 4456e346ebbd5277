import { addressEnd, addressOrigin, rect, type Rect } from "../table/a1";
import { isSetSupported } from "./requirements";
import type { Grid } from "../table/grid";
import { TABLE_WINDOW, TABLE_WINDOW_ADDRESS } from "../table/window";
import { MARKER_NAME, parseMarker } from "../table/marker";
import { isHighlightFormula } from "../scoring/highlights";
import type { SheetSnapshot } from "../scoring/snapshot";

/** A highlight conditional format the add-in wrote earlier. */
export interface ExistingHighlight {
  readonly id: string;
  readonly formula: string;
}

export interface SheetRead {
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  readonly snapshot: SheetSnapshot;
  readonly highlights: readonly ExistingHighlight[];
}

/**
 * Reads the active worksheet for the checks in one context.sync(): values,
 * formulas and number formats of the cells with values inside TABLE_WINDOW
 * (A1:AN400, at most 16,000 cells, however far the sheet's used range reaches),
 * the address of the sheet's used range (values only: a formatted but empty
 * cell does not count) so a table beyond the window is reported rather than
 * read in part, the add-in's own highlight conditional formats, and the sheet's
 * marker (the worksheet-scoped name QCITY_SHEET, ExcelApi 1.4) and, where
 * ExcelApi 1.13 is supported, the merged areas inside the block. An empty sheet
 * gives an empty snapshot.
 */
export async function readActiveSheet(context: Excel.RequestContext): Promise<SheetRead> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address");
  const block = sheet.getRange(TABLE_WINDOW_ADDRESS).getUsedRangeOrNullObject(true);
  block.load("address,values,formulas,numberFormat");
  const formats = sheet.getRange().conditionalFormats.load("items/id,items/type,items/customOrNullObject/rule/formula");
  const markerName = sheet.names.getItemOrNullObject(MARKER_NAME);
  markerName.load("formula");
  // Merged areas need ExcelApi 1.13; without it a merged 佐证材料 cell counts for its first row only.
  const merged = isSetSupported("ExcelApi", "1.13") ? sheet.getRange(TABLE_WINDOW_ADDRESS).getMergedAreasOrNullObject() : undefined;
  const mergedAreas = merged?.areas.load("items/address");
  await context.sync();

  const highlights = formats.items.flatMap((format) => {
    const formula = format.type === "Custom" && !format.customOrNullObject.isNullObject ? format.customOrNullObject.rule.formula : undefined;
    return isHighlightFormula(formula) ? [{ id: format.id, formula: formula as string }] : [];
  });
  const marker = markerName.isNullObject ? undefined : parseMarker(markerName.formula);
  const snapshot = snapshotOf(used, block);
  const merges = merged === undefined || merged.isNullObject || mergedAreas === undefined ? [] : mergesOf(mergedAreas.items, snapshot.origin);
  return { sheet, sheetName: sheet.name, snapshot: { ...snapshot, ...(marker && { marker }), ...(merges.length > 0 && { merges }) }, highlights };
}

/** Merged areas in snapshot coordinates (relative to the block's top-left cell). */
function mergesOf(areas: readonly Excel.Range[], origin = { row: 0, col: 0 }): Rect[] {
  return areas.map((area) => {
    const start = addressOrigin(area.address);
    const end = addressEnd(area.address);
    return rect(start.row - origin.row, start.col - origin.col, end.row - origin.row, end.col - origin.col);
  });
}

function snapshotOf(used: Excel.Range, block: Excel.Range): SheetSnapshot {
  const end = used.isNullObject ? { row: -1, col: -1 } : addressEnd(used.address);
  const bounds = { window: TABLE_WINDOW, used: { rows: end.row + 1, cols: end.col + 1 } };
  if (used.isNullObject || block.isNullObject) return { values: [], bounds };
  return { values: block.values as Grid, formulas: block.formulas, numberFormats: block.numberFormat, origin: addressOrigin(block.address), bounds };
}
