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

/** A 得分 cell of number-like text left as it is: its number is no valid score either. */
export interface NumberTextLeftOut extends NumberTextFix {
  /** Why it is not converted: the number would be negative, or above the cap. */
  readonly reason: "negative" | "over-cap";
}

export interface NumberTextPlan {
  readonly fixes: readonly NumberTextFix[];
  readonly leftOut: readonly NumberTextLeftOut[];
}

/**
 * What "fix number-like text" does with the not-a-number findings whose text
 * reads as a number (full-width digits "５", "１２．５", "'8", a number stored as
 * text): converts those whose number lies within 0..分值, and leaves out,
 * with the reason, those whose number is negative ("－５") or over the cap,
 * which converting would only turn into another error. Dates, booleans and
 * other text are left for the assessor.
 */
export function planNumberTextConversion(findings: readonly Finding[]): NumberTextPlan {
  const fixes: NumberTextFix[] = [];
  const leftOut: NumberTextLeftOut[] = [];
  for (const f of findings) {
    const { value: text, suggested, readsAs } = f.problem;
    if (f.kind !== "not-a-number" || typeof text !== "string") continue;
    const cell = { address: f.address, row: f.row, col: f.col, code: f.code, text };
    if (suggested !== undefined) fixes.push({ ...cell, value: suggested });
    else if (readsAs !== undefined) leftOut.push({ ...cell, value: readsAs, reason: readsAs < 0 ? "negative" : "over-cap" });
  }
  return { fixes, leftOut };
}

/** The cells "fix number-like text" converts: `planNumberTextConversion(findings).fixes`. */
export function planNumberTextFixes(findings: readonly Finding[]): NumberTextFix[] {
  return [...planNumberTextConversion(findings).fixes];
}
