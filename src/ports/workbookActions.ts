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
  /**
   * True when QCITY.* totals were asked for but the workbook's functions score another rubric (the first one it
   * carries, else the default), so the sheet got native formulas that use its own rubric's caps.
   */
  readonly nativeForRubric?: boolean;
}

/** A rubric the insert tab offers: one the add-in ships, or one the active workbook carries (its QCITY_RUBRIC sheet). */
export interface OfferedRubric {
  readonly id: string;
  readonly title: string;
  readonly origin: "shipped" | "carried";
}

/** What 以本表为评价标准 did with the active sheet's typed table. */
export type SheetRubricOutcome =
  | (InsertResult & {
      readonly status: "inserted";
      /** The sheet the table was read from, left as it was. */
      readonly sourceSheet: string;
      /** The rubric made from it, now carried by the workbook. */
      readonly rubric: OfferedRubric;
      readonly criteria: number;
      readonly totalPoints: number;
    })
  /** Nothing written: every problem of the table, each naming its cell or JSON path (as qcity rubric import words it). */
  | { readonly status: "invalid"; readonly sourceSheet: string; readonly problems: readonly string[] };

/**
 * What the insert tab asks of a workbook. Implemented over Office.js
 * (src/excel/officePorts.ts) and in memory (src/memory/memoryPorts.ts); calls
 * reject as ChecksPort's do.
 */
export interface WorkbookActions {
  /** The rubrics the insert offers: the shipped ones, then those the workbook carries (one carried with a shipped id replaces it). */
  listRubrics(): Promise<readonly OfferedRubric[]>;
  /**
   * Adds the rubric `rubricId` (one of listRubrics; the default rubric when omitted) as a new sheet, never
   * overwriting one, and activates it. A rubric neither shipped nor already carried is written to the workbook's
   * carried rubric in the same sync. Rejects with WorkbookError ItemNotFound for an id it does not offer.
   */
  insertRubricSheet(options: LayoutOptions, rubricId?: string): Promise<InsertResult>;
  /**
   * 以本表为评价标准: reads the active sheet's typed table (the rules of `qcity rubric import`), and when it is a
   * valid rubric writes it as the workbook's carried rubric and inserts the formatted sheet from it, in one sync.
   * The typed sheet is not changed; an invalid table writes nothing and lists its problems.
   */
  importSheetRubric(options: LayoutOptions): Promise<SheetRubricOutcome>;
  /** Rewrites the active sheet's QCITY totals as native formulas; resolves to how many cells changed. */
  convertToNativeFormulas(): Promise<number>;
}
