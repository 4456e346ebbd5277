import type { ConsensusMethod } from "../scoring/panel/consensus";

/** One sheet of the panel, as the 评审 tab lists it. */
export interface PanelSheetInfo {
  readonly sheetName: string;
  /** From the sheet's marker: an expert's sheet, the self-assessment, the summary. */
  readonly role: "assessment" | "self" | "summary";
  readonly assessor?: string;
  /** Signed off (完成评分): the sheet is protected. */
  readonly locked: boolean;
}

/** What the pane read from one picked file, or why it was refused; nothing is ever overwritten. */
export type ImportReport =
  | { readonly ok: true; readonly file: string; readonly assessor: string; readonly sheetName: string; readonly scored: number; readonly criteria: number; readonly findings: readonly string[] }
  | { readonly ok: false; readonly file: string; readonly reason: string };

/** A file the user picked: its name and bytes. */
export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface SummaryResult {
  readonly sheetName: string;
  /** True when an existing summary was rewritten (its cells outside the table kept). */
  readonly updated: boolean;
  readonly experts: number;
}

/**
 * What the 评审 (panel) tab asks of a workbook. Implemented over Office.js
 * (src/excel/panel); calls reject as the other ports' do (cell-edit mode,
 * missing API set).
 */
export interface PanelPort {
  /** The panel's sheets in workbook order (sheets without a panel marker are left out). */
  list(): Promise<PanelSheetInfo[]>;
  /** Adds a rubric sheet for the self-assessment or for the expert `assessor` (named after them, made unique); never overwrites. */
  addSheet(role: "self" | "assessment", assessor?: string): Promise<{ sheetName: string }>;
  /** Reads each file with the CLI's reader and adds it as an expert sheet, or says why not. */
  importFiles(files: readonly PickedFile[]): Promise<ImportReport[]>;
  /** Writes the summary from the expert sheets present, or rewrites it with `method`. */
  writeSummary(method: ConsensusMethod): Promise<SummaryResult>;
  /** 完成评分: fills 评价人 and 日期 in the sign-off block and protects the sheet. */
  signOff(sheetName: string, assessor: string, date: string): Promise<void>;
  /** 解除锁定: removes the protection (the pane asks for confirmation first). */
  unlock(sheetName: string): Promise<void>;
}
