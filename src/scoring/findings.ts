/** What the checks report, shared by the QCITY.CHECK custom function, the task pane and the CLI. */

export type FindingKind =
  | "over-cap"
  | "negative"
  | "not-a-number"
  | "unscored"
  | "missing-evidence"
  | "missing-deduction-note"
  | "missing-evidence-column"
  | "changed-rubric"
  | "merged-score"
  | "not-applicable"
  | "veto-unanswered";

export type Severity = "error" | "warning" | "info";

export const SEVERITY: Record<FindingKind, Severity> = {
  "over-cap": "error",
  negative: "error",
  "not-a-number": "error",
  "changed-rubric": "error",
  "merged-score": "error",
  "not-applicable": "error",
  "missing-evidence": "warning",
  "veto-unanswered": "warning",
  "missing-deduction-note": "warning",
  "missing-evidence-column": "warning",
  unscored: "info",
};

/** Display order of the kinds: errors first. */
export const FINDING_KINDS: readonly FindingKind[] = [
  "over-cap",
  "negative",
  "not-a-number",
  "changed-rubric",
  "merged-score",
  "not-applicable",
  "veto-unanswered",
  "missing-evidence",
  "missing-deduction-note",
  "missing-evidence-column",
  "unscored",
];

/** One problem found in a score row, before it is placed on a cell and put into words. */
export interface RowProblem {
  readonly kind: FindingKind;
  /** Criterion code, e.g. "3.6.2"; for veto-unanswered the veto condition's code, e.g. "V1". */
  readonly code: string;
  /** The offending value as the cell holds it (score, or the changed 分值/text for changed-rubric). */
  readonly value?: unknown;
  /** 分值 of the criterion, in points. */
  readonly cap?: number;
  /** For not-a-number: the number to enter instead, when the text reads as a valid score (full-width digits "５", "'8"). */
  readonly suggested?: number;
  /** For not-a-number: the number the text reads as when that number is no valid score either ("－５" → -5, over the cap). */
  readonly readsAs?: number;
  /** For total-overwritten: the formula that took the total's place when it refers to no cell, e.g. "=1000". */
  readonly formula?: string;
  /** For changed-rubric: what changed. */
  readonly detail?: "points" | "text" | "missing-row" | "duplicate-row" | "total-overwritten" | "unknown-code";
  /** For missing-evidence-column: which column is absent. */
  readonly column?: "evidence" | "note";
  /** For merged-score: the criteria one merged 得分 cell spans, top to bottom, and the merged area, e.g. "G4:G6". */
  readonly merged?: { readonly codes: readonly string[]; readonly address: string };
}

/** A problem placed on a cell of the sheet and put into words. */
export interface Finding {
  readonly kind: FindingKind;
  readonly severity: Severity;
  /** Criterion code, e.g. "3.6.2"; "" for a finding about the whole table (a missing column, the 总评分 cell). */
  readonly code: string;
  /** A1 address of the cell on its worksheet, e.g. "H12" (no sheet name). */
  readonly address: string;
  /** 0-based worksheet row and column of that cell. */
  readonly row: number;
  readonly col: number;
  /** In the UI language. */
  readonly message: string;
  readonly problem: RowProblem;
}
