import type { LayoutCell } from "../layout/types";

/**
 * Text that Excel would not keep as typed when written through `Range.formulas`:
 * formulas (= + - @), a leading apostrophe, numbers, percentages, booleans,
 * dates and times (including 2009年5月 forms).
 */
const COERCED = [
  /^[=+\-@']/,
  /^\s*[+-]?(\d[\d,]*(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*%?\s*$/i,
  /^\s*(true|false)\s*$/i,
  /^\s*\d{1,4}([-/.])\d{1,2}(\1\d{1,4})?\s*$/,
  /^\s*\d{1,2}:\d{2}(:\d{2})?\s*$/,
  /^\s*(\d{1,4}年)?\d{1,2}月(\d{1,2}日)?\s*$/,
  /^\s*\d{1,4}年\d{1,2}月?\s*$/,
];

/** True when Excel would turn this text into something other than the same text. */
export function needsTextPrefix(text: string): boolean {
  return COERCED.some((pattern) => pattern.test(text));
}

/**
 * What to write into `Range.formulas` for one layout cell, so that strings stay
 * literal text (an apostrophe prefix, which Excel stores as the cell's quote
 * prefix, not as content), formulas start with "=", numbers stay numbers, and
 * `null` leaves the cell untouched. Throws RangeError for a non-finite number.
 */
export function formulaInput(cell: LayoutCell): string | number | null {
  if (cell === null) return null;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new RangeError(`Cannot write ${cell} into a cell`);
    return cell;
  }
  if (typeof cell === "string") return needsTextPrefix(cell) ? `'${cell}` : cell;
  const formula = cell.formula.trim();
  return formula.startsWith("=") ? formula : `=${formula}`;
}
