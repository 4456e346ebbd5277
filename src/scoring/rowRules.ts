import { parseScore, type ParsedScore } from "./parseScore";
import type { RowProblem } from "./findings";
import { isNotApplicable } from "./grade";

/** One criterion row of the table, as the checks see it. */
export interface ScoreRow {
  /** Criterion code, e.g. "3.6.2". */
  readonly code: string;
  /** 分值 (cap) from the official rubric, in points. */
  readonly cap: number;
  /** The 得分 cell value, as Excel/ExcelJS delivers it. */
  readonly score: unknown;
  /** The 佐证材料 cell; `undefined` when the table has no evidence column (reported once per table, not per row). */
  readonly evidence?: unknown;
  /** The 扣分说明 cell; `undefined` when the table has no deduction-note column. */
  readonly note?: unknown;
  /** The rubric lets this criterion be marked 不适用 (缺项). */
  readonly optional?: boolean;
}

export interface RowRuleOptions {
  /** Report rows with no score (the task pane and CLI do; QCITY.CHECK does not). */
  readonly reportUnscored: boolean;
  /**
   * Treat a score of 0 as blank. Custom functions need this: desktop Excel sends a blank
   * cell inside a range as 0, so there 0 and blank cannot be told apart.
   */
  readonly zeroMeansBlank: boolean;
}

/**
 * The problems of one score row: over-cap, negative, not-a-number (text,
 * full-width digits, numbers stored as text, booleans, dates; number text
 * carries `suggested` when its number is a valid score, else `readsAs`), unscored,
 * missing-evidence (a number score and an empty 佐证材料), and
 * missing-deduction-note (a score below 分值 and an empty 扣分说明), and
 * not-applicable (不适用 or 缺项 on a criterion that is not `optional`; on an
 * optional one it is no problem at all).
 */
export function checkScoreRow(row: ScoreRow, options: RowRuleOptions): RowProblem[] {
  const { code, cap } = row;
  // 不适用 takes the criterion out of the applicable points where the rubric allows it; elsewhere it is a finding.
  if (isNotApplicable(row.score)) return row.optional === true ? [] : [{ kind: "not-applicable", code, value: row.score, cap }];
  const parsed = effectiveScore(row.score, options.zeroMeansBlank);
  switch (parsed.kind) {
    case "blank":
      return options.reportUnscored ? [{ kind: "unscored", code, cap }] : [];
    case "number": {
      const value = parsed.value;
      if (value < 0) return [{ kind: "negative", code, value, cap }];
      if (value > cap) return [{ kind: "over-cap", code, value, cap }];
      const problems: RowProblem[] = [];
      const empty = (cell: unknown): boolean => isBlank(cell) || (options.zeroMeansBlank && cell === 0);
      if (row.evidence !== undefined && empty(row.evidence)) problems.push({ kind: "missing-evidence", code, value, cap });
      if (value < cap && row.note !== undefined && empty(row.note)) problems.push({ kind: "missing-deduction-note", code, value, cap });
      return problems;
    }
    case "number-like-text": {
      // Suggest the number only where entering it fixes the row; "－５" as -5 would be negative.
      const valid = parsed.value >= 0 && parsed.value <= cap;
      return [{ kind: "not-a-number", code, value: row.score, cap, ...(valid ? { suggested: parsed.value } : { readsAs: parsed.value }) }];
    }
    default:
      return [{ kind: "not-a-number", code, value: row.score, cap }];
  }
}

function effectiveScore(value: unknown, zeroMeansBlank: boolean): ParsedScore {
  const parsed = parseScore(value);
  return zeroMeansBlank && parsed.kind === "number" && parsed.value === 0 ? { kind: "blank" } : parsed;
}

/** An evidence or note cell with nothing in it (null, "", spaces). */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
