import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import type { Grid, GridValue } from "../table/grid";
import { readTable } from "../table/readTable";
import { TABLE_WINDOW, type Extent } from "../table/window";
import type { SheetSnapshot } from "../scoring/snapshot";
import type { SheetMarker } from "../table/marker";
import { markersOfWorkbookXml } from "./sheetMarkers";
import { readSheetXml, type SheetXmlRead, type WindowCell } from "./sheetXml";
import type { WorkbookSource } from "./readWorkbookGrid";
import { WorkbookReadError } from "./workbookReadError";

interface StreamWorksheet {
  /** The sheet's XML, in chunks. */
  readonly iterator: AsyncIterable<Buffer>;
}

interface StreamWorkbook extends AsyncIterable<StreamWorksheet> {
  on(event: "entry", listener: (entry: { type: string; id?: string }) => void): void;
  readonly sharedStrings?: unknown[];
  readonly styles: { getStyleModel(id: number): { numFmt?: string } | null };
  readonly model?: { sheets?: { name: string; rId: string }[] };
  readonly properties?: { model?: { date1904?: boolean } };
  readonly workbookRels?: { Id: string; Target: string }[];
}

interface ZipDirectory {
  readonly files: readonly { path: string; uncompressedSize: number; buffer(): Promise<Buffer> }[];
}
// unzipper (ExcelJS's zip reader): reads only the package's central directory, at the end of the file.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Open } = require("unzipper") as { Open: { file(path: string): Promise<ZipDirectory>; buffer(data: Buffer): Promise<ZipDirectory> } };

// The streaming reader, loaded on its own (see exceljsWorkbook.ts); only its zip, shared-string and style handling is used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WorkbookReader = require("exceljs/lib/stream/xlsx/workbook-reader") as new (input: unknown, options: object) => StreamWorkbook;

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

async function firstBytes(source: WorkbookSource, label: string): Promise<Uint8Array> {
  if (typeof source !== "string") return source.subarray(0, 8);
  try {
    const handle = await open(source, "r");
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new WorkbookReadError("not-found", `无法打开文件${label}：${(error as Error).message}`, { cause: error });
  }
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** True when the cells read so far hold a table header: a sheet without one is not read past the window. */
function holdsTable(cells: readonly WindowCell[], window: Extent): boolean {
  return readTable(denseGrid(cells, [], window).values) !== undefined;
}

/**
 * Every worksheet of a workbook as the checks read it (as readWorkbookSnapshots
 * does: values, formulas, number formats inside `window`, default A1:AN400, and
 * `bounds`), read with ExcelJS's streaming reader so that memory follows the
 * window, not the workbook: the cells outside the window are never kept, and a
 * sheet that holds no table header inside the window is not parsed past it
 * (its `bounds.used` then only says that it goes on). A sheet's marker
 * (QCITY_SHEET) comes with its snapshot, as readWorkbookSnapshots gives it.
 * Sheets come in workbook order. Throws WorkbookReadError as loadWorkbook does.
 */
export async function streamWorkbookSnapshots(source: WorkbookSource, window: Extent = TABLE_WINDOW): Promise<{ name: string; snapshot: SheetSnapshot }[]> {
  const label = typeof source === "string" ? `“${source}”` : "该文件";
  const magic = await firstBytes(source, label);
  if (startsWith(magic, OLE)) throw new WorkbookReadError("old-xls", `${label}是旧版 .xls 或加密的工作簿，请在 Excel 中另存为 .xlsx（不设密码）后再试。`);
  if (!startsWith(magic, ZIP)) throw new WorkbookReadError("not-xlsx", `${label}不是 .xlsx 工作簿（文件内容不是 Office Open XML 格式）。`);

  const input = typeof source === "string" ? source : Readable.from([Buffer.from(source)]);
  const reader = new WorkbookReader(input, { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "emit" });
  let sheetNo = "";
  reader.on("entry", (entry) => {
    if (entry.type === "worksheet") sheetNo = entry.id ?? "";
  });
  const formats = new Map<number, string>();
  const context = {
    get sharedStrings() {
      return reader.sharedStrings ?? [];
    },
    get date1904() {
      return reader.properties?.model?.date1904 === true;
    },
    numberFormat(style: number): string {
      let format = formats.get(style);
      if (format === undefined) formats.set(style, (format = reader.styles.getStyleModel(style)?.numFmt ?? "General"));
      return format;
    },
  };
  const reads: { sheetNo: string; read: SheetXmlRead }[] = [];
  let markers = new Map<string, SheetMarker>();
  try {
    // The directory says how long each part is; a streaming read sees only the parts themselves (as Excel, JSZip refuses a mismatch).
    const directory = await (typeof source === "string" ? Open.file(source) : Open.buffer(Buffer.from(source)));
    const sizes = new Map(directory.files.map((f) => [f.path, f.uncompressedSize]));
    // Markers are defined names that are no ranges, which ExcelJS drops: read from the part itself.
    const book = directory.files.find((f) => f.path === "xl/workbook.xml");
    if (book !== undefined) markers = markersOfWorkbookXml((await book.buffer()).toString("utf8"));
    for await (const worksheet of reader) {
      const no = sheetNo;
      const read = await readSheetXml(worksheet.iterator, context, window, (cells) => holdsTable(cells, window));
      const size = sizes.get(`xl/worksheets/sheet${no}.xml`);
      if (size !== undefined && size !== read.bytes) throw new Error(`uncompressed data size mismatch (xl/worksheets/sheet${no}.xml: ${read.bytes} bytes, ${size} in the directory)`);
      reads.push({ sheetNo: no, read });
    }
  } catch (error) {
    throw new WorkbookReadError("corrupt", `${label}已损坏，无法读取：${(error as Error).message}`, { cause: error });
  }
  if (reads.length === 0) throw new WorkbookReadError("not-xlsx", `${label}不是 Excel 工作簿：其中没有工作表。`);
  return inWorkbookOrder(reader, reads).map(({ name, read }) => {
    const marker = markers.get(name);
    return { name, snapshot: { ...toSnapshot(read, window), ...(marker && { marker }) } };
  });
}

/** The sheets named and ordered as the workbook lists them; a sheet it does not list keeps ExcelJS's name (Sheet3) at the end. */
function inWorkbookOrder(reader: StreamWorkbook, reads: { sheetNo: string; read: SheetXmlRead }[]): { name: string; read: SheetXmlRead }[] {
  const sheets = reader.model?.sheets ?? [];
  const rels = reader.workbookRels ?? [];
  const placed = reads.map(({ sheetNo, read }) => {
    const rel = rels.find((r) => new RegExp(`(^|/)worksheets/sheet${sheetNo}\\.xml$`).test(r.Target));
    const index = rel === undefined ? -1 : sheets.findIndex((s) => s.rId === rel.Id);
    return { order: index < 0 ? sheets.length + Number(sheetNo) : index, name: sheets[index]?.name ?? `Sheet${sheetNo}`, read };
  });
  return placed.sort((a, b) => a.order - b.order);
}

function toSnapshot(read: SheetXmlRead, window: Extent): SheetSnapshot {
  const { values, formulas, numberFormats } = denseGrid(read.cells, read.merges, window);
  return { values, formulas, numberFormats, origin: { row: 0, col: 0 }, bounds: { window, used: read.used } };
}

/**
 * The window's cells as dense grids from A1 to the last filled or merged cell,
 * as worksheetSnapshot makes them: merged cells other than the anchor are null
 * (Excel keeps only the anchor's value), formulas "=…" and the value elsewhere.
 */
function denseGrid(cells: readonly WindowCell[], merges: SheetXmlRead["merges"], window: Extent): { values: Grid; formulas: unknown[][]; numberFormats: string[][] } {
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
  return { values, formulas, numberFormats };
}
