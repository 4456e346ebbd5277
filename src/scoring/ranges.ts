import { notARangeMessage, notOneColumnMessage, shapeMismatchMessage, type RangeRole, type RangeSize } from "./argumentMessages";
import type { Locale } from "../table/locale";
import { invalidValue, type FunctionError } from "./result";

/** A range argument as Excel passes it to a custom function: rows of cell values. */
export type CellMatrix = readonly (readonly unknown[])[];

/** Excel's ranges are rectangular, so the first row stands for all (a whole column has 1,048,576). */
function isMatrix(value: unknown): value is CellMatrix {
  return Array.isArray(value) && (value.length === 0 || Array.isArray(value[0]));
}

function sizeOf(matrix: CellMatrix): RangeSize {
  return { rows: matrix.length, columns: matrix[0]?.length ?? 0 };
}

/**
 * Checks that the criteria range is one column and that every other range
 * (scores, evidence, notes) is one column with as many rows. Returns the
 * #VALUE! error to give, or undefined when the shapes agree.
 */
export function checkColumnRanges(
  criteria: unknown,
  others: readonly (readonly [RangeRole, unknown])[],
  locale: Locale,
): FunctionError | undefined {
  if (!isMatrix(criteria)) return invalidValue(notARangeMessage("criteria", locale));
  const criteriaSize = sizeOf(criteria);
  if (criteriaSize.columns > 1) return invalidValue(notOneColumnMessage("criteria", criteriaSize, locale));
  for (const [role, range] of others) {
    if (!isMatrix(range)) return invalidValue(notARangeMessage(role, locale));
    const size = sizeOf(range);
    if (size.columns > 1) return invalidValue(notOneColumnMessage(role, size, locale));
    if (size.rows !== criteriaSize.rows) return invalidValue(shapeMismatchMessage(role, size, criteriaSize, locale));
  }
  return undefined;
}
