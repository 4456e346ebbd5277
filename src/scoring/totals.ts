import { noCriteriaMessage } from "./argumentMessages";
import {
  codeOfCell,
  isBlankCell,
  NOT_A_CODE,
  NOT_A_CRITERION,
  resolveCriterionCell,
  type CriteriaIndex,
  type Section,
} from "./criteriaIndex";
import { describeProblem } from "./messages";
import type { Locale } from "../table/locale";
import { checkColumnRanges, type CellMatrix } from "./ranges";
import { invalidValue, ok, type FunctionError, type FunctionResult } from "./result";
import { checkScoreRow, type RowRuleOptions } from "./rowRules";
import { resolveSection } from "./sections";

/** The row rules of the custom functions: Excel may send a blank cell as 0, and unscored rows are no problem. */
export const FUNCTION_ROW_RULES: RowRuleOptions = { reportUnscored: false, zeroMeansBlank: true };

interface Tally {
  /** Sum of the valid scores in the section, in points. */
  readonly sum: number;
  /** Criterion rows of the range inside the section. */
  readonly criteria: number;
  /** Of those, rows with a valid score above 0 (0 cannot be told from a blank cell). */
  readonly scored: number;
}

/**
 * One pass over a criteria column and its scores column. Rows whose criteria
 * cell has no leading code (titles, headers, notes) are skipped, so whole
 * columns such as C:C work. Errors (#VALUE!): a criteria cell naming no
 * criterion of the rubric, a criterion listed twice, and, when `strictScores`,
 * a score in the section that is above its cap, negative or not a number.
 */
function tally(
  criteria: CellMatrix,
  scores: CellMatrix,
  section: Section,
  strictScores: boolean,
  locale: Locale,
  index: CriteriaIndex,
): FunctionResult<Tally> {
  // Per-category sums, added in category order at the end, so that TOTAL is exactly the sum of the category SECTIONTOTALs.
  const sums = new Float64Array(index.categoryCount);
  const seen = new Uint8Array(index.codes.length);
  const { caps, categoryOf } = index;
  let criteriaRows = 0;
  let scored = 0;
  for (let r = 0; r < criteria.length; r++) {
    const cell = criteria[r]?.[0];
    if (!cell) continue; // null, undefined, 0 or "": a blank row (false and NaN name no criterion either)
    const position = resolveCriterionCell(index, cell);
    if (position < 0) {
      if (position === NOT_A_CODE || (position === NOT_A_CRITERION && isBlankCell(scores[r]?.[0]))) continue;
      return invalidValue(describeProblem({ kind: "changed-rubric", detail: "unknown-code", code: codeOfCell(cell) }, locale));
    }
    if (seen[position] === 1) return duplicateError(index, position, locale);
    seen[position] = 1;
    if (position < section.first || position > section.last) continue;
    criteriaRows++;
    const score = scores[r]?.[0];
    const cap = caps[position] as number;
    if (typeof score === "number" && score > 0 && score <= cap) {
      const category = categoryOf[position] as number;
      sums[category] = (sums[category] as number) + score;
      scored++;
    } else if (strictScores && !isBlankCell(score)) {
      const problem = scoreError(index, position, score, locale);
      if (problem !== undefined) return problem;
    }
  }
  let sum = 0;
  for (let c = 0; c < sums.length; c++) sum += sums[c] as number;
  return ok({ sum, criteria: criteriaRows, scored });
}

/** The #VALUE! for a bad score, worded by the same rules as the task pane and CLI; undefined when the rules see no problem. */
function scoreError(index: CriteriaIndex, position: number, score: unknown, locale: Locale): FunctionError | undefined {
  const code = index.codes[position] as string;
  const optional = index.rubric.criteria[position]?.optional === true;
  const problem = checkScoreRow({ code, cap: index.caps[position] as number, score, optional }, FUNCTION_ROW_RULES)[0];
  return problem === undefined ? undefined : invalidValue(describeProblem(problem, locale));
}

function duplicateError(index: CriteriaIndex, position: number, locale: Locale): FunctionError {
  const code = index.codes[position] as string;
  return invalidValue(describeProblem({ kind: "changed-rubric", detail: "duplicate-row", code }, locale));
}

function tallySection(
  sectionArg: unknown,
  criteria: unknown,
  scores: unknown,
  strictScores: boolean,
  locale: Locale,
  index: CriteriaIndex,
): FunctionResult<Tally & { readonly section: Section }> {
  const shapeError = checkColumnRanges(criteria, [["scores", scores]], locale);
  if (shapeError) return shapeError;
  const section = resolveSection(sectionArg, locale, index);
  if (!section.ok) return section;
  const result = tally(criteria as CellMatrix, scores as CellMatrix, section.value, strictScores, locale, index);
  return result.ok ? ok({ ...result.value, section: section.value }) : result;
}

/**
 * QCITY.SECTIONTOTAL: the sum, in points, of the scores whose criterion lies in
 * `section` ("3", "3.6" or "3.6.2"; blank or "total" for the whole rubric).
 * `criteria` and `scores` are one column each with the same rows (the 评价准则
 * and 得分 columns); blank score cells (0, null or "") are not scored.
 * Errors: #N/A for an unknown section; #VALUE! for ranges of different shapes,
 * a criteria cell naming no criterion, a criterion listed twice, or a score in
 * the section above its cap (rubric row's 分值), negative or not a number.
 */
export function sectionTotal(
  section: unknown,
  criteria: unknown,
  scores: unknown,
  locale: Locale,
  index: CriteriaIndex,
): FunctionResult<number> {
  const result = tallySection(section, criteria, scores, true, locale, index);
  return result.ok ? ok(result.value.sum) : result;
}

/** QCITY.TOTAL: the grand total out of 1000 points; shapes and errors as `sectionTotal`. */
export function grandTotal(criteria: unknown, scores: unknown, locale: Locale, index: CriteriaIndex): FunctionResult<number> {
  return sectionTotal("", criteria, scores, locale, index);
}

/**
 * QCITY.SCORERATE: the section total divided by the section's cap (a fraction,
 * 0 to 1; e.g. 0.9 for 126 of category 1's 140 points). Errors as `sectionTotal`.
 */
export function scoreRate(
  section: unknown,
  criteria: unknown,
  scores: unknown,
  locale: Locale,
  index: CriteriaIndex,
): FunctionResult<number> {
  const result = tallySection(section, criteria, scores, true, locale, index);
  return result.ok ? ok(result.value.sum / result.value.section.points) : result;
}

/**
 * QCITY.PROGRESS: the share (0 to 1) of the criterion rows in the range that
 * hold a valid score above 0. Bad scores are not counted and do not error
 * (QCITY.CHECK lists them); a 0 cannot be told from a blank cell, so it counts
 * as not yet scored. Errors: #VALUE! for ranges of different shapes, a criteria
 * cell naming no criterion, a criterion listed twice, or no criterion at all.
 */
export function progress(criteria: unknown, scores: unknown, locale: Locale, index: CriteriaIndex): FunctionResult<number> {
  const result = tallySection("", criteria, scores, false, locale, index);
  if (!result.ok) return result;
  if (result.value.criteria === 0) return invalidValue(noCriteriaMessage(locale));
  return ok(result.value.scored / result.value.criteria);
}
