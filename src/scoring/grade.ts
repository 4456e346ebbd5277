import { NOT_APPLICABLE_WORDS, VETO_NO, VETO_YES } from "../rubric/assessmentWords";
import type { Rubric } from "../rubric/types";
import { isBlankCell } from "./criteriaIndex";
import type { Locale } from "../table/locale";
import { parseScore } from "./parseScore";
import { roundPoints } from "./summary";
import { invalidValue, notAvailable, ok, type FunctionResult } from "./result";

/**
 * Grades (评价等级), 一票否决 and 不适用, as pure functions over a rubric and
 * cell values, shared by the sheet's checks, the CLI, the summary and the
 * report. They compute what the sheet's native formulas compute (layout's
 * grade block), so both agree.
 */

export { NOT_APPLICABLE_WORDS, VETO_NO, VETO_YES };

/** True for a 得分 cell that says 不适用 or 缺项 (spaces around allowed). */
export function isNotApplicable(value: unknown): boolean {
  return typeof value === "string" && NOT_APPLICABLE_WORDS.includes(value.trim());
}


export type VetoAnswer = "yes" | "no" | "blank" | "other";

/** A veto cell: 是, 否, empty, or anything else (which the checks report). */
export function vetoAnswer(value: unknown): VetoAnswer {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return "blank";
  if (typeof value !== "string") return "other";
  const text = value.trim();
  return text === VETO_YES ? "yes" : text === VETO_NO ? "no" : "other";
}

/** Percentages are compared after rounding away float noise: 0.9 × 100 is 90.00000000000001. */
function percent(total: number, applicable: number): number {
  return applicable > 0 ? Math.round((total / applicable) * 100 * 1e9) / 1e9 : 0;
}

/**
 * The grade of `total` points out of `applicablePoints` (both in points): the
 * first band, from the highest `min` down, whose `min` (a percentage) the score
 * rate reaches; the lowest band when `vetoed`. Undefined when the rubric has no
 * grades.
 */
export function gradeFor(rubric: Rubric, total: number, applicablePoints: number, vetoed = false): string | undefined {
  const bands = rubric.grades;
  const lowest = bands[bands.length - 1];
  if (lowest === undefined) return undefined;
  if (vetoed) return lowest.name;
  const rate = percent(total, applicablePoints);
  return (bands.find((band) => rate >= band.min) ?? lowest).name;
}

/** The total re-scaled to the rubric's `scale` (e.g. 百分制) over the applicable points; undefined without `scale`. */
export function rescaledTotal(rubric: Rubric, total: number, applicablePoints: number): number | undefined {
  if (rubric.scale === undefined) return undefined;
  return applicablePoints > 0 ? (total * rubric.scale) / applicablePoints : 0;
}

/** One category's part of an assessment, in points. */
export interface CategoryAssessment {
  readonly code: string;
  readonly total: number;
  /** The category's cap (分值). */
  readonly points: number;
  /** The cap less its optional criteria marked 不适用. */
  readonly applicablePoints: number;
}

export interface Assessment {
  /** Sum of the numeric scores, in points, rounded to 1e-9 (text, 不适用 and blanks count 0, as SUM does). */
  readonly total: number;
  /** The rubric's total points. */
  readonly points: number;
  /** Total points less the optional criteria marked 不适用. */
  readonly applicablePoints: number;
  /** total / applicablePoints (0 to 1); 0 when nothing applies. */
  readonly rate: number;
  /** The total re-scaled to `rubric.scale` points, when the rubric has a scale. */
  readonly rescaled: number | undefined;
  /** The grade, when the rubric has grades; the lowest band when a veto applies. */
  readonly grade: string | undefined;
  /** Codes of the veto conditions marked 是. */
  readonly vetoed: readonly string[];
  /** Codes of the veto conditions left empty. */
  readonly vetoBlank: readonly string[];
  /** Codes of the optional criteria marked 不适用 (their points left the applicable total). */
  readonly notApplicable: readonly string[];
  /** Codes of criteria marked 不适用 that are not optional (a finding; their points still apply). */
  readonly notApplicableRefused: readonly string[];
  readonly categories: readonly CategoryAssessment[];
}

/**
 * Assesses one sheet's scores: `scores` maps criterion codes to their 得分
 * cell values (as read from Excel, ExcelJS or memory; a missing code is
 * unscored), `veto` maps veto codes to their 是/否 cells. 不适用 or 缺项 on an
 * optional criterion removes its points from the applicable total; on any
 * other criterion it scores 0 and is listed in `notApplicableRefused`.
 */
export function assess(rubric: Rubric, scores: ReadonlyMap<string, unknown>, veto: ReadonlyMap<string, unknown> = new Map()): Assessment {
  const notApplicable: string[] = [];
  const refused: string[] = [];
  const categories = rubric.categories.map((category): CategoryAssessment => {
    let total = 0;
    let applicablePoints = category.points;
    for (const criterion of category.criteria) {
      const value = scores.get(criterion.code);
      if (isNotApplicable(value)) {
        if (criterion.optional) {
          applicablePoints -= criterion.points;
          notApplicable.push(criterion.code);
        } else refused.push(criterion.code);
        continue;
      }
      const parsed = parseScore(value);
      if (parsed.kind === "number") total += parsed.value;
    }
    return { code: category.code, total: roundPoints(total), points: category.points, applicablePoints };
  });
  const total = roundPoints(categories.reduce((sum, c) => sum + c.total, 0));
  const applicablePoints = categories.reduce((sum, c) => sum + c.applicablePoints, 0);
  const vetoed = rubric.veto.filter((v) => vetoAnswer(veto.get(v.code)) === "yes").map((v) => v.code);
  const vetoBlank = rubric.veto.filter((v) => vetoAnswer(veto.get(v.code)) === "blank").map((v) => v.code);
  return {
    total,
    points: rubric.totalPoints,
    applicablePoints,
    rate: applicablePoints > 0 ? total / applicablePoints : 0,
    rescaled: rescaledTotal(rubric, total, applicablePoints),
    grade: gradeFor(rubric, total, applicablePoints, vetoed.length > 0),
    vetoed,
    vetoBlank,
    notApplicable,
    notApplicableRefused: refused,
    categories,
  };
}

/** A single number from a custom function argument: a number, or a 1×1 range holding one. */
function singleNumber(value: unknown): number | undefined {
  const cell = Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 ? value[0][0] : value;
  return typeof cell === "number" && Number.isFinite(cell) ? cell : undefined;
}

/**
 * QCITY.GRADE: the grade of `total` points out of `applicable` points (blank:
 * the rubric's total points), by the rubric's bands. Errors: #N/A when the
 * rubric has no grades; #VALUE! for a total or applicable points that are not
 * a number, a negative total, or applicable points not above 0.
 */
export function gradeFunction(total: unknown, applicable: unknown, locale: Locale, rubric: Rubric): FunctionResult<string> {
  const en = locale === "en-US";
  if (rubric.grades.length === 0) return notAvailable(en ? `The rubric ${rubric.id} has no grades` : `评价标准 ${rubric.id} 没有评价等级`);
  const points = singleNumber(total);
  if (points === undefined || points < 0) return invalidValue(en ? `The total ${String(total)} is not a number of points` : `总分“${String(total)}”不是分数`);
  const of = isBlankCell(applicable) ? rubric.totalPoints : singleNumber(applicable);
  if (of === undefined || !(of > 0)) return invalidValue(en ? `The applicable points ${String(applicable)} should be a number above 0` : `适用分值“${String(applicable)}”应为大于 0 的数字`);
  return ok(gradeFor(rubric, points, of) as string);
}
