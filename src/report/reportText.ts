import type { Locale } from "../table/locale";
import type { PanelMember } from "./reportModel";

/** The report's own words in each locale; the rubric's text and the sheet's contents are shown as written. */
export interface ReportText {
  readonly title: string;
  readonly place: string;
  readonly province: string;
  readonly city: string;
  readonly rubric: string;
  readonly sheet: string;
  readonly file: string;
  readonly total: string;
  readonly applicablePoints: string;
  readonly rate: string;
  readonly rescaled: (scale: number) => string;
  readonly grade: string;
  readonly veto: string;
  readonly vetoApplies: string;
  readonly scored: string;
  readonly categoriesTitle: string;
  readonly chartTitle: string;
  readonly category: string;
  readonly cap: string;
  readonly score: string;
  readonly applicable: string;
  readonly sum: string;
  readonly deductionsTitle: string;
  readonly criterion: string;
  /** The deduction table's first title on the 评价报告 sheet: not 评价准则, so that no reader takes that sheet for a rubric table. */
  readonly deductedCriterion: string;
  readonly lost: string;
  readonly note: string;
  readonly cell: string;
  readonly noNote: string;
  readonly noDeductions: string;
  readonly deductionsTotal: (count: number, lost: string) => string;
  readonly missingEvidenceTitle: string;
  readonly noMissingEvidence: string;
  readonly noEvidenceColumn: string;
  readonly unscoredTitle: string;
  readonly noUnscored: string;
  readonly count: (n: number) => string;
  readonly findingsTitle: string;
  readonly noFindings: string;
  readonly kind: string;
  readonly message: string;
  readonly severity: { readonly error: string; readonly warning: string; readonly info: string };
  readonly panelTitle: string;
  readonly method: string;
  readonly member: string;
  readonly memberTotal: string;
  readonly memberScored: string;
  readonly self: string;
  readonly noMemberSheet: string;
  readonly panelFindingsTitle: string;
  readonly noPanelFindings: string;
  readonly signOffTitle: string;
  readonly assessor: string;
  readonly reviewer: string;
  readonly date: string;
  readonly generated: (date: string) => string;
  readonly points: (value: string) => string;
  readonly listSeparator: string;
  /** Text in brackets after a name: "（…）" or " (…)". */
  readonly paren: (text: string) => string;
  readonly colon: string;
}

export const REPORT_TEXT: Record<Locale, ReportText> = {
  "zh-CN": {
    title: "质量兴市绩效评价报告",
    place: "评价对象",
    province: "省（自治区、直辖市）",
    city: "市（区、县）",
    rubric: "评价标准",
    sheet: "工作表",
    file: "文件",
    total: "总评分",
    applicablePoints: "适用分值",
    rate: "得分率",
    rescaled: (scale) => `折算得分（${scale} 分制）`,
    grade: "评价等级",
    veto: "一票否决",
    vetoApplies: "适用一票否决，评价等级为最低等级",
    scored: "已打分",
    categoriesTitle: "分项得分",
    chartTitle: "各评价项目得分率",
    category: "评价项目",
    cap: "分值",
    score: "得分",
    applicable: "适用分值",
    sum: "合计",
    deductionsTitle: "扣分情况",
    criterion: "评价准则",
    deductedCriterion: "扣分项",
    lost: "扣分",
    note: "扣分说明",
    cell: "单元格",
    noNote: "（未填写扣分说明）",
    noDeductions: "没有扣分项。",
    deductionsTotal: (count, lost) => `共 ${count} 项扣分，合计扣 ${lost} 分。`,
    missingEvidenceTitle: "缺少佐证材料",
    noMissingEvidence: "已打分的评价准则都有佐证材料。",
    noEvidenceColumn: "评价表没有“佐证材料”列。",
    unscoredTitle: "未打分",
    noUnscored: "全部评价准则均已打分。",
    count: (n) => `共 ${n} 项：`,
    findingsTitle: "检查发现的问题",
    noFindings: "没有其他问题。",
    kind: "类型",
    message: "说明",
    severity: { error: "错误", warning: "警告", info: "提示" },
    panelTitle: "专家评审",
    method: "汇总方法",
    member: "评分人",
    memberTotal: "合计",
    memberScored: "已打分",
    self: "自评",
    noMemberSheet: "工作簿中没有其评分表",
    panelFindingsTitle: "评审问题（专家分歧、自评偏高等）",
    noPanelFindings: "没有专家分歧、自评偏高等评审问题。",
    signOffTitle: "签字",
    assessor: "评价人",
    reviewer: "复核人",
    date: "日期",
    generated: (date) => `由质量兴市评价助手于 ${date} 生成`,
    points: (value) => `${value} 分`,
    listSeparator: "、",
    paren: (text) => `（${text}）`,
    colon: "：",
  },
  "en-US": {
    title: "Quality City Performance Evaluation Report",
    place: "Assessed",
    province: "Province",
    city: "City",
    rubric: "Rubric",
    sheet: "Sheet",
    file: "File",
    total: "Total score",
    applicablePoints: "Applicable points",
    rate: "Score rate",
    rescaled: (scale) => `Re-scaled total (out of ${scale})`,
    grade: "Grade",
    veto: "Veto",
    vetoApplies: "a veto applies: the grade is the lowest",
    scored: "Scored",
    categoriesTitle: "Scores by category",
    chartTitle: "Score rate by category",
    category: "Category",
    cap: "Points",
    score: "Score",
    applicable: "Applicable",
    sum: "Total",
    deductionsTitle: "Deductions",
    criterion: "Criterion",
    deductedCriterion: "Deducted item",
    lost: "Lost",
    note: "Deduction note",
    cell: "Cell",
    noNote: "(no deduction note)",
    noDeductions: "No points were deducted.",
    deductionsTotal: (count, lost) => `${count} ${count === 1 ? "deduction" : "deductions"}, ${lost} points lost in all.`,
    missingEvidenceTitle: "Missing evidence",
    noMissingEvidence: "Every scored criterion has evidence.",
    noEvidenceColumn: "The table has no Evidence column.",
    unscoredTitle: "Not scored",
    noUnscored: "Every criterion is scored.",
    count: (n) => `${n}: `,
    findingsTitle: "Other findings of the checks",
    noFindings: "No other findings.",
    kind: "Kind",
    message: "Message",
    severity: { error: "error", warning: "warning", info: "info" },
    panelTitle: "Panel",
    method: "Consolidation",
    member: "Scored by",
    memberTotal: "Total",
    memberScored: "Scored",
    self: "Self-assessment",
    noMemberSheet: "no score sheet of theirs in the workbook",
    panelFindingsTitle: "Panel findings (disagreement, self-assessment too high…)",
    noPanelFindings: "No panel findings (disagreement, self-assessment too high…).",
    signOffTitle: "Sign-off",
    assessor: "Assessor",
    reviewer: "Reviewer",
    date: "Date",
    generated: (date) => `Generated by QCity Assessor on ${date}`,
    points: (value) => `${value} pts`,
    listSeparator: ", ",
    paren: (text) => ` (${text})`,
    colon: ": ",
  },
};


/** A panel member's name as the report shows it: 自评 for the self-assessment, and a note when their sheet is missing. */
export function memberName(member: PanelMember, t: ReportText): string {
  const name = member.self ? t.self : member.name;
  return member.hasSheet ? name : `${name}${t.paren(t.noMemberSheet)}`;
}

/** The grade as the sheet's grade cell shows it: "D（一票否决）" when a veto applies. */
export function vetoedGrade(header: { readonly grade?: string; readonly vetoes: readonly unknown[] }, t: ReportText): string {
  return header.vetoes.length > 0 ? `${header.grade ?? ""}${t.paren(t.veto)}` : (header.grade ?? "");
}

/** Points as the sheet shows them: at most two decimals, no trailing zeros (92.5, 40). */
export function formatPoints(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A rate (0 to 1) as a percentage with one decimal: 0.92857 → "92.9%". */
export function formatRate(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
