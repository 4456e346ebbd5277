import type { Rect } from "../layout/types";

/** Column letters of a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0) throw new RangeError(`Bad column index ${column}`);
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A1 address of a 0-based cell. */
export function cellAddress(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`Bad row index ${row}`);
  return `${columnLetters(column)}${row + 1}`;
}

/** A1 address of a rectangle ("B2:D5", or "B2" for one cell). */
export function rectAddress(rect: Rect): string {
  if (rect.bottom < rect.top || rect.right < rect.left) throw new RangeError(`Empty rectangle ${JSON.stringify(rect)}`);
  const start = cellAddress(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? start : `${start}:${cellAddress(rect.bottom, rect.right)}`;
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

/** Consecutive runs of equal values: [8, 8, 12] → [{first: 0, last: 1, value: 8}, {first: 2, last: 2, value: 12}]. */
export function runsOf<T>(values: readonly T[]): { first: number; last: number; value: T }[] {
  const runs: { first: number; last: number; value: T }[] = [];
  values.forEach((value, index) => {
    const previous = runs[runs.length - 1];
    if (previous && previous.value === value && previous.last === index - 1) previous.last = index;
    else runs.push({ first: index, last: index, value });
  });
  return runs;
}
