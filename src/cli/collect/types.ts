import type { FindingKind, Severity } from "../../scoring/findings";
import type { PanelFindingKind } from "../../scoring/panel/panelFindings";

/** One category's score on a sheet, in points. */
export interface CategoryScore {
  /** Category code, e.g. "3". */
  readonly code: string;
  readonly name: string;
  readonly score: number;
}

/** One finding of `qcity check` on a collected sheet. */
export interface CollectedFinding {
  readonly file: string;
  readonly sheet: string;
  /** A1 address on the sheet, e.g. "G42"; "" for a panel finding (about several sheets). */
  readonly cell: string;
  /** A finding of the checks, or of a summary's panel (专家分歧, 自评偏高…). */
  readonly kind: FindingKind | PanelFindingKind;
  readonly severity: Severity;
  /** Criterion code, "" for the whole table. */
  readonly code: string;
  readonly message: string;
}

/**
 * One rubric sheet of a collected workbook: one row of the roll-up. Role,
 * assessor and rubric id come from the sheet marker ("" without one); the
 * figures from the sheet's rubric (assessCheck); a figure the rubric does not
 * define (a re-scaled total without `scale`, a grade without grades) is
 * undefined or "", never guessed.
 */
export interface CollectedSheet {
  readonly file: string;
  readonly sheet: string;
  readonly province: string;
  readonly city: string;
  readonly role: string;
  readonly assessor: string;
  readonly rubricId: string;
  /** Sum of the valid scores, in points. */
  readonly total: number;
  /** Points of the criteria that apply (分值 less the 不适用 ones), in points. */
  readonly applicablePoints: number | undefined;
  /** The total re-scaled to the rubric's `scale`, in points, where the rubric has one. */
  readonly rescaled: number | undefined;
  readonly grade: string;
  /** 一票否决: the codes of the conditions marked 是 ("V1"), 否 when all are answered 否, "" without conditions or answers. */
  readonly veto: string;
  /** Criteria with a valid score, and all criteria of the rubric. */
  readonly scored: number;
  readonly criteria: number;
  readonly findings: number;
  readonly categories: readonly CategoryScore[];
}

/** A file that could not be collected, with the reason in the message language. */
export interface UnreadableFile {
  readonly file: string;
  /** The sheet whose table cannot be checked (a header title twice, cut off); "" for the whole file. */
  readonly sheet: string;
  /** "not-found", "not-xlsx", "old-xls", "corrupt", "no-table", "unknown-rubric" (the sheet's rubric is neither carried nor shipped), "failed" (anything else). */
  readonly kind: string;
  readonly reason: string;
}

/**
 * What collecting one workbook gives: its rubric sheets and their findings, and
 * what could not be read (the whole file, or a sheet whose table cannot be
 * checked). The workbook counts as read when it gave at least one sheet.
 */
export interface WorkbookResult {
  readonly file: string;
  readonly sheets: readonly CollectedSheet[];
  readonly findings: readonly CollectedFinding[];
  readonly unreadable: readonly UnreadableFile[];
}
