import type { GridValue } from "../../table/grid";
import type { Rubric } from "../../rubric/types";
import type { TableCheck } from "../checkTable";
import type { Finding } from "../findings";
import { checkScoreRow } from "../rowRules";

/** One criterion row of an assessor's sheet, as the panel uses it. */
export interface PanelEntry {
  /** The 得分 cell as read. */
  readonly raw: GridValue;
  /** The score in points when it is a valid score (a number from 0 to 分值), else null: blank and bad cells count as unscored. */
  readonly score: number | null;
  readonly evidence: GridValue;
  readonly note: GridValue;
}

/** An assessor's sheet read for the panel. */
export interface PanelSheet {
  /** By criterion code, rubric rows only. */
  readonly entries: ReadonlyMap<string, PanelEntry>;
  /** How many criteria hold a valid score. */
  readonly scored: number;
  /** The sheet's own scoring findings (over the cap, negative, not a number, a changed criterion text): merged, listed under the assessor. */
  readonly findings: readonly Finding[];
  /** Findings that make the table differ from the rubric (changed 分值, missing, duplicated or unknown rows): the sheet cannot be merged. */
  readonly mismatches: readonly Finding[];
}

const MISMATCH = new Set(["points", "missing-row", "duplicate-row", "unknown-code"]);
const OWN_FINDINGS = new Set(["over-cap", "negative", "not-a-number", "changed-rubric"]);

/**
 * The panel's view of a checked sheet: each criterion's score (valid or
 * unscored), evidence and note, with the findings split into those that are
 * merged (listed under the assessor) and those that refuse the sheet.
 */
export function panelSheet(check: TableCheck, rubric: Rubric): PanelSheet {
  const entries = new Map<string, PanelEntry>();
  let scored = 0;
  for (const row of check.table.rows) {
    const criterion = rubric.criterion(row.code);
    if (criterion === undefined || entries.has(row.code)) continue;
    const valid = checkScoreRow({ code: row.code, cap: criterion.points, score: row.score }, { reportUnscored: true, zeroMeansBlank: false }).length === 0;
    const score = valid && typeof row.score === "number" ? row.score : null;
    if (score !== null) scored++;
    entries.set(row.code, { raw: row.score, score, evidence: row.evidence ?? null, note: row.note ?? null });
  }
  const mismatches = check.findings.filter((f) => f.kind === "changed-rubric" && f.problem.detail !== undefined && MISMATCH.has(f.problem.detail));
  const findings = check.findings.filter((f) => OWN_FINDINGS.has(f.kind) && !mismatches.includes(f));
  return { entries, scored, findings, mismatches };
}
