/**
 * Worksheet-scoped named ranges over the criterion rows of a column; the
 * totals' formulas refer to them. Each column's name is in its schema entry
 * (src/table/schema.ts).
 */
export const RANGE_NAMES = {
  criteria: "QCITY_CRITERIA",
  points: "QCITY_POINTS",
  scores: "QCITY_SCORES",
  selfScores: "QCITY_SELF_SCORES",
  evidence: "QCITY_EVIDENCE",
  notes: "QCITY_NOTES",
} as const;

/** The name over the n-th assessor's score column (1-based), e.g. QCITY_SCORES_2. */
export function assessorRangeName(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Bad assessor number ${n}`);
  return `${RANGE_NAMES.scores}_${n}`;
}
