import type { Finding } from "./findings";

/** One 得分 cell whose number-like text becomes a number. */
export interface NumberTextFix {
  /** A1 address on the worksheet, e.g. "H12". */
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly code: string;
  /** The text the cell held when checked, e.g. "１２．５"; the fix applies only while it still holds it. */
  readonly text: string;
  /** The number it becomes, in points. */
  readonly value: number;
}

/**
 * The cells "fix number-like text" converts: exactly the not-a-number findings
 * whose text reads as a number (full-width digits "５", "１２．５", "'8", a number
 * stored as text). Dates, booleans and other text are left for the assessor.
 */
export function planNumberTextFixes(findings: readonly Finding[]): NumberTextFix[] {
  return findings.flatMap((f) =>
    f.kind === "not-a-number" && f.problem.suggested !== undefined && typeof f.problem.value === "string"
      ? [{ address: f.address, row: f.row, col: f.col, code: f.code, text: f.problem.value, value: f.problem.suggested }]
      : [],
  );
}
