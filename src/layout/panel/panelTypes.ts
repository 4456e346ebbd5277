import type { ConsensusMethod } from "../../scoring/panel/consensus";
import type { Locale } from "../../table/locale";
import type { WorksheetLayout } from "../types";
import type { Rounding } from "./summaryFormulas";

/** One scored sheet of the panel (an expert's or the self-assessment), as the summary refers to it. */
export interface PanelSheetRef {
  /** The assessor's name, as the summary's column header shows it. */
  readonly name: string;
  /** The worksheet's name in the workbook. */
  readonly sheetName: string;
  /** A1 address (on that sheet) of each criterion's 得分 cell, by criterion code. */
  readonly scoreCells: ReadonlyMap<string, string>;
  /** A1 address of each criterion's 扣分说明 cell, when the sheet has that column. */
  readonly noteCells?: ReadonlyMap<string, string>;
  /** A1 address of each criterion's 佐证材料 cell, when the sheet has that column. */
  readonly evidenceCells?: ReadonlyMap<string, string>;
  /** A1 address of each 一票否决 condition's 是/否 cell, by condition code, when the sheet has the veto block. */
  readonly vetoCells?: ReadonlyMap<string, string>;
}

export interface SummaryOptions {
  /** The experts' sheets, in column order; at least one. */
  readonly experts: readonly PanelSheetRef[];
  readonly self?: PanelSheetRef;
  /** Default "mean". */
  readonly method?: ConsensusMethod;
  /** Default two decimals, display only. */
  readonly rounding?: Rounding;
  /** Shares of 分值; default 0.3 each. Written into input cells of the title rows, which the flag formulas read. */
  readonly spreadThreshold?: number;
  readonly selfThreshold?: number;
  readonly locale?: Locale;
  readonly province?: string;
  readonly city?: string;
}

/** Where the panel's columns and settings sit on the summary sheet (0-based). */
export interface SummaryPlacement {
  readonly method: ConsensusMethod;
  readonly methodCell: { readonly row: number; readonly col: number };
  readonly spreadThresholdCell: { readonly row: number; readonly col: number };
  readonly selfThresholdCell: { readonly row: number; readonly col: number };
  readonly selfCol?: number;
  readonly expertCols: readonly { readonly name: string; readonly sheetName: string; readonly col: number }[];
  readonly spreadCol: number;
  readonly scoredCol: number;
  readonly disagreementCol: number;
  readonly selfAboveCol?: number;
  readonly unscoredCol: number;
  /** The row of per-expert (and self-assessment) totals, right under the criteria. */
  readonly totalsRow: number;
  /** Criterion code → sheet row. */
  readonly criterionRows: ReadonlyMap<string, number>;
}

export interface SummaryLayout extends WorksheetLayout {
  readonly panel: SummaryPlacement;
}
