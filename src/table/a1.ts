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

/** A1 address of a 0-based cell, e.g. (3, 6) → "G4"; `absolute` gives "$G$4". */
export function cellAddress(row: number, col: number, absolute = false): string {
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetters(col)}${dollar}${row + 1}`;
}

/** A1 address of a rectangle, e.g. "G4:G101"; a single cell gives "G4". */
export function rectAddress(rect: Rect, absolute = false): string {
  const first = cellAddress(rect.top, rect.left, absolute);
  if (rect.top === rect.bottom && rect.left === rect.right) return first;
  return `${first}:${cellAddress(rect.bottom, rect.right, absolute)}`;
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
