/** The result of 生成评价报告. */
export type ReportSheetOutcome =
  /** The new 评价报告 sheet (评价报告, or 评价报告 (2)… when taken), made from the rubric table on `sourceSheet`. */
  | { readonly status: "added"; readonly sheetName: string; readonly sourceSheet: string; readonly total: number; readonly points: number }
  /** `message`: why the active sheet has no table that can be reported, in the UI language. */
  | { readonly status: "no-table"; readonly sheetName: string; readonly message?: string };

/**
 * What 生成评价报告 asks of a workbook: check the rubric table on the active
 * sheet and add a 评价报告 sheet with its report (the same content as
 * `qcity report`, with a native chart of the category rates). Existing sheets
 * are never overwritten. Implemented over Office.js (src/excel/officePorts.ts).
 * Rejects with an error whose `code` is an Office.js error code, e.g.
 * InvalidOperationInCellEditMode (see ./errors.ts).
 */
export interface ReportPort {
  addReportSheet(): Promise<ReportSheetOutcome>;
}
