import type { Rubric } from "../rubric";
import { parseScore } from "./parseScore";

/** Score / cap of one 评价项目 (category). */
export interface CategorySummary {
  /** Category code, e.g. "3". */
  readonly code: string;
  readonly name: string;
  /** Sum of the valid scores of its criteria, in points. */
  readonly score: number;
  /** 分值 of the category, in points (e.g. 465 for category 3). */
  readonly cap: number;
  /** Criteria with a valid score. */
  readonly scored: number;
  readonly criteria: number;
}

export interface ScoreSummary {
  readonly categories: readonly CategorySummary[];
  /** Grand total of the valid scores, in points. */
  readonly total: number;
  /** 1000 for the official table. */
  readonly cap: number;
  /** Criteria with a valid score, out of `criteria` (98). */
  readonly scored: number;
  readonly criteria: number;
  /** Criteria whose score is present but invalid (over cap, negative, not a number); left out of the sums. */
  readonly invalid: number;
}

/**
 * Per-category and grand totals of the scores given, one entry per criterion
 * code (the first row wins where a row is duplicated; unknown codes are
 * ignored). A score counts when it is a number from 0 to its 分值; an invalid
 * score is counted in `invalid` and left out of the sums, which the findings explain.
 */
export function summarizeScores(rows: readonly { readonly code: string; readonly score: unknown }[], rubric: Rubric): ScoreSummary {
  const scores = new Map<string, unknown>();
  for (const row of rows) if (!scores.has(row.code)) scores.set(row.code, row.score);
  let invalid = 0;
  const categories = rubric.categories.map((category): CategorySummary => {
    let score = 0;
    let scored = 0;
    for (const criterion of category.criteria) {
      const parsed = parseScore(scores.get(criterion.code));
      if (parsed.kind === "blank") continue;
      if (parsed.kind === "number" && parsed.value >= 0 && parsed.value <= criterion.points) {
        score += parsed.value;
        scored++;
      } else {
        invalid++;
      }
    }
    return { code: category.code, name: category.name, score: roundPoints(score), cap: category.points, scored, criteria: category.criteria.length };
  });
  return {
    categories,
    total: roundPoints(categories.reduce((sum, c) => sum + c.score, 0)),
    cap: rubric.totalPoints,
    scored: categories.reduce((sum, c) => sum + c.scored, 0),
    criteria: rubric.criteria.length,
    invalid,
  };
}

/** Sums of half points stay exact, but 0.1 + 0.2 does not: round to 1e-9. */
export function roundPoints(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
