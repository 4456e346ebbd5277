import type { FunctionResult } from "../scoring/result";

/**
 * The value of a pure result, or a thrown `CustomFunctions.Error` carrying its
 * message: Excel shows #VALUE! or #N/A with the message as the cell's tooltip.
 */
export function excelValue<T>(result: FunctionResult<T>): T {
  if (result.ok) return result.value;
  const code = result.type === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  throw new CustomFunctions.Error(code, result.message);
}
