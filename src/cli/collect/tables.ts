import type { Locale } from "../../table/locale";
import type { FindingKind } from "../../scoring/findings";
import { KIND_TITLES } from "../../scoring/messages";
import type { PanelFindingKind } from "../../scoring/panel/panelFindings";
import { PANEL_KIND_TITLES } from "../../scoring/panel/panelMessages";
import { SEVERITY_TITLES } from "../checkReport";
import type { PlainColumn, PlainTable, PlainValue } from "../../xlsx/tablesWorkbook";
import type { CategoryScore, CollectedFinding, CollectedSheet, UnreadableFile } from "./types";

/** A cell of an output table: text, a number of points, or nothing. */
export type OutputValue = PlainValue;

/** A column of an output table: its title, its key in the JSON output, how Excel shows it. */
export interface OutputColumn extends PlainColumn {
  readonly key: string;
}

/** One output table: what the 汇总, 问题清单 and 无法读取 sheets hold, and what --csv writes of the first. */
export interface OutputTable extends PlainTable {
  readonly columns: readonly OutputColumn[];
}

/** Points with up to two decimals (half and quarter points), always one: 95.0, 12.5. */
const POINTS = "0.0#";
const COUNT = "0";

const TITLES = {
  "zh-CN": {
    sheets: { summary: "汇总", findings: "问题清单", unreadable: "无法读取" },
    file: "文件",
    sheet: "工作表",
    province: "省（自治区、直辖市）",
    city: "市（区、县）",
    role: "角色",
    assessor: "评价人",
    rubricId: "评价标准",
    total: "总评分",
    applicablePoints: "适用分值",
    rescaled: "折算得分",
    grade: "评价等级",
    veto: "一票否决",
    scored: "已打分项",
    criteria: "评价准则数",
    findingCount: "问题数",
    cell: "单元格",
    severity: "严重程度",
    kind: "问题类型",
    code: "评价准则编号",
    message: "说明",
    reason: "原因",
  },
  "en-US": {
    sheets: { summary: "Summary", findings: "Findings", unreadable: "Unreadable" },
    file: "File",
    sheet: "Sheet",
    province: "Province",
    city: "City",
    role: "Role",
    assessor: "Assessor",
    rubricId: "Rubric",
    total: "Total",
    applicablePoints: "Applicable points",
    rescaled: "Re-scaled total",
    grade: "Grade",
    veto: "Veto",
    scored: "Scored",
    criteria: "Criteria",
    findingCount: "Findings",
    cell: "Cell",
    severity: "Severity",
    kind: "Kind",
    code: "Criterion",
    message: "Message",
    reason: "Reason",
  },
} as const;

/** The categories of every sheet, in the order first met: the category columns of the roll-up. */
export function categoryColumns(sheets: readonly CollectedSheet[]): CategoryScore[] {
  const seen = new Map<string, CategoryScore>();
  for (const sheet of sheets) for (const c of sheet.categories) if (!seen.has(`${c.code} ${c.name}`)) seen.set(`${c.code} ${c.name}`, c);
  return [...seen.values()];
}

/**
 * A category column's JSON key: category3; with the name as well (category1 质量工作组织)
 * where sheets of different rubrics bring two categories of the same code.
 */
function categoryKey(category: CategoryScore, all: readonly CategoryScore[]): string {
  const shared = all.filter((c) => c.code === category.code).length > 1;
  return shared ? `category${category.code} ${category.name}` : `category${category.code}`;
}

const blankIfUndefined = (value: number | undefined): OutputValue => value ?? null;

/**
 * The roll-up: one row per collected sheet (file, sheet, province, city, role,
 * assessor, rubric id, total, applicable points, re-scaled total, grade, veto,
 * scored criteria, criteria, findings, then one column per category with its
 * score in points). A category a sheet's rubric lacks is blank.
 */
export function summaryTable(sheets: readonly CollectedSheet[], locale: Locale): OutputTable {
  const t = TITLES[locale];
  const categories = categoryColumns(sheets);
  const columns: OutputColumn[] = [
    { title: t.file, key: "file", width: 36 },
    { title: t.sheet, key: "sheet", width: 16 },
    { title: t.province, key: "province", width: 14 },
    { title: t.city, key: "city", width: 14 },
    { title: t.role, key: "role", width: 10 },
    { title: t.assessor, key: "assessor", width: 12 },
    { title: t.rubricId, key: "rubricId", width: 14 },
    { title: t.total, key: "total", width: 10, numberFormat: POINTS },
    { title: t.applicablePoints, key: "applicablePoints", width: 10, numberFormat: POINTS },
    { title: t.rescaled, key: "rescaled", width: 10, numberFormat: POINTS },
    { title: t.grade, key: "grade", width: 10 },
    { title: t.veto, key: "veto", width: 16 },
    { title: t.scored, key: "scored", numberFormat: COUNT, width: 9 },
    { title: t.criteria, key: "criteria", numberFormat: COUNT, width: 9 },
    { title: t.findingCount, key: "findings", numberFormat: COUNT, width: 8 },
    ...categories.map((c) => ({ title: `${c.code}${c.name}`, key: categoryKey(c, categories), width: Math.max(10, c.name.length * 2 + 2), numberFormat: POINTS })),
  ];
  const rows = sheets.map((s): OutputValue[] => [
    s.file,
    s.sheet,
    s.province,
    s.city,
    s.role,
    s.assessor,
    s.rubricId,
    s.total,
    blankIfUndefined(s.applicablePoints),
    blankIfUndefined(s.rescaled),
    s.grade,
    s.veto,
    s.scored,
    s.criteria,
    s.findings,
    ...categories.map((c) => s.categories.find((own) => own.code === c.code && own.name === c.name)?.score ?? null),
  ]);
  return { sheetName: t.sheets.summary, columns, rows };
}

/** 问题清单: every finding (file, sheet, cell, severity, kind, criterion code, message), a summary's panel findings too, in file and sheet order. */
export function findingsTable(findings: readonly CollectedFinding[], locale: Locale): OutputTable {
  const t = TITLES[locale];
  const columns: OutputColumn[] = [
    { title: t.file, key: "file", width: 36 },
    { title: t.sheet, key: "sheet", width: 16 },
    { title: t.cell, key: "cell", width: 8 },
    { title: t.severity, key: "severity", width: 9 },
    { title: t.kind, key: "kind", width: 14 },
    { title: t.code, key: "code", width: 12 },
    { title: t.message, key: "message", width: 70 },
  ];
  const kindTitle = (kind: CollectedFinding["kind"]) => (kind in PANEL_KIND_TITLES[locale] ? PANEL_KIND_TITLES[locale][kind as PanelFindingKind] : KIND_TITLES[locale][kind as FindingKind]);
  const rows = findings.map((f): OutputValue[] => [f.file, f.sheet, f.cell, SEVERITY_TITLES[locale][f.severity], kindTitle(f.kind), f.code, f.message]);
  return { sheetName: t.sheets.findings, columns, rows };
}

/** 无法读取: each file (or sheet) that could not be collected, with the reason. */
export function unreadableTable(unreadable: readonly UnreadableFile[], locale: Locale): OutputTable {
  const t = TITLES[locale];
  const columns: OutputColumn[] = [
    { title: t.file, key: "file", width: 36 },
    { title: t.sheet, key: "sheet", width: 16 },
    { title: t.reason, key: "reason", width: 80 },
  ];
  return { sheetName: t.sheets.unreadable, columns, rows: unreadable.map((u) => [u.file, u.sheet, u.reason]) };
}
