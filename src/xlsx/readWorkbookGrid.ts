import { readFile } from "node:fs/promises";
import type ExcelJS from "exceljs";
import type { Grid, GridValue } from "../table/grid";
import { TABLE_WINDOW, type Extent } from "../table/window";
import { Workbook } from "./exceljsWorkbook";
import { WorkbookReadError } from "./workbookReadError";

/** Where a workbook comes from: a file path, or the file's bytes. */
export type WorkbookSource = string | Buffer | Uint8Array;

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** A workbook source's bytes. Throws WorkbookReadError `not-found` when the file cannot be read. */
export async function sourceBytes(source: WorkbookSource): Promise<Uint8Array> {
  if (typeof source !== "string") return source;
  try {
    return await readFile(source);
  } catch (error) {
    throw new WorkbookReadError("not-found", `无法打开文件“${source}”：${(error as Error).message}`, { cause: error });
  }
}

/**
 * Loads an .xlsx with ExcelJS. Throws WorkbookReadError: `not-found` (no such
 * file), `old-xls` (a .xls or password-protected file), `not-xlsx` (not a
 * zip package, or a zip with no worksheet), `corrupt` (a damaged package).
 * `bytes`: the source's content when the caller has read it already.
 */
export async function loadWorkbook(source: WorkbookSource, bytes?: Uint8Array): Promise<ExcelJS.Workbook> {
  const label = typeof source === "string" ? `“${source}”` : "该文件";
  bytes ??= await sourceBytes(source);
  if (startsWith(bytes, OLE)) {
    throw new WorkbookReadError("old-xls", `${label}是旧版 .xls 或加密的工作簿，请在 Excel 中另存为 .xlsx（不设密码）后再试。`);
  }
  if (!startsWith(bytes, ZIP)) {
    throw new WorkbookReadError("not-xlsx", `${label}不是 .xlsx 工作簿（文件内容不是 Office Open XML 格式）。`);
  }
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    throw new WorkbookReadError("corrupt", `${label}已损坏，无法读取：${(error as Error).message}`, { cause: error });
  }
  // Every workbook Excel saves has a worksheet; a zip without one is some other file (.docx, .zip…).
  if (workbook.worksheets.length === 0) {
    throw new WorkbookReadError("not-xlsx", `${label}不是 Excel 工作簿：其中没有工作表。`);
  }
  return workbook;
}

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
 * A worksheet's used area inside `window` (default TABLE_WINDOW, A1:AN400) as a
 * dense grid from A1, rows × columns; merged non-anchor cells are null, as in
 * Excel. Cells beyond the window are not read.
 */
export function worksheetGrid(ws: ExcelJS.Worksheet, window: Extent = TABLE_WINDOW): GridValue[][] {
  return windowCells(ws, window).cells.map((line) => line.map((cell) => (cell === undefined ? null : gridValue(cell))));
}

/** Every worksheet's grid (inside TABLE_WINDOW), in workbook order. Throws WorkbookReadError as loadWorkbook does. */
export async function readWorkbookGrids(source: WorkbookSource): Promise<{ name: string; grid: Grid }[]> {
  const workbook = await loadWorkbook(source);
  return workbook.worksheets.map((ws) => ({ name: ws.name, grid: worksheetGrid(ws) }));
}

/**
 * One worksheet's grid (inside TABLE_WINDOW) for the table reader: `sheetName`, or the first sheet.
 * Throws WorkbookReadError as loadWorkbook does, and `no-sheet` naming the
 * sheets there are when `sheetName` is not among them.
 */
export async function readWorkbookGrid(source: WorkbookSource, sheetName?: string): Promise<Grid> {
  const workbook = await loadWorkbook(source);
  // Excel compares sheet names without regard to case.
  const wanted = sheetName?.toLowerCase();
  const ws = wanted === undefined ? workbook.worksheets[0] : workbook.worksheets.find((w) => w.name.toLowerCase() === wanted);
  if (ws === undefined) {
    const names = workbook.worksheets.map((w) => w.name).join("、");
    throw new WorkbookReadError("no-sheet", `工作簿中没有名为“${sheetName}”的工作表（现有：${names}）。`);
  }
  return worksheetGrid(ws);
}
