import type { Rubric } from "../rubric/types";
import { toNativeFormula } from "./toNativeFormula";

/** One formula cell to rewrite, 0-based within the block it was read from. */
export interface FormulaChange {
  readonly row: number;
  readonly col: number;
  /** The native formula, with its leading "=". */
  readonly formula: string;
}

/**
 * The cells of a block of formulas (as Office.js `Range.formulas` gives them:
 * "=…" for formula cells, plain values otherwise) whose QCITY totals have an
 * exact native equivalent, with that equivalent. Cells without QCITY calls,
 * constants, and QCITY calls with no native form (CHECK, PROGRESS, a section
 * given by reference) are left out, so they are never written.
 */
export function nativeFormulaChanges(formulas: readonly (readonly unknown[])[], rubric: Rubric): FormulaChange[] {
  const changes: FormulaChange[] = [];
  formulas.forEach((line, row) =>
    line.forEach((cell, col) => {
      if (typeof cell !== "string" || !cell.startsWith("=") || !/QCITY\./i.test(cell)) return;
      const formula = toNativeFormula(cell, rubric);
      if (formula !== undefined) changes.push({ row, col, formula });
    }),
  );
  return changes;
}
