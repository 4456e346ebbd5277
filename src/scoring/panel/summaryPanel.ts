import type { Rubric } from "../../rubric/types";
import { foldText } from "../../table/fold";
import type { Locale } from "../../table/locale";
import { checkSheet, type TableCheck } from "../checkTable";
import type { Finding, FindingKind } from "../findings";
import type { SheetSnapshot } from "../snapshot";
import { consensus } from "./consensus";
import { panelFindings, type PanelFinding } from "./panelFindings";
import { panelSheet, type PanelSheet } from "./panelSheet";
import { readSummarySettings, type SummarySettings } from "./summarySettings";
import { readVetoCells, vetoAnswers } from "../vetoCells";
import { vetoAnswer } from "../grade";
import { VETO_NO, VETO_YES } from "../../rubric/assessmentWords";
import type { GridValue } from "../../table/grid";

/** A sheet of the workbook, as the readers return it. */
export interface WorkbookSheet {
  readonly name: string;
  readonly snapshot: SheetSnapshot;
}

/** One member of the panel as the summary finds it. */
export interface PanelMemberTotal {
  /** The expert's name as the summary's column heads it; 自评 for the self-assessment. */
  readonly name: string;
  /** The sheet read for them; undefined when the workbook has no such sheet (the member counts as unscored everywhere). */
  readonly sheet?: string;
  /** Sum of their valid scores, in points. */
  readonly total: number;
  /** Criteria they gave a valid score, out of the rubric's. */
  readonly scored: number;
}

/** The panel behind a summary sheet: its settings, its members' totals and the panel findings (§4 of the panel process). */
export interface SummaryPanel extends SummarySettings {
  readonly experts: readonly PanelMemberTotal[];
  readonly self?: PanelMemberTotal;
  readonly findings: readonly PanelFinding[];
}

/** A summary sheet checked with its panel. */
export interface SummaryCheck {
  /**
   * The summary's own check, its 得分 read as the consolidated scores computed
   * here (a file saved without calculated values holds none), keeping only the
   * findings about the table itself: the consolidated cells are formulas, not typed.
   */
  readonly check: TableCheck;
  readonly panel: SummaryPanel;
  /**
   * The summary's snapshot as its formulas would fill it: the consolidated
   * scores, and each 一票否决 answer as the panel's (是 when any expert said 是,
   * 否 when all said 否). Read the sheet's facts (veto, sign-off) from this one.
   */
  readonly snapshot: SheetSnapshot;
}

/** Findings that are about what was typed; on a summary those cells are computed, and the panel findings say it instead. */
const TYPED_KINDS: ReadonlySet<FindingKind> = new Set(["over-cap", "negative", "not-a-number", "unscored", "missing-evidence", "missing-deduction-note", "not-applicable"]);

const nameKey = (name: string) => foldText(name.trim());

/** The sheet of the named expert: the one whose marker records them, else an assessment sheet of that name. */
function expertSheet(name: string, sheets: readonly WorkbookSheet[]): WorkbookSheet | undefined {
  const key = nameKey(name);
  const experts = sheets.filter((s) => s.snapshot.marker?.role === "assessment");
  return (
    experts.find((s) => s.snapshot.marker?.assessor !== undefined && nameKey(s.snapshot.marker.assessor) === key) ??
    sheets.find((s) => s.snapshot.marker?.role !== "summary" && nameKey(s.name) === key)
  );
}

interface ReadMember {
  readonly total: PanelMemberTotal;
  readonly panel?: PanelSheet;
  readonly rubricId?: string;
  /** Their 一票否决 answers as typed, by condition code. */
  readonly vetoes?: ReadonlyMap<string, GridValue>;
}

function readMember(name: string, sheet: WorkbookSheet | undefined, rubric: Rubric, locale: Locale): ReadMember {
  if (sheet === undefined) return { total: { name, total: 0, scored: 0 } };
  const result = checkSheet(sheet.snapshot, { rubric, locale });
  if (!result.ok) return { total: { name, sheet: sheet.name, total: 0, scored: 0 } };
  const panel = panelSheet(result.check, rubric);
  let total = 0;
  for (const entry of panel.entries.values()) total += entry.score ?? 0;
  const vetoes = vetoAnswers(result.check.table, sheet.snapshot.values, rubric);
  return { total: { name, sheet: sheet.name, total, scored: panel.scored }, panel, vetoes, ...(sheet.snapshot.marker && { rubricId: sheet.snapshot.marker.rubric }) };
}

/** The snapshot with each criterion's 得分 cell holding `scores` (null leaves it blank), each veto answer from `vetoes`. */
function withScores(snapshot: SheetSnapshot, check: TableCheck, scores: ReadonlyMap<string, number | null>, vetoes: ReadonlyMap<string, string>, rubric: Rubric): SheetSnapshot {
  const col = check.table.columns.score;
  if (col === undefined) return snapshot;
  const values = snapshot.values.map((line) => [...line]);
  for (const row of check.table.rows) {
    const score = scores.get(row.code);
    const line = values[row.row];
    if (line !== undefined && score !== undefined) line[col] = score;
  }
  for (const cell of readVetoCells(check.table, snapshot.values, rubric)) {
    const line = values[cell.row];
    if (line !== undefined) line[cell.col] = vetoes.get(cell.code) ?? "";
  }
  return { ...snapshot, values };
}

/** Each 一票否决 condition's answer for the panel, as the summary's formula gives it: 是 when any expert said 是, 否 when all said 否, else "". */
function panelVetoes(experts: readonly ReadMember[], rubric: Rubric): Map<string, string> {
  const answers = new Map<string, string>();
  for (const { code } of rubric.veto) {
    const given = experts.map((e) => vetoAnswer(e.vetoes?.get(code)));
    answers.set(code, given.includes("yes") ? VETO_YES : given.length > 0 && given.every((a) => a === "no") ? VETO_NO : "");
  }
  return answers;
}

/**
 * Checks a summary sheet (汇总表) with the panel behind it. The experts are the
 * summary's expert columns, left to right (得分（张三）…), each read from the
 * assessment sheet whose marker names them (else the sheet of that name); the
 * self-assessment is the workbook's sheet marked `self`. Each member's scores
 * go through the checks as on their own sheet: an invalid score counts as
 * unscored. The method and thresholds come from the summary's title rows.
 * The consolidated score of each criterion is computed as the summary's native
 * formulas compute it, unrounded (rounding is display only by default).
 * `sheet`: the summary; `check`: its checkSheet; `sheets`: the workbook's; `rubric`: the summary's rubric. Pure; never throws for a panel that is
 * incomplete: a missing expert sheet is an expert who scored nothing.
 */
export function checkSummary(sheet: WorkbookSheet, check: TableCheck, sheets: readonly WorkbookSheet[], rubric: Rubric, locale: Locale): SummaryCheck {
  const summary = sheet.snapshot;
  const settings = readSummarySettings(summary.values, check.table);
  const names = check.table.schema.flatMap((f) => (f.column.role === "assessor-score" && f.column.assessor !== undefined ? [f.column.assessor] : []));
  const experts = names.map((name) => readMember(name, expertSheet(name, sheets), rubric, locale));
  const selfSheet = check.table.columns["self-score"] === undefined ? undefined : sheets.find((s) => s.snapshot.marker?.role === "self");
  const self = check.table.columns["self-score"] === undefined ? undefined : readMember(selfSheet?.name ?? "", selfSheet, rubric, locale);

  const consolidated = new Map<string, number | null>();
  const rows = rubric.criteria.map((c) => {
    const scores = experts.map((e) => e.panel?.entries.get(c.code)?.score ?? null);
    consolidated.set(c.code, consensus(scores, settings.method).value);
    return { code: c.code, cap: c.points, experts: scores, ...(self && { self: self.panel?.entries.get(c.code)?.raw ?? null }) };
  });
  const rubricIds = [
    ...(summary.marker ? [{ expert: sheet.name, rubricId: summary.marker.rubric }] : []),
    ...experts.flatMap((e) => (e.rubricId === undefined ? [] : [{ expert: e.total.name, rubricId: e.rubricId }])),
  ];
  const findings = panelFindings({ experts: names, rows, rubricIds }, { ...settings, locale });

  const snapshot = withScores(summary, check, consolidated, panelVetoes(experts, rubric), rubric);
  const recomputed = checkSheet(snapshot, { rubric, locale });
  const base = recomputed.ok ? recomputed.check : check;
  const own: Finding[] = base.findings.filter((f) => !TYPED_KINDS.has(f.kind));
  return {
    snapshot,
    check: { ...base, findings: own },
    panel: { ...settings, experts: experts.map((e) => e.total), ...(self && { self: self.total }), findings },
  };
}
