import { MissingRequirementError } from "../ports/errors";

/** The Excel API set the insert needs (page layout and headers/footers arrived in ExcelApi 1.9). */
export const REQUIRED_EXCEL_API = { name: "ExcelApi", version: "1.9" } as const;


/** Throws MissingRequirementError unless `isSetSupported` (Office.context.requirements.isSetSupported) reports ExcelApi 1.9. */
export function requireExcelApi(isSetSupported: (name: string, version: string) => boolean): void {
  const { name, version } = REQUIRED_EXCEL_API;
  if (!isSetSupported(name, version)) throw new MissingRequirementError(`${name} ${version}`);
}
