import type ExcelJS from "exceljs";
import type { SheetSnapshot } from "../scoring/snapshot";
import { rect, type Rect } from "../table/a1";
import { TABLE_WINDOW, type Extent } from "../table/window";
import { gridValue, loadWorkbook, sourceBytes, windowCells, type WorkbookSource } from "./readWorkbookGrid";
import { readSheetMarkers } from "./sheetMarkers";

/**
 * A worksheet as the checks read it, inside `window` (default TABLE_WINDOW,
 * A1:AN400, as the task pane reads it): values (formula results as cached,
 * dates as JS Dates) and a formulas grid shaped like Office.js `formulas` ("=…"
 * in a formula cell, shared formulas resolved; the value elsewhere) and number
 * formats (so a date format ExcelJS does not know still marks a date), from A1.
 * `merges` lists the merged areas (from each merged cell's master).
 * `bounds` tells how far the sheet's values reach beyond the window. Time and
 * memory follow the cells that hold something, not the sheet's size.
 */
export function worksheetSnapshot(ws: ExcelJS.Worksheet, window: Extent = TABLE_WINDOW): SheetSnapshot {
  const { cells, used } = windowCells(ws, window);
  const values = cells.map((line) => line.map((cell) => (cell === undefined ? null : gridValue(cell))));
  const formulas = cells.map((line, r) =>
    line.map((cell, c) => {
      const formula = cell !== undefined && cell.master === cell ? cell.formula : undefined;
      return typeof formula === "string" && formula !== "" ? `=${formula}` : values[r]?.[c];
    }),
  );
  const numberFormats = cells.map((line) => line.map((cell) => cell?.numFmt ?? "General"));
  return { values, formulas, numberFormats, origin: { row: 0, col: 0 }, bounds: { window, used }, merges: mergedAreas(cells) };
}

/** The merged areas among the cells read (0-based, from A1): each anchor with the cells that name it as their master. */
function mergedAreas(cells: readonly (readonly (ExcelJS.Cell | undefined)[])[]): Rect[] {
  const areas = new Map<string, Rect>();
  cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell === undefined || cell.master === cell) return;
      const anchor = cell.master;
      const key = anchor.address;
      const area = areas.get(key) ?? rect(Number(anchor.row) - 1, Number(anchor.col) - 1);
      areas.set(key, rect(Math.min(area.top, r), Math.min(area.left, c), Math.max(area.bottom, r), Math.max(area.right, c)));
    }),
  );
  return [...areas.values()];
}

/**
 * Every worksheet of a workbook as a snapshot, in workbook order, each with its
 * marker when it has one. Throws WorkbookReadError as loadWorkbook does.
 */
export async function readWorkbookSnapshots(source: WorkbookSource): Promise<{ name: string; snapshot: SheetSnapshot }[]> {
  const bytes = await sourceBytes(source);
  const workbook = await loadWorkbook(source, bytes);
  const markers = await readSheetMarkers(bytes);
  return workbook.worksheets.map((ws) => {
    const marker = markers.get(ws.name);
    return { name: ws.name, snapshot: { ...worksheetSnapshot(ws), ...(marker && { marker }) } };
  });
}
