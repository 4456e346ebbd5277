import type { LayoutOptions, WorksheetLayout } from "../layout/types";
import type { Rubric } from "../rubric/types";

/** Builds the worksheet description of a rubric (src/layout/buildLayout.ts has this shape). */
export type LayoutBuilder = (rubric: Rubric, options: LayoutOptions) => WorksheetLayout;

export interface InsertResult {
  /** The name the new sheet got (质量兴市评价, or 质量兴市评价 (2)… when taken). */
  readonly sheetName: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /**
   * True when QCITY.* totals were asked for but this Excel has no custom functions runtime
   * (CustomFunctionsRuntime 1.3), so the sheet got native formulas instead of #NAME? cells.
   */
  readonly nativeFallback?: boolean;
}

/**
 * What the insert tab asks of a workbook. Implemented over Office.js
 * (src/excel/officePorts.ts) and in memory (src/memory/memoryPorts.ts); calls
 * reject as ChecksPort's do.
 */
export interface WorkbookActions {
  /** Adds the rubric as a new sheet (never overwriting one) and activates it. */
  insertRubricSheet(options: LayoutOptions): Promise<InsertResult>;
  /** Rewrites the active sheet's QCITY totals as native formulas; resolves to how many cells changed. */
  convertToNativeFormulas(): Promise<number>;
}
