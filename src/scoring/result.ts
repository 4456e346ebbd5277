/**
 * Errors as values for the QCITY custom functions: the pure layer returns a
 * result, and only the thin Excel wrapper turns an error into a
 * `CustomFunctions.Error`. Excel shows custom messages for these two codes only.
 */
export type FunctionErrorType = "#VALUE!" | "#N/A";

export interface FunctionError {
  readonly ok: false;
  readonly type: FunctionErrorType;
  /** Says what is wrong and names the criterion and the bad value, in the UI language. */
  readonly message: string;
}

export type FunctionResult<T> = { readonly ok: true; readonly value: T } | FunctionError;

export function ok<T>(value: T): FunctionResult<T> {
  return { ok: true, value };
}

export function invalidValue(message: string): FunctionError {
  return { ok: false, type: "#VALUE!", message };
}

export function notAvailable(message: string): FunctionError {
  return { ok: false, type: "#N/A", message };
}
