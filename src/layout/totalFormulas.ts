import { codeLevel } from "../rubric/codes";
import type { Rubric } from "../rubric/types";
import type { FormulaStyle } from "./types";

/**
 * Formula text (no leading "=", English names, comma separators) for the
 * sheet's totals. Both styles give the same numbers for valid scores:
 * `native` works in any spreadsheet; `qcity` calls the add-in's custom
 * functions, which also reject over-cap, negative and text scores with #VALUE!.
 * `criteria` and `scores` are range references, e.g. QCITY_CRITERIA.
 */

/** Quotes a string for a formula: 3.6 → "3.6". */
function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Native sum of the scores whose criterion lies in `section` ("" = all, "3",
 * "3.6", "3.6.2"), by SUMIF wildcards over the code prefix. A criterion code
 * has no separator after it, so "3.6.1*" also matches 3.6.10–3.6.18: those
 * criteria of `rubric` are subtracted again, one SUMIF each (array criteria
 * are not evaluated alike by every spreadsheet program).
 */
export function nativeSectionTotal(section: string, criteria: string, scores: string, rubric: Rubric): string {
  if (section === "") return `SUM(${scores})`;
  const sumif = (pattern: string) => `SUMIF(${criteria},${quote(pattern)},${scores})`;
  if (codeLevel(section) < 3) return sumif(`${section}.*`);
  const longer = rubric.criteria.filter((c) => c.code.startsWith(section) && /^\d/.test(c.code.slice(section.length)));
  if (longer.length === 0) return sumif(`${section}*`);
  return `(${[sumif(`${section}*`), ...longer.map((c) => sumif(`${c.code}*`))].join("-")})`;
}

/** Native score rate: the section total divided by the section's cap (points). */
export function nativeScoreRate(section: string, cap: number, criteria: string, scores: string, rubric: Rubric): string {
  return `${nativeSectionTotal(section, criteria, scores, rubric)}/${cap}`;
}

/** The grand total (out of the rubric's total points). */
export function grandTotalFormula(style: FormulaStyle, criteria: string, scores: string): string {
  return style === "qcity" ? `QCITY.TOTAL(${criteria},${scores})` : `SUM(${scores})`;
}

/** The total of one section, e.g. category "3". */
export function sectionTotalFormula(style: FormulaStyle, section: string, criteria: string, scores: string, rubric: Rubric): string {
  return style === "qcity" ? `QCITY.SECTIONTOTAL(${quote(section)},${criteria},${scores})` : nativeSectionTotal(section, criteria, scores, rubric);
}

/** The score rate of one section (a fraction; format it as a percentage). */
export function scoreRateFormula(style: FormulaStyle, section: string, cap: number, criteria: string, scores: string, rubric: Rubric): string {
  return style === "qcity" ? `QCITY.SCORERATE(${quote(section)},${criteria},${scores})` : nativeScoreRate(section, cap, criteria, scores, rubric);
}

/** The grand total's rate: the total divided by the rubric's total points. */
export function grandRateFormula(style: FormulaStyle, totalPoints: number, criteria: string, scores: string): string {
  return `${grandTotalFormula(style, criteria, scores)}/${totalPoints}`;
}
