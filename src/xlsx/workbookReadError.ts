/** Why a workbook could not be read. */
export type WorkbookReadErrorKind = "not-found" | "not-xlsx" | "old-xls" | "corrupt" | "no-sheet";

/** A workbook that cannot be read, with a message for the user (zh-CN) that names the file and says what to do. */
export class WorkbookReadError extends Error {
  constructor(
    readonly kind: WorkbookReadErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "WorkbookReadError";
  }
}
