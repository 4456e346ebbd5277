import { readFile } from "node:fs/promises";
import { PassThrough } from "node:stream";
import JSZip from "jszip";
import type { Grid, GridValue } from "../table/grid";
import { rect, type Rect } from "../table/a1";
import { readTable } from "../table/readTable";
import { TABLE_WINDOW, type Extent } from "../table/window";
import type { SheetSnapshot } from "../scoring/snapshot";
import { markersOfWorkbookXml } from "./sheetMarkers";
import { sharedStrings, styleNumberFormats, workbookParts, workbookSheets } from "./packageParts";
import { readSheetXml, type SheetXmlRead, type WindowCell } from "./sheetXml";
import type { WorkbookSource } from "./readWorkbookGrid";
import { WorkbookReadError } from "./workbookReadError";

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** A part of the package unzipped as a stream; JSZip's own stream class predates async iteration, Node's PassThrough has it. */
function partStream(entry: JSZip.JSZipObject): AsyncIterable<Buffer> {
  return entry.nodeStream("nodebuffer").pipe(new PassThrough());
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** True when the cells read so far hold a table header: a sheet without one is not read past the window. */
function holdsTable(cells: readonly WindowCell[], window: Extent): boolean {
  return readTable(denseGrid(cells, [], window).values) !== undefined;
}

/**
 * Every worksheet of a workbook as the checks read it (as readWorkbookSnapshots
 * does: values, formulas, number formats inside `window`, default A1:AN400, and
 * `bounds`), each sheet unzipped as a stream and parsed as it comes, so that
 * memory follows the window, not the workbook: the cells outside the window
 * are never kept, and a sheet that holds no table header inside the window is
 * not unzipped past it (its `bounds.used` then only says that it goes on). A sheet's marker
 * (QCITY_SHEET) comes with its snapshot, as readWorkbookSnapshots gives it.
 * Sheets come in workbook order. Throws WorkbookReadError as loadWorkbook does.
 */
export async function streamWorkbookSnapshots(source: WorkbookSource, window: Extent = TABLE_WINDOW): Promise<{ name: string; snapshot: SheetSnapshot }[]> {
  const label = typeof source === "string" ? `“${source}”` : "该文件";
  let bytes: Uint8Array;
  try {
    bytes = typeof source === "string" ? await readFile(source) : source;
  } catch (error) {
    throw new WorkbookReadError("not-found", `无法打开文件${label}：${(error as Error).message}`, { cause: error });
  }
  if (startsWith(bytes, OLE)) throw new WorkbookReadError("old-xls", `${label}是旧版 .xls 或加密的工作簿，请在 Excel 中另存为 .xlsx（不设密码）后再试。`);
  if (!startsWith(bytes, ZIP)) throw new WorkbookReadError("not-xlsx", `${label}不是 .xlsx 工作簿（文件内容不是 Office Open XML 格式）。`);

  const sheets: { name: string; snapshot: SheetSnapshot }[] = [];
  try {
    // JSZip (ExcelJS's own zip reader) reads the directory; each part is unzipped only when asked for, the sheets as streams.
    const zip = await JSZip.loadAsync(bytes);
    const text = (path: string) => zip.file(path)?.async("string");
    const book = await text("xl/workbook.xml");
    const { sheets: listed, date1904 } = workbookSheets(book ?? "");
    const parts = workbookParts((await text("xl/_rels/workbook.xml.rels")) ?? "");
    const formats = styleNumberFormats((await text("xl/styles.xml")) ?? "");
    const strings = zip.file("xl/sharedStrings.xml");
    const context = {
      sharedStrings: strings ? await sharedStrings(partStream(strings)) : [],
      numberFormat: (style: number) => formats[style] ?? "General",
      date1904,
    };
    const markers = markersOfWorkbookXml(book ?? "");
    for (const { name, rId } of listed) {
      const part = parts.get(rId);
      const entry = part !== undefined ? zip.file(part) : null;
      if (entry === null) continue; // a chart sheet or a dangling entry: no cells
      const read = await readSheetXml(partStream(entry), context, window, (cells) => holdsTable(cells, window));
      const marker = markers.get(name);
      sheets.push({ name, snapshot: { ...toSnapshot(read, window), ...(marker && { marker }) } });
    }
  } catch (error) {
    throw new WorkbookReadError("corrupt", `${label}已损坏，无法读取：${(error as Error).message}`, { cause: error });
  }
  // Every workbook Excel saves has a worksheet; a zip without one is some other file (.docx, .zip…).
  if (sheets.length === 0) throw new WorkbookReadError("not-xlsx", `${label}不是 Excel 工作簿：其中没有工作表。`);
  return sheets;
}

function toSnapshot(read: SheetXmlRead, window: Extent): SheetSnapshot {
  const { values, formulas, numberFormats, merges } = denseGrid(read.cells, read.merges, window);
  return { values, formulas, numberFormats, origin: { row: 0, col: 0 }, bounds: { window, used: read.used }, merges };
}

/**
 * The window's cells as dense grids from A1 to the last filled or merged cell,
 * as worksheetSnapshot makes them: merged cells other than the anchor are null
 * (Excel keeps only the anchor's value), formulas "=…" and the value elsewhere;
 * the merged areas clipped to the grid.
 */
function denseGrid(
  cells: readonly WindowCell[],
  merges: SheetXmlRead["merges"],
  window: Extent,
): { values: Grid; formulas: unknown[][]; numberFormats: string[][]; merges: Rect[] } {
  let rows = 0;
  let cols = 0;
  for (const c of cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  const inWindow = merges.filter((m) => m.top < window.rows && m.left < window.cols);
  for (const m of inWindow) {
    rows = Math.max(rows, Math.min(m.bottom + 1, window.rows));
    cols = Math.max(cols, Math.min(m.right + 1, window.cols));
  }
  const values = Array.from({ length: rows }, () => new Array<GridValue>(cols).fill(null));
  const formulas = Array.from({ length: rows }, () => new Array<unknown>(cols).fill(null));
  const numberFormats = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  for (const c of cells) {
    (values[c.row] as GridValue[])[c.col] = c.value;
    (formulas[c.row] as unknown[])[c.col] = c.formula !== undefined ? `=${c.formula}` : c.value;
    (numberFormats[c.row] as string[])[c.col] = c.numberFormat;
  }
  for (const m of inWindow) {
    for (let r = m.top; r <= Math.min(m.bottom, rows - 1); r++) {
      for (let c = m.left; c <= Math.min(m.right, cols - 1); c++) {
        if (r === m.top && c === m.left) continue;
        (values[r] as GridValue[])[c] = null;
        (formulas[r] as unknown[])[c] = null;
      }
    }
  }
  // The merged areas as far as the grid reaches, as worksheetSnapshot gives them.
  const clipped = inWindow.map((m) => rect(m.top, m.left, Math.min(m.bottom, rows - 1), Math.min(m.right, cols - 1)));
  return { values, formulas, numberFormats, merges: clipped };
}
