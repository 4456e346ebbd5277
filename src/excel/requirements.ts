import type { LayoutOptions } from "../layout/types";
import { MissingRequirementError } from "../ports/errors";

/** The Excel API set the add-in checks before every batch (page layout and headers/footers arrived in ExcelApi 1.9). */
export const REQUIRED_EXCEL_API = { name: "ExcelApi", version: "1.9" } as const;

/**
 * The custom functions runtime the QCITY.* functions need: CustomFunctions.ErrorCode (#VALUE!, #N/A with a
 * message) arrived in CustomFunctionsRuntime 1.3. Retail Excel 2016/2019/2021 builds before 2311 lack it;
 * the insert then writes native formulas instead.
 */
export const REQUIRED_FUNCTIONS_RUNTIME = { name: "CustomFunctionsRuntime", version: "1.3" } as const;

/**
 * The insert's options for an Excel that does (`functionsRuntime` true) or does not have
 * REQUIRED_FUNCTIONS_RUNTIME: without it QCITY.* totals would show #NAME?, so they become native
 * formulas, and `nativeFallback` says so.
 */
export function formulasThisExcelRuns(options: LayoutOptions, functionsRuntime: boolean): { options: LayoutOptions; nativeFallback: boolean } {
  if (options.formulaStyle !== "qcity" || functionsRuntime) return { options, nativeFallback: false };
  return { options: { ...options, formulaStyle: "native" }, nativeFallback: true };
}

/** Throws MissingRequirementError unless `isSetSupported` (Office.context.requirements.isSetSupported) reports ExcelApi 1.9. */
export function requireExcelApi(isSetSupported: (name: string, version: string) => boolean): void {
  const { name, version } = REQUIRED_EXCEL_API;
  if (!isSetSupported(name, version)) throw new MissingRequirementError(`${name} ${version}`);
}

/**
 * True when the running Office supports the API set `name` at `version` or
 * later (Office.context.requirements.isSetSupported). A member above the sets
 * checked at start-up (REQUIRED_EXCEL_API, the manifest's <Requirements>) must
 * sit behind its own guard with literal arguments, which test/build/apiSets.test.ts
 * recognises: `if (isSetSupported("ExcelApi", "1.13")) { … }`, `isSetSupported(…) ? … : …`,
 * `isSetSupported(…) && …`, or an earlier `if (!isSetSupported(…)) return …;` in the same block.
 */
export function isSetSupported(name: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(name, version);
}
