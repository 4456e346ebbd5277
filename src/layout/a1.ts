/** A1 addresses for 0-based row/column indexes (row 0 is Excel row 1, column 0 is column A). */

/** Excel's last column index (XFD), 0-based. */
export const MAX_COLUMN = 16383;

/** Column letters: 0 → "A", 25 → "Z", 26 → "AA". Throws a RangeError outside A…XFD. */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col > MAX_COLUMN) throw new RangeError(`Column index ${col} is outside A…XFD`);
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Column index of letters: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "H12" for row 11, column 7. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "H12:H20", or "H12" for a single cell. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const first = cellAddress(top, left);
  return top === bottom && left === right ? first : `${first}:${cellAddress(bottom, right)}`;
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
