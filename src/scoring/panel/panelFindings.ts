import type { RowProblem } from "../findings";
import type { Locale } from "../../table/locale";
import { parseScore } from "../parseScore";
import { checkScoreRow } from "../rowRules";
import { consensus, type ConsensusMethod } from "./consensus";
import { describePanelProblem } from "./panelMessages";

/**
 * The panel's findings, from the scores of every expert and the
 * self-assessment per criterion. Shared by the task pane's checks on a summary
 * sheet, `qcity check` on a panel workbook and `qcity merge`.
 */

export type PanelFindingKind = "expert-disagreement" | "self-above" | "expert-unscored" | "self-over-cap" | "rubric-mismatch";

/** Display order: errors first. */
export const PANEL_FINDING_KINDS: readonly PanelFindingKind[] = ["rubric-mismatch", "self-over-cap", "expert-disagreement", "self-above", "expert-unscored"];

export const PANEL_SEVERITY: Record<PanelFindingKind, "error" | "warning"> = {
  "rubric-mismatch": "error",
  "self-over-cap": "error",
  "expert-disagreement": "warning",
  "self-above": "warning",
  "expert-unscored": "warning",
};

/** Default thresholds, as a share of the criterion's 分值 (0.3 = 30 %). */
export const DEFAULT_SPREAD_THRESHOLD = 0.3;
export const DEFAULT_SELF_THRESHOLD = 0.3;

/** One criterion of the panel. */
export interface PanelRow {
  /** Criterion code, e.g. "3.6.2" (rubric row 3.6.2). */
  readonly code: string;
  /** 分值 (cap), in points. */
  readonly cap: number;
  /** One per expert, in the panel's order: points, or null where the expert left it blank or gave no valid score. */
  readonly experts: readonly (number | null)[];
  /** The self-assessment cell as read (any value; blank when there is no self-assessment). */
  readonly self?: unknown;
}

export interface PanelData {
  /** The experts' names, in the panel's order (the summary's column order). */
  readonly experts: readonly string[];
  readonly rows: readonly PanelRow[];
  /** The rubric id each expert's sheet is built on, by expert name; the summary's rubric first when known. */
  readonly rubricIds?: readonly { readonly expert: string; readonly rubricId: string }[];
}

export interface PanelOptions {
  readonly method: ConsensusMethod;
  /** 专家分歧 when the spread exceeds this share of 分值; default 0.3. */
  readonly spreadThreshold?: number;
  /** 自评偏高 when the self-assessment exceeds the consolidated score by more than this share of 分值; default 0.3. */
  readonly selfThreshold?: number;
}

export interface ExpertScore {
  readonly expert: string;
  readonly score: number;
}

export type PanelProblem =
  | { readonly kind: "expert-disagreement"; readonly code: string; readonly cap: number; readonly scores: readonly ExpertScore[]; readonly spread: number; readonly threshold: number }
  | { readonly kind: "self-above"; readonly code: string; readonly cap: number; readonly self: number; readonly consensus: number; readonly threshold: number }
  | { readonly kind: "expert-unscored"; readonly code: string; readonly cap: number; readonly missing: readonly string[]; readonly scored: number }
  | { readonly kind: "self-over-cap"; readonly code: string; readonly cap: number; readonly problem: RowProblem }
  | { readonly kind: "rubric-mismatch"; readonly code: ""; readonly groups: readonly { readonly rubricId: string; readonly experts: readonly string[] }[] };

/** The self-assessment cell as a score, or null when blank or not a valid score (it is reported, not consolidated). */
export function selfScore(value: unknown, cap: number): number | null {
  const parsed = parseScore(value);
  return parsed.kind === "number" && parsed.value >= 0 && parsed.value <= cap ? parsed.value : null;
}

/** Every panel problem, criteria in the rows' order; per criterion: self-over-cap, disagreement, self-above, unscored. */
export function panelProblems(data: PanelData, options: PanelOptions): PanelProblem[] {
  const spreadThreshold = options.spreadThreshold ?? DEFAULT_SPREAD_THRESHOLD;
  const selfThreshold = options.selfThreshold ?? DEFAULT_SELF_THRESHOLD;
  const problems: PanelProblem[] = [];
  const mismatch = rubricMismatch(data.rubricIds ?? []);
  if (mismatch) problems.push(mismatch);
  for (const row of data.rows) {
    const { code, cap } = row;
    if (row.self !== undefined) {
      // The rules of an assessment sheet, without 未打分 (a self-assessment may leave rows open).
      for (const problem of checkScoreRow({ code, cap, score: row.self }, { reportUnscored: false, zeroMeansBlank: false })) {
        problems.push({ kind: "self-over-cap", code, cap, problem });
      }
    }
    const result = consensus(row.experts, options.method);
    if (result.spread !== null && result.spread > spreadThreshold * cap + 1e-9) {
      const scores = row.experts.flatMap((score, i) => (score === null ? [] : [{ expert: data.experts[i] ?? "", score }]));
      problems.push({ kind: "expert-disagreement", code, cap, scores, spread: result.spread, threshold: spreadThreshold });
    }
    const self = row.self === undefined ? null : selfScore(row.self, cap);
    if (self !== null && result.value !== null && self - result.value > selfThreshold * cap + 1e-9) {
      problems.push({ kind: "self-above", code, cap, self, consensus: result.value, threshold: selfThreshold });
    }
    const missing = row.experts.flatMap((score, i) => (score === null ? [data.experts[i] ?? ""] : []));
    if (missing.length > 0) problems.push({ kind: "expert-unscored", code, cap, missing, scored: result.count });
  }
  return problems;
}

function rubricMismatch(ids: NonNullable<PanelData["rubricIds"]>): PanelProblem | undefined {
  const groups = new Map<string, string[]>();
  for (const { expert, rubricId } of ids) groups.set(rubricId, [...(groups.get(rubricId) ?? []), expert]);
  if (groups.size <= 1) return undefined;
  return { kind: "rubric-mismatch", code: "", groups: [...groups].map(([rubricId, experts]) => ({ rubricId, experts })) };
}

export interface PanelFinding {
  readonly kind: PanelFindingKind;
  readonly severity: "error" | "warning";
  /** Criterion code; "" for a finding about the whole panel. */
  readonly code: string;
  /** The experts the finding is about. */
  readonly experts: readonly string[];
  /** In the UI language. */
  readonly message: string;
  readonly problem: PanelProblem;
}

/** The panel's findings, worded in `locale`. */
export function panelFindings(data: PanelData, options: PanelOptions & { readonly locale?: Locale }): PanelFinding[] {
  const locale = options.locale ?? "zh-CN";
  return panelProblems(data, options).map((problem) => ({
    kind: problem.kind,
    severity: PANEL_SEVERITY[problem.kind],
    code: problem.code,
    experts: expertsOf(problem),
    message: describePanelProblem(problem, locale),
    problem,
  }));
}

function expertsOf(problem: PanelProblem): string[] {
  switch (problem.kind) {
    case "expert-disagreement":
      return problem.scores.map((s) => s.expert);
    case "expert-unscored":
      return [...problem.missing];
    case "rubric-mismatch":
      return problem.groups.flatMap((g) => g.experts);
    default:
      return [];
  }
}
