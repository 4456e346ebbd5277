/** A rectangle of cells, inclusive, 0-based (row 0 is Excel row 1, column 0 is column A). */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Column letters of a 0-based column index: 0 → "A", 26 → "AA". */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`Bad column index ${col}`);
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 address of a 0-based cell, e.g. (3, 6) → "G4"; `absolute` gives "$G$4". Throws RangeError for a bad index. */
export function cellAddress(row: number, col: number, absolute = false): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`Bad row index ${row}`);
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetters(col)}${dollar}${row + 1}`;
}

/** A1 address of a rectangle, e.g. "G4:G101"; a single cell gives "G4". Throws RangeError for an empty rectangle. */
export function rectAddress(rect: Rect, absolute = false): string {
  if (rect.bottom < rect.top || rect.right < rect.left) throw new RangeError(`Empty rectangle ${JSON.stringify(rect)}`);
  const first = cellAddress(rect.top, rect.left, absolute);
  if (rect.top === rect.bottom && rect.left === rect.right) return first;
  return `${first}:${cellAddress(rect.bottom, rect.right, absolute)}`;
}

/** Whole columns, 0-based inclusive: (0, 2) → "A:C". */
export function columnsAddress(first: number, last: number): string {
  return `${columnLetters(first)}:${columnLetters(last)}`;
}

/** Whole rows, 0-based inclusive: (0, 3) → "1:4"; `absolute` gives "$1:$4" (print titles). */
export function rowsAddress(first: number, last: number, absolute = false): string {
  const mark = absolute ? "$" : "";
  return `${mark}${first + 1}:${mark}${last + 1}`;
}

/** Number of rows and columns a rectangle covers. */
export function rectShape(rect: Rect): { rows: number; columns: number } {
  return { rows: rect.bottom - rect.top + 1, columns: rect.right - rect.left + 1 };
}

/** A rectangle from 0-based corners. */
export function rect(top: number, left: number, bottom = top, right = left): Rect {
  return { top, left, bottom, right };
}

/** True when the two rectangles share at least one cell. */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** True when `inner` lies entirely inside `outer`. */
export function rectContains(outer: Rect, inner: Rect): boolean {
  return outer.top <= inner.top && inner.bottom <= outer.bottom && outer.left <= inner.left && inner.right <= outer.right;
}

/** Excel's last column index (XFD), 0-based. */
export const MAX_COLUMN = 16383;

/** Excel's last row index (1048576), 0-based. */
export const MAX_ROW = 1048575;

/** Column index of letters: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/**
 * The 0-based top-left cell of an address as Excel reports it, e.g.
 * "'质量兴市评价'!B2:K120" → { row: 1, col: 1 }. Throws an Error for an
 * address that is not A1 cells (e.g. a whole column "H:I").
 */
export function addressOrigin(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const first = local.split(":")[0] ?? "";
  const match = CELL.exec(first);
  if (!match) throw new Error(`Not an A1 cell address: "${address}"`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1] as string) };
}

/**
 * The 0-based bottom-right cell of an address as Excel reports it, e.g.
 * "'质量兴市评价'!B2:K120" → { row: 119, col: 10 }; a single cell gives itself.
 * Throws an Error for an address that is not A1 cells.
 */
export function addressEnd(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const parts = local.split(":");
  return addressOrigin(parts[parts.length - 1] ?? "");
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/**
 * The rectangle an A1 address covers, with or without a sheet name:
 * "B2:D5", "'质量兴市评价'!$G$4", whole columns "H:I" (every row) and whole
 * rows "1:4" (every column). Throws an Error for anything else, e.g. "A1,B2".
 */
export function parseRect(address: string): Rect {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const [from = "", to = from, extra] = local.split(":");
  const a = PART.exec(from);
  const b = PART.exec(to);
  const letters = (m: RegExpExecArray) => m[1] as string;
  const digits = (m: RegExpExecArray) => m[2] as string;
  if (!a || !b || extra !== undefined || (letters(a) === "") !== (letters(b) === "") || (digits(a) === "") !== (digits(b) === "") || from === "") {
    throw new Error(`Not an A1 range address: "${address}"`);
  }
  const wholeRows = letters(a) === "";
  const wholeColumns = digits(a) === "";
  const top = wholeColumns ? 0 : Number(digits(a)) - 1;
  const bottom = wholeColumns ? MAX_ROW : Number(digits(b)) - 1;
  const left = wholeRows ? 0 : columnIndex(letters(a));
  const right = wholeRows ? MAX_COLUMN : columnIndex(letters(b));
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}
