import { StringDecoder } from "node:string_decoder";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { GridValue } from "../table/grid";
import type { Extent } from "../table/window";

/** What a worksheet's XML needs from the rest of the package: shared strings and the number format of a style index. */
export interface SheetXmlContext {
  readonly sharedStrings: readonly unknown[];
  numberFormat(styleIndex: number): string;
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
}

/** One cell inside the window, 0-based from A1. */
export interface WindowCell {
  readonly row: number;
  readonly col: number;
  readonly value: GridValue;
  /** The formula without "=", shared formulas resolved; undefined in a cell without one. */
  readonly formula: string | undefined;
  readonly numberFormat: string;
}

/** A worksheet as read from its XML: the cells inside the window, merged areas, and how far filled cells reach. */
export interface SheetXmlRead {
  readonly cells: WindowCell[];
  /** Merged areas, 0-based inclusive. */
  readonly merges: { top: number; left: number; bottom: number; right: number }[];
  /** The last row and column (counted from A1) of any filled cell, inside the window or not; a lower bound when `stoppedEarly`. */
  readonly used: Extent;
  /** True when the rest of the sheet was not read (see `keepReading`). */
  readonly stoppedEarly: boolean;
}

/** "AB12" → { row: 11, col: 27 } (0-based); undefined for anything else. */
export function decodeCellRef(ref: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
  if (match === null) return undefined;
  let col = 0;
  for (const ch of (match[1] as string).toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, col: col - 1 };
}

function plainText(shared: unknown): string {
  if (typeof shared === "string") return shared;
  if (shared !== null && typeof shared === "object" && "richText" in shared) {
    return (shared as { richText: { text?: string | null }[] }).richText.map((run) => run.text ?? "").join("");
  }
  return "";
}

interface OpenCell {
  row: number;
  col: number;
  type: string | undefined;
  style: number;
  value: string | undefined;
  inline: string | undefined;
  formula: string | undefined;
  shared: { index: string; master: boolean } | undefined;
}

type SlideFormula = (formula: string, from: string, to: string) => string;
// ExcelJS's own shifting of a shared formula and its test for a date format, as its in-memory reader applies them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { slideFormula } = require("exceljs/lib/utils/shared-formula") as { slideFormula: SlideFormula };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isDateFmt, excelToDate } = require("exceljs/lib/utils/utils") as { isDateFmt(format: string): boolean; excelToDate(serial: number, date1904: boolean): Date };

function a1(row: number, col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/**
 * Parses one worksheet's XML (`xl/worksheets/sheetN.xml`, in chunks) keeping
 * only the cells inside `window` (rows × columns from A1): values decoded as
 * Excel shows them (shared and inline strings as plain text, errors as
 * "#N/A"-style strings, booleans, numbers, dates where the number format is
 * one; a formula's cached result), formulas
 * (shared formulas shifted to each cell) and number formats. Cells outside the
 * window only move `used`. When the first filled cell below the window arrives,
 * `keepReading(cellsSoFar)` decides whether the rest is read; if not, the
 * stream is left there, so a sheet of a million rows that holds no table
 * costs about as much as its first 400 rows.
 */
export async function readSheetXml(
  chunks: AsyncIterable<Buffer | string>,
  context: SheetXmlContext,
  window: Extent,
  keepReading: (cells: readonly WindowCell[]) => boolean,
): Promise<SheetXmlRead> {
  const cells: WindowCell[] = [];
  const merges: SheetXmlRead["merges"] = [];
  const masters = new Map<string, { formula: string; ref: string }>();
  let usedRows = 0;
  let usedCols = 0;
  let rowIndex = -1;
  let colIndex = -1;
  let cell: OpenCell | undefined;
  let text: "v" | "t" | "f" | undefined;
  let inSheetData = false;
  let decided = false;
  let stop = false;

  const parser = new SaxesParser();
  parser.on("opentag", (tag: SaxesTagPlain) => {
    if (stop) return; // the rest of the chunk being parsed
    const attributes = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case "sheetData":
        inSheetData = true;
        break;
      case "row": {
        if (!inSheetData) break;
        const r = attributes.r !== undefined ? Number(attributes.r) - 1 : rowIndex + 1;
        rowIndex = r;
        colIndex = -1;
        break;
      }
      case "c": {
        if (!inSheetData) break;
        const at = attributes.r !== undefined ? decodeCellRef(attributes.r) : undefined;
        const row = at?.row ?? rowIndex;
        const col = at?.col ?? colIndex + 1;
        colIndex = col;
        cell = { row, col, type: attributes.t, style: Number(attributes.s ?? 0), value: undefined, inline: undefined, formula: undefined, shared: undefined };
        break;
      }
      case "v":
        if (cell) {
          text = "v";
          cell.value = "";
        }
        break;
      case "f":
        if (cell) {
          text = "f";
          cell.formula = "";
          if (attributes.t === "shared" && attributes.si !== undefined) cell.shared = { index: attributes.si, master: attributes.ref !== undefined };
        }
        break;
      case "t":
        if (cell && cell.type === "inlineStr") {
          text = "t";
          cell.inline ??= "";
        }
        break;
      case "mergeCell": {
        const [from, to] = (attributes.ref ?? "").split(":");
        const start = decodeCellRef(from ?? "");
        const end = decodeCellRef(to ?? from ?? "");
        if (start && end) merges.push({ top: start.row, left: start.col, bottom: end.row, right: end.col });
        break;
      }
    }
  });
  parser.on("text", (value: string) => {
    if (stop || cell === undefined || text === undefined) return;
    if (text === "v") cell.value += value;
    else if (text === "f") cell.formula += value;
    else cell.inline += value;
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    if (stop) return;
    switch (tag.name) {
      case "sheetData":
        inSheetData = false;
        break;
      case "v":
      case "f":
      case "t":
        text = undefined;
        break;
      case "c":
        if (cell !== undefined) closeCell(cell);
        cell = undefined;
        break;
    }
  });

  function closeCell(open: OpenCell): void {
    let formula = open.formula;
    if (open.shared !== undefined) {
      const here = a1(open.row, open.col);
      if (open.shared.master && formula !== undefined && formula !== "") masters.set(open.shared.index, { formula, ref: here });
      else {
        const master = masters.get(open.shared.index);
        if (master !== undefined) formula = slideFormula(master.formula, master.ref, here);
      }
    }
    const filled = open.value !== undefined || open.inline !== undefined || (formula !== undefined && formula !== "");
    if (!filled) return;
    usedRows = Math.max(usedRows, open.row + 1);
    usedCols = Math.max(usedCols, open.col + 1);
    if (open.row >= window.rows && !decided) {
      decided = true;
      stop = !keepReading(cells);
    }
    if (open.row >= window.rows || open.col >= window.cols) return;
    const numberFormat = context.numberFormat(open.style);
    cells.push({
      row: open.row,
      col: open.col,
      value: cellValue(open, context, numberFormat),
      formula: formula === "" ? undefined : formula,
      numberFormat,
    });
  }

  // A chunk may end inside a multi-byte character: the decoder keeps the partial bytes for the next one.
  const decoder = new StringDecoder("utf8");
  for await (const chunk of chunks) {
    parser.write(typeof chunk === "string" ? chunk : decoder.write(chunk));
    if (stop) break; // the rest is neither unzipped nor parsed
  }
  if (!stop) parser.write(decoder.end()).close();
  for (const m of merges) {
    usedRows = Math.max(usedRows, m.bottom + 1);
    usedCols = Math.max(usedCols, m.right + 1);
  }
  return { cells, merges, used: { rows: usedRows, cols: usedCols }, stoppedEarly: stop };
}

function cellValue(open: OpenCell, context: SheetXmlContext, numberFormat: string): GridValue {
  const raw = open.value;
  switch (open.type) {
    case "s":
      return raw === undefined ? null : plainText(context.sharedStrings[Number(raw)]);
    case "inlineStr":
      return open.inline ?? raw ?? null;
    case "str":
      return raw ?? null;
    case "e":
      return raw ?? null;
    case "b":
      return raw === undefined ? null : Number(raw) !== 0;
    case "d":
      return raw === undefined ? null : new Date(raw);
    default: {
      if (raw === undefined || raw === "") return null;
      const number = Number(raw);
      if (Number.isNaN(number)) return raw;
      // A number in a date format is a date, as ExcelJS's reader gives it (the checks then show the date Excel shows).
      return open.formula === undefined && isDateFmt(numberFormat) ? excelToDate(number, context.date1904) : number;
    }
  }
}
