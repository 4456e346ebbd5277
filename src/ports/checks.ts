import type { Finding } from "../scoring/findings";
import type { EvidenceColumnsRefusal } from "../scoring/planEvidenceColumns";
import type { NumberTextFix } from "../scoring/planNumberTextFixes";
import type { ScoreSummary } from "../scoring/summary";
import type { SummaryPanel } from "../scoring/panel/summaryPanel";

/** The result of checking the active sheet. */
export type CheckOutcome = (
  | {
      readonly status: "checked";
      readonly sheetName: string;
      readonly findings: readonly Finding[];
      readonly summary: ScoreSummary;
      /** On a summary sheet (汇总表): its panel, read from the workbook's expert and self-assessment sheets. */
      readonly panel?: SummaryPanel;
    }
  /** `message`: why, in the UI language, e.g. a header title that appears twice; without it the panel's general text is shown. */
  | { readonly status: "no-table"; readonly sheetName: string; readonly message?: string }
) & {
  /** Conditional formats on the sheet Excel could not read (office-js #6827, #6835); the check ran without them. */
  readonly unreadableFormats?: number;
};

export type EvidenceColumnsOutcome =
  | { readonly status: "added"; readonly titles: readonly string[]; readonly columnsAddress: string; readonly inserted: boolean }
  | { readonly status: "refused"; readonly reason: EvidenceColumnsRefusal };

export interface NumberFixOutcome {
  /** Cells converted to numbers. */
  readonly changed: number;
  /** Listed cells left alone because they no longer hold the listed text. */
  readonly skipped: number;
}

/**
 * What the checks tab asks of a workbook: read the table on the active sheet,
 * highlight, select, change, watch. Implemented over Office.js
 * (src/excel/officePorts.ts) and in memory (src/memory/memoryPorts.ts). Any
 * call may reject with an error whose `code` is an Office.js error code, e.g.
 * InvalidOperationInCellEditMode (see ./errors.ts).
 */
export interface ChecksPort {
  /** Checks the active sheet; with highlight false, removes the add-in's highlights instead of writing them. */
  check(options: { readonly highlight: boolean }): Promise<CheckOutcome>;
  /** Activates the sheet and selects the cell, e.g. ("质量兴市评价", "G12"). */
  select(sheetName: string, address: string): Promise<void>;
  /** Removes the add-in's highlights from the active sheet; resolves to how many were removed. */
  clearHighlights(): Promise<number>;
  addEvidenceColumns(): Promise<EvidenceColumnsOutcome>;
  fixNumberText(sheetName: string, fixes: readonly NumberTextFix[]): Promise<NumberFixOutcome>;
  /** Calls onChange after a user's edit or a sheet activation; resolves to a function that stops watching. */
  watch(onChange: () => void): Promise<() => Promise<void>>;
}
