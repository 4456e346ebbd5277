/**
 * The errors a port call may reject with, whatever implements it. Office.js
 * rejects with OfficeExtension.Error, whose `code` the pane reads; the memory
 * workbook rejects with the same codes.
 */

/** The `code` of an error (OfficeExtension.Error code, Node errno such as "ENOENT"), if it has a string one. */
export function errorCode(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

/** An error with an Office.js error code, e.g. ("InvalidArgument", "The number of rows … doesn't match the size of the range."). */
export class WorkbookError extends Error {
  constructor(
    readonly code: string,
    message: string = code,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

/** Excel refuses API calls while the user is typing in a cell. */
export function isCellEditModeError(error: unknown): boolean {
  return errorCode(error) === "InvalidOperationInCellEditMode";
}

/** Thrown when the running Excel lacks an API set the add-in needs, e.g. "ExcelApi 1.9". */
export class MissingRequirementError extends Error {
  constructor(readonly requirement: string) {
    super(`Excel does not support ${requirement}`);
    this.name = "MissingRequirementError";
  }
}

/** Thrown when the insert failed and the half-written sheet could not be removed either; `cause` is the first error. */
export class InsertCleanupError extends Error {
  constructor(
    readonly sheetName: string,
    cause: unknown,
    readonly cleanupError: unknown,
  ) {
    super(`Inserting sheet "${sheetName}" failed, and removing it failed too`, { cause });
    this.name = "InsertCleanupError";
  }
}
