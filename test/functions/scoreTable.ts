import { criterionLabel } from "../../src/rubric";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

/** The 评价准则 column of the official table as Excel passes it: one cell per row, the printed text. */
export function officialCriteria(): string[][] {
  return OFFICIAL_RUBRIC.criteria.map((c) => [criterionLabel(c)]);
}

/** A 得分 column for the official table: `scores[code]` where given, else the blank value Excel sends. */
export function scoreColumn(scores: Readonly<Record<string, unknown>>, blank: unknown = null): unknown[][] {
  return OFFICIAL_RUBRIC.criteria.map((c) => [c.code in scores ? scores[c.code] : blank]);
}

/** Full marks on every criterion. */
export function fullMarks(): Record<string, number> {
  return Object.fromEntries(OFFICIAL_RUBRIC.criteria.map((c) => [c.code, c.points]));
}
