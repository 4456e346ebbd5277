import type { ColumnKey } from "./types";

/** Worksheet-scoped named ranges over the criterion rows of each column. */
export const RANGE_NAMES = {
  criteria: "QCITY_CRITERIA",
  points: "QCITY_POINTS",
  scores: "QCITY_SCORES",
  evidence: "QCITY_EVIDENCE",
  notes: "QCITY_NOTES",
} as const;

/** The column each named range covers. */
export const NAMED_COLUMNS: readonly { readonly name: string; readonly column: ColumnKey }[] = [
  { name: RANGE_NAMES.criteria, column: "criterion" },
  { name: RANGE_NAMES.points, column: "points" },
  { name: RANGE_NAMES.scores, column: "score" },
  { name: RANGE_NAMES.evidence, column: "evidence" },
  { name: RANGE_NAMES.notes, column: "note" },
];
