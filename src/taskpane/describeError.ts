import type { UiStrings } from "../i18n";
import { errorCode, InsertCleanupError, MissingRequirementError } from "../ports/errors";

/**
 * A message for the user about a failed Excel action: cell-edit mode, a
 * protected workbook and a missing API set get their own advice; anything else
 * shows Excel's own message. Looks through InsertCleanupError to the first error.
 */
export function describeError(error: unknown, strings: UiStrings["errors"]): string {
  const first = error instanceof InsertCleanupError ? error.cause : error;
  if (first instanceof MissingRequirementError) return strings.apiNotSupported(first.requirement);
  switch (errorCode(first)) {
    case "InvalidOperationInCellEditMode":
      return strings.cellEditMode;
    case "AccessDenied":
      return strings.accessDenied;
    default:
      return strings.generic(first instanceof Error ? first.message : String(first));
  }
}
