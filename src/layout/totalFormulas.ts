import { codeLevel } from "../rubric/codes";
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
 * Native sum of the scores whose criterion lies in `section` ("" = all, "3", "3.6", "3.6.2").
 * SUMIF wildcards over the code prefix; a criterion code also subtracts its
 * digit-extended neighbours ("3.6.1*" would otherwise match 3.6.10–3.6.18).
 */
export function nativeSectionTotal(section: string, criteria: string, scores: string): string {
  if (section === "") return `SUM(${scores})`;
  if (codeLevel(section) < 3) return `SUMIF(${criteria},${quote(`${section}.*`)},${scores})`;
  const longer = Array.from({ length: 10 }, (_, d) => quote(`${section}${d}*`)).join(",");
  return `(SUMIF(${criteria},${quote(`${section}*`)},${scores})-SUMPRODUCT(SUMIF(${criteria},{${longer}},${scores})))`;
}

/** Native score rate: the section total divided by the section's cap (points). */
export function nativeScoreRate(section: string, cap: number, criteria: string, scores: string): string {
  return `${nativeSectionTotal(section, criteria, scores)}/${cap}`;
}

/** The grand total (out of the rubric's total points). */
export function grandTotalFormula(style: FormulaStyle, criteria: string, scores: string): string {
  return style === "qcity" ? `QCITY.TOTAL(${criteria},${scores})` : nativeSectionTotal("", criteria, scores);
}

/** The total of one section, e.g. category "3". */
export function sectionTotalFormula(style: FormulaStyle, section: string, criteria: string, scores: string): string {
  return style === "qcity" ? `QCITY.SECTIONTOTAL(${quote(section)},${criteria},${scores})` : nativeSectionTotal(section, criteria, scores);
}

/** The score rate of one section (a fraction; format it as a percentage). */
export function scoreRateFormula(style: FormulaStyle, section: string, cap: number, criteria: string, scores: string): string {
  return style === "qcity" ? `QCITY.SCORERATE(${quote(section)},${criteria},${scores})` : nativeScoreRate(section, cap, criteria, scores);
}

/** The grand total's rate: the total divided by the rubric's total points. */
export function grandRateFormula(style: FormulaStyle, totalPoints: number, criteria: string, scores: string): string {
  return `${grandTotalFormula(style, criteria, scores)}/${totalPoints}`;
}
