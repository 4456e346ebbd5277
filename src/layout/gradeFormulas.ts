import type { Criterion, Rubric } from "../rubric/types";
import { NOT_APPLICABLE_WORDS, VETO_YES } from "../rubric/assessmentWords";

/**
 * Native formula text (no leading "=") for the grade row and the summary's
 * applicable points: the same numbers as src/scoring/grade.ts computes, so the
 * sheet recalculates in any spreadsheet program without the add-in.
 */

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A score cell that says one of NOT_APPLICABLE_WORDS (不适用, 缺项, N/A, Not applicable; spaces around allowed, case ignored as Excel compares text). */
export function notApplicableTest(score: string): string {
  return `OR(${NOT_APPLICABLE_WORDS.map((w) => `TRIM(${score})=${quote(w)}`).join(",")})`;
}

/**
 * The applicable points of `criteria` (a category's, or all): their sum less
 * each optional criterion whose 得分 says 不适用. `cells(c)` gives a
 * criterion's score and points cell addresses.
 */
export function applicablePointsFormula(points: number, criteria: readonly Criterion[], cells: (c: Criterion) => { score: string; points: string }): string {
  const terms = criteria.filter((c) => c.optional).map((c) => {
    const at = cells(c);
    return `IF(${notApplicableTest(at.score)},${at.points},0)`;
  });
  return terms.length === 0 ? String(points) : `${points}-(${terms.join("+")})`;
}

/** The score rate of `total` over `applicable` (cells), as a fraction; 0 when nothing applies. */
export function applicableRateFormula(total: string, applicable: string): string {
  return `IF(${applicable}>0,${total}/${applicable},0)`;
}

/** `total` re-scaled to `scale` points over `applicable`. */
export function rescaledFormula(total: string, applicable: string, scale: number): string {
  return `IF(${applicable}>0,${total}*${scale}/${applicable},0)`;
}

/**
 * The grade: nested IF over the bands from the highest `min` down, on the
 * score rate in percent rounded to 9 places (as gradeFor); with veto cells,
 * any 是 gives the lowest band followed by `vetoedSuffix`.
 */
export function gradeFormula(rubric: Rubric, total: string, applicable: string, vetoRange: string | undefined, vetoedSuffix: string): string {
  const bands = rubric.grades;
  const lowest = bands[bands.length - 1];
  if (lowest === undefined) return '""';
  const rate = `ROUND(${applicableRateFormula(total, applicable)}*100,9)`;
  const nested = bands.slice(0, -1).reduceRight((otherwise, band) => `IF(${rate}>=${band.min},${quote(band.name)},${otherwise})`, quote(lowest.name));
  return vetoRange === undefined ? nested : `IF(COUNTIF(${vetoRange},${quote(VETO_YES)})>0,${quote(lowest.name + vetoedSuffix)},${nested})`;
}
