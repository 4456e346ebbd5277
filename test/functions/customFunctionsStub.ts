/** A stand-in for the `CustomFunctions` global that Excel's runtime provides, for tests in Node. */

export class StubCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const STUB_ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Installs the stub as the global `CustomFunctions` (idempotent). */
export function installCustomFunctionsStub(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: StubCustomFunctionsError, ErrorCode: STUB_ERROR_CODES };
}

/** The Excel error a call raises, or a test failure when it returns normally or throws anything else. */
export function excelErrorOf(call: () => unknown): { code: string; message: string | undefined } {
  let value: unknown;
  try {
    value = call();
  } catch (error) {
    if (error instanceof StubCustomFunctionsError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error(`Expected a CustomFunctions.Error, got ${JSON.stringify(value)}`);
}
