import type { Rubric } from "../rubric/types";
import type { TableCheck } from "./checkTable";
import { assess, isNotApplicable, type Assessment } from "./grade";
import { parseScore } from "./parseScore";

/**
 * The assessment (totals, applicable points, re-scaled total, grade, vetoes) of
 * a checked table, over the same scores as the checks' summary: the first row
 * of each criterion, its valid scores and 不适用. Invalid scores (over the cap,
 * negative, text) are left out, as the summary leaves them out, so `total`
 * equals `check.summary.total` and the grade is computed on that total.
 * `veto`: the 是/否 cells by veto code (vetoAnswers).
 */
export function assessCheck(check: TableCheck, rubric: Rubric, veto: ReadonlyMap<string, unknown> = new Map()): Assessment {
  const valid = new Map<string, unknown>();
  const seen = new Set<string>();
  for (const { code, score } of check.table.rows) {
    if (seen.has(code)) continue;
    seen.add(code);
    const cap = rubric.criterion(code)?.points;
    if (cap === undefined) continue;
    if (isNotApplicable(score)) valid.set(code, score);
    const parsed = parseScore(score);
    if (parsed.kind === "number" && parsed.value >= 0 && parsed.value <= cap) valid.set(code, parsed.value);
  }
  return assess(rubric, valid, veto);
}
