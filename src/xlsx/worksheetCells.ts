/**
 * Reading a loaded ExcelJS workbook's cells, with no file system and no
 * ExcelJS entry of its own: shared by the CLI's reader (Node) and the task
 * pane's (the browser, where ExcelJS is its browser build).
 */
import type ExcelJS from "exceljs";
import type { SheetSnapshot } from "../scoring/snapshot";
import type { GridValue } from "../table/grid";
import type { SheetMarker } from "../table/marker";
import { rect, type Rect } from "../table/a1";
import { TABLE_WINDOW, type Extent } from "../table/window";

/** A cell's value as Excel shows it: a formula's cached result (null when none), rich text as plain text, errors as "#N/A"-style strings. */
export function gridValue(cell: ExcelJS.Cell): GridValue {
  // A merged cell other than the anchor reports the anchor as its master.
  if (cell.master !== cell) return null;
  return plainValue(cell.value);
}

function plainValue(value: ExcelJS.CellValue | undefined): GridValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue | undefined);
  if ("hyperlink" in value) return plainValue(value.text as ExcelJS.CellValue);
  return null;
}

/** A worksheet's cells inside a block from A1, and how far the sheet's filled cells reach. */
export interface WindowCells {
  /** Rows × columns from A1 to the last filled cell inside the window; undefined where a cell holds nothing. */
  readonly cells: (ExcelJS.Cell | undefined)[][];
  /** The last row and column (counted from A1) of any filled cell, inside the window or not. */
  readonly used: Extent;
}

/**
 * Visits only the cells that hold something (a value, a formula, a merged
 * area; not a cell that only has a fill or border), so time and memory follow
 * those cells, not the sheet's bounding box: a stray value at XFD1048576 costs
 * one cell. Keeps the cells inside `window` (rows × columns from A1).
 */
export function windowCells(ws: ExcelJS.Worksheet, window: Extent = TABLE_WINDOW): WindowCells {
  const kept: { row: number; col: number; cell: ExcelJS.Cell }[] = [];
  let usedRows = 0;
  let usedCols = 0;
  ws.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      usedRows = Math.max(usedRows, rowNumber);
      usedCols = Math.max(usedCols, colNumber);
      if (rowNumber <= window.rows && colNumber <= window.cols) kept.push({ row: rowNumber - 1, col: colNumber - 1, cell });
    });
  });
  const rows = kept.reduce((most, k) => Math.max(most, k.row + 1), 0);
  const cols = kept.reduce((most, k) => Math.max(most, k.col + 1), 0);
  const cells = Array.from({ length: rows }, () => new Array<ExcelJS.Cell | undefined>(cols).fill(undefined));
  for (const { row, col, cell } of kept) (cells[row] as (ExcelJS.Cell | undefined)[])[col] = cell;
  return { cells, used: { rows: usedRows, cols: usedCols } };
}


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

/** Every worksheet of a loaded workbook as a snapshot, in workbook order, each with its marker (by sheet name) when it has one. */
export function markedSnapshots(workbook: ExcelJS.Workbook, markers: ReadonlyMap<string, SheetMarker>): { name: string; snapshot: SheetSnapshot }[] {
  return workbook.worksheets.map((ws) => {
    const marker = markers.get(ws.name);
    return { name: ws.name, snapshot: { ...worksheetSnapshot(ws), ...(marker && { marker }) } };
  });
}
