import type { ConsensusMethod } from "../../scoring/panel/consensus";
import { TRIMMED_MIN_SCORES } from "../../scoring/panel/consensus";
import { VETO_NO, VETO_YES } from "../../rubric/assessmentWords";

/**
 * Formula text (no leading "=", English names, comma separators) for the
 * summary sheet. Every formula is native, so the summary recalculates as
 * experts type, works without the add-in and survives LibreOffice. Arguments
 * are references as written in a formula, e.g. 张三!G4 or J4:N4.
 */

/** Quotes a string for a formula. */
function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * An expert's score as the summary's expert column shows it: the number when
 * it is a valid score (0 to `cap`), else "" (blank, text, over the cap or
 * negative count as unscored; the checks report them). The nested IFs keep
 * text from reaching the comparisons.
 */
export function expertScoreFormula(scoreRef: string, capRef: string): string {
  return `IF(ISNUMBER(${scoreRef}),IF(AND(${scoreRef}>=0,${scoreRef}<=${capRef}),${scoreRef},""),"")`;
}

/** The self-assessment score as written (a number, even an invalid one, which the checks flag), else "". */
export function selfScoreFormula(scoreRef: string): string {
  return `IF(ISNUMBER(${scoreRef}),${scoreRef},"")`;
}

/** Rounding of the consolidated scores: "display" only formats them; "round" rounds each one, so totals add the rounded values. */
export interface Rounding {
  readonly decimals: number;
  readonly mode: "display" | "round";
}

export const DEFAULT_ROUNDING: Rounding = { decimals: 2, mode: "display" };

/**
 * The consolidated score over the row's expert cells `experts` (one
 * contiguous row range of the summary, e.g. J4:N4): "" when nobody scored;
 * AVERAGE, MEDIAN, or TRIMMEAN(range, 2/n), which drops exactly one highest
 * and one lowest of n scores, only when n ≥ 5 (else AVERAGE). AVERAGE,
 * MEDIAN, TRIMMEAN and COUNT skip the "" of unscored cells.
 */
export function consensusFormula(method: ConsensusMethod, experts: string, rounding: Rounding = DEFAULT_ROUNDING): string {
  const count = `COUNT(${experts})`;
  const core =
    method === "median"
      ? `MEDIAN(${experts})`
      : method === "trimmed"
        ? `IF(${count}>=${TRIMMED_MIN_SCORES},TRIMMEAN(${experts},2/${count}),AVERAGE(${experts}))`
        : `AVERAGE(${experts})`;
  const value = rounding.mode === "round" ? `ROUND(${core},${rounding.decimals})` : core;
  return `IF(${count}=0,"",${value})`;
}

/** 极差: highest minus lowest expert score, "" when nobody scored. */
export function spreadFormula(experts: string): string {
  return `IF(COUNT(${experts})=0,"",MAX(${experts})-MIN(${experts}))`;
}

/** How many experts scored the criterion. */
export function scoredCountFormula(experts: string): string {
  return `COUNT(${experts})`;
}

/** `label` when the spread exceeds `thresholdRef` (a share of 分值) times the cap. */
export function disagreementFlagFormula(spreadRef: string, capRef: string, thresholdRef: string, label: string): string {
  return `IF(ISNUMBER(${spreadRef}),IF(${spreadRef}>${thresholdRef}*${capRef},${quote(label)},""),"")`;
}

/** `label` when the self-assessment exceeds the consolidated score by more than `thresholdRef` times the cap. */
export function selfAboveFlagFormula(selfRef: string, consensusRef: string, capRef: string, thresholdRef: string, label: string): string {
  return `IF(ISNUMBER(${selfRef}),IF(ISNUMBER(${consensusRef}),IF(${selfRef}-${consensusRef}>${thresholdRef}*${capRef},${quote(label)},""),""),"")`;
}

/** The names of the experts whose cell is "" (unscored), joined with `separator`; "" when all scored. */
export function unscoredNamesFormula(cells: readonly { readonly ref: string; readonly name: string }[], separator: string): string {
  if (cells.length === 0) return `""`;
  const parts = cells.map((c) => `IF(${c.ref}="",${quote(separator + c.name)},"")`).join("&");
  return `MID(${parts},${separator.length + 1},1000)`;
}

/** Each expert's deduction note, prefixed with the expert's name (张三：…), one per line; "" when none. */
export function gatheredNotesFormula(notes: readonly { readonly ref: string; readonly name: string }[], nameSeparator: string): string {
  if (notes.length === 0) return `""`;
  const parts = notes.map((n) => `IF(${n.ref}="","",CHAR(10)&${quote(n.name + nameSeparator)}&${n.ref})`).join("&");
  return `MID(${parts},2,10000)`;
}

/** A cell's text when it holds any, else "" (a bare reference to an empty cell would show 0). */
export function textOrBlankFormula(ref: string): string {
  return `IF(${ref}="","",${ref})`;
}

/**
 * A 一票否决 condition's answer for the panel, over each expert's 是/否 cell
 * (`refs`, sheet-qualified): 是 when any expert answered 是, 否 when every
 * expert answered 否, else blank (someone has not answered). Spaces around the
 * word do not count, as in the checks.
 */
export function panelVetoFormula(refs: readonly string[]): string {
  if (refs.length === 0) return `""`;
  const yes = refs.map((r) => `TRIM(${r})="${VETO_YES}"`).join(",");
  const no = refs.map((r) => `TRIM(${r})="${VETO_NO}"`).join(",");
  return `IF(OR(${yes}),"${VETO_YES}",IF(AND(${no}),"${VETO_NO}",""))`;
}
