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
