import { cellAddress } from "../table/a1";
import type { Rubric } from "../rubric/types";
import type { TableCheck } from "../scoring/checkTable";
import type { Finding } from "../scoring/findings";
import { assessCheck } from "../scoring/assessCheck";
import { isNotApplicable } from "../scoring/grade";
import type { ConsensusMethod } from "../scoring/panel/consensus";
import { PANEL_FINDING_KINDS, type PanelFinding } from "../scoring/panel/panelFindings";
import type { SummaryPanel } from "../scoring/panel/summaryPanel";
import { parseScore } from "../scoring/parseScore";
import { BLANK_SIGN_OFF, type SignOff } from "../scoring/signOff";
import { roundPoints } from "../scoring/summary";

/**
 * The 评价报告 (assessment report) of one checked rubric sheet, as data: what
 * the HTML report, the PDF and the 评价报告 sheet in Excel all show. Pure: built
 * from a TableCheck (src/scoring) and the rubric, so every face shows the same
 * figures the checks and the sheet's totals do.
 */
export interface ReportModel {
  readonly header: ReportHeader;
  /** One entry per 评价项目, in rubric order. */
  readonly categories: readonly ReportCategory[];
  /** Every criterion with a valid score below its 分值, in rubric order. */
  readonly deductions: readonly Deduction[];
  /** Points lost over all deductions. */
  readonly pointsLost: number;
  /** Scored criteria whose 佐证材料 cell is empty (the checks' missing-evidence findings), in sheet order. */
  readonly missingEvidence: readonly CriterionCell[];
  /** Whether the table has a 佐证材料 column at all; without one, missingEvidence is empty and a finding says so. */
  readonly hasEvidenceColumn: boolean;
  /** Criteria without a score (the checks' unscored findings), in sheet order. */
  readonly unscored: readonly CriterionCell[];
  /** Every other finding of the checks (errors and warnings other than the two lists above), in sheet order. */
  readonly findings: readonly Finding[];
  /** Criteria scored, out of `criteria`. */
  readonly scored: number;
  readonly criteria: number;
  /** 评价人 / 复核人 / 日期 as filled on the sheet; "" where blank (the report leaves a line to sign on). */
  readonly signOff: SignOff;
  /** For a summary sheet (汇总表): the consolidation method, each expert's and the self-assessment's total, and the panel findings. */
  readonly panel?: ReportPanel;
}

/** The panel behind a summary sheet, as the report shows it. */
export interface ReportPanel {
  readonly method: ConsensusMethod;
  /** The experts in the summary's column order, then the self-assessment (`self`) when the summary has one. */
  readonly members: readonly PanelMember[];
  /** The panel findings (专家分歧, 自评偏高…), by kind as PANEL_FINDING_KINDS orders them (errors first), each kind in criterion order. */
  readonly findings: readonly PanelFinding[];
}

export interface PanelMember {
  /** The expert's name; "" for the self-assessment. */
  readonly name: string;
  readonly self: boolean;
  /** Sum of their valid scores, in points. */
  readonly total: number;
  /** Criteria they scored. */
  readonly scored: number;
  /** False when the workbook has no sheet of theirs (they count as unscored). */
  readonly hasSheet: boolean;
}

export interface ReportHeader {
  /** Province and city as written on the sheet's 省/市 line; "" where blank. */
  readonly province: string;
  readonly city: string;
  readonly rubricTitle: string;
  /** The rubric's source document, e.g. 国质检质函〔2009〕203号. */
  readonly rubricSource: string;
  readonly sheetName: string;
  /** The workbook's file name, when the report is made from a file. */
  readonly file?: string;
  /** Sum of the valid scores, in points. */
  readonly total: number;
  /** The rubric's total points (1000 for the 2009 guide). */
  readonly points: number;
  /** Total points less optional criteria marked 不适用, in points. */
  readonly applicablePoints: number;
  /** total / applicablePoints, 0 to 1. */
  readonly rate: number;
  /** The total re-scaled to the rubric's `scale`, when it has one. */
  readonly rescaled?: { readonly value: number; readonly scale: number };
  /** 评价等级, when the rubric has grade bands. */
  readonly grade?: string;
  /** The 一票否决 conditions marked 是, with their text: any one gives the lowest grade. */
  readonly vetoes: readonly { readonly code: string; readonly text: string }[];
}

export interface ReportCategory {
  readonly code: string;
  readonly name: string;
  /** 分值 (cap), in points. */
  readonly cap: number;
  /** The cap less optional criteria marked 不适用, in points. */
  readonly applicablePoints: number;
  /** Sum of the valid scores, in points. */
  readonly score: number;
  /** score / applicablePoints, 0 to 1; 0 when nothing applies. */
  readonly rate: number;
}

export interface Deduction {
  /** Criterion code, e.g. "3.6.2". */
  readonly code: string;
  /** The criterion's text, from the rubric. */
  readonly text: string;
  readonly cap: number;
  readonly score: number;
  /** cap − score, in points. */
  readonly lost: number;
  /** The 扣分说明 cell as text; "" when empty or when the table has no such column. */
  readonly note: string;
  /** A1 address of the 得分 cell. */
  readonly address: string;
}

export interface CriterionCell {
  readonly code: string;
  /** A1 address of the cell the finding is on. */
  readonly address: string;
}

export interface ReportSource {
  readonly check: TableCheck;
  readonly rubric: Rubric;
  readonly sheetName: string;
  readonly file?: string;
  /** The sheet's 省/市 line. */
  readonly place?: { readonly province: string; readonly city: string };
  /** 一票否决 cells by veto code (是/否), as read from the sheet; none means no veto is marked. */
  readonly veto?: ReadonlyMap<string, unknown>;
  /** The sign-off line as filled on the sheet (readSignOff); blank without it. */
  readonly signOff?: SignOff;
  /** The panel behind a summary sheet (checkSummary); `check` then holds the consolidated scores. */
  readonly panel?: SummaryPanel;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)).trim();
}

/**
 * The report of a checked sheet. Totals, rates, grade and applicable points
 * come from the checks' summary and `assessCheck` (src/scoring/assessCheck.ts): invalid
 * scores (over the cap, negative, text) are left out of the sums, as in the
 * checks, and their findings are listed. A criterion marked 不适用 is neither a
 * deduction nor unscored; an optional one leaves the applicable points.
 */
export function buildReport(source: ReportSource): ReportModel {
  const { check, rubric } = source;
  const { summary, findings, table } = check;
  const assessment = assessCheck(check, rubric, source.veto);

  const categories = rubric.categories.map((category): ReportCategory => {
    const summed = summary.categories.find((c) => c.code === category.code);
    const applicable = assessment.categories.find((c) => c.code === category.code)?.applicablePoints ?? category.points;
    const score = summed?.score ?? 0;
    return { code: category.code, name: category.name, cap: category.points, applicablePoints: applicable, score, rate: applicable > 0 ? score / applicable : 0 };
  });

  const rows = new Map(table.rows.map((row) => [row.code, row] as const));
  const deductions: Deduction[] = [];
  for (const criterion of rubric.criteria) {
    const row = rows.get(criterion.code);
    if (row === undefined || isNotApplicable(row.score)) continue;
    const parsed = parseScore(row.score);
    if (parsed.kind !== "number" || parsed.value < 0 || parsed.value >= criterion.points) continue;
    deductions.push({
      code: criterion.code,
      text: criterion.text,
      cap: criterion.points,
      score: parsed.value,
      lost: roundPoints(criterion.points - parsed.value),
      note: cellText(row.note),
      address: cellAddress(row.row + check.origin.row, (table.columns.score as number) + check.origin.col),
    });
  }

  const listed = (kind: Finding["kind"]) => findings.filter((f) => f.kind === kind).map((f) => ({ code: f.code, address: f.address }));
  const unscored = listed("unscored").filter((c) => !isNotApplicable(rows.get(c.code)?.score));
  const vetoText = new Map(rubric.veto.map((v) => [v.code, v.text] as const));
  return {
    header: {
      province: source.place?.province ?? "",
      city: source.place?.city ?? "",
      rubricTitle: rubric.title,
      rubricSource: rubric.source,
      sheetName: source.sheetName,
      ...(source.file !== undefined && { file: source.file }),
      total: summary.total,
      points: rubric.totalPoints,
      applicablePoints: assessment.applicablePoints,
      rate: assessment.applicablePoints > 0 ? summary.total / assessment.applicablePoints : 0,
      ...(assessment.rescaled !== undefined && rubric.scale !== undefined && { rescaled: { value: roundPoints(assessment.rescaled), scale: rubric.scale } }),
      ...(assessment.grade !== undefined && { grade: assessment.grade }),
      vetoes: assessment.vetoed.map((code) => ({ code, text: vetoText.get(code) ?? "" })),
    },
    categories,
    deductions,
    pointsLost: roundPoints(deductions.reduce((sum, d) => sum + d.lost, 0)),
    missingEvidence: listed("missing-evidence"),
    hasEvidenceColumn: table.columns.evidence !== undefined,
    unscored,
    findings: findings.filter((f) => f.kind !== "unscored" && f.kind !== "missing-evidence"),
    scored: summary.scored,
    criteria: summary.criteria,
    signOff: source.signOff ?? BLANK_SIGN_OFF,
    ...(source.panel !== undefined && { panel: reportPanel(source.panel) }),
  };
}

function reportPanel(panel: SummaryPanel): ReportPanel {
  const member = (m: SummaryPanel["experts"][number], self: boolean): PanelMember => ({
    name: self ? "" : m.name,
    self,
    total: roundPoints(m.total),
    scored: m.scored,
    hasSheet: m.sheet !== undefined && m.sheet !== "",
  });
  return {
    method: panel.method,
    members: [...panel.experts.map((m) => member(m, false)), ...(panel.self !== undefined ? [member(panel.self, true)] : [])],
    findings: PANEL_FINDING_KINDS.flatMap((kind) => panel.findings.filter((f) => f.kind === kind)),
  };
}
