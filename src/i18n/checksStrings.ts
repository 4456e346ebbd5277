import type { FindingKind } from "../scoring/findings";
import { INVALID_LEFT_OUT, KIND_TITLES } from "../scoring/messages";
import type { EvidenceColumnsRefusal } from "../scoring/planEvidenceColumns";
import type { Locale } from "../table/locale";
import type { PanelFindingKind } from "../scoring/panel/panelFindings";
import { PANEL_KIND_TITLES } from "../scoring/panel/panelMessages";

/** The checks panel's text. */
export interface ChecksStrings {
  readonly kinds: Record<FindingKind, string>;
  readonly recheck: string;
  readonly clearHighlights: string;
  readonly addEvidenceColumns: string;
  readonly fixNumberText: string;
  readonly findings: string;
  readonly summary: string;
  readonly total: string;
  readonly scored: string;
  readonly checking: string;
  readonly clean: (sheet: string) => string;
  readonly noTable: (sheet: string) => string;
  readonly cleared: (count: number) => string;
  readonly columnsAdded: (titles: readonly string[], columns: string) => string;
  readonly refused: Record<EvidenceColumnsRefusal, string>;
  readonly fixed: (changed: number, skipped: number) => string;
  readonly invalidLeftOut: (count: number) => string;
  /** The score chart's accessible name. */
  readonly chart: string;
  /** 生成评价报告. */
  readonly report: {
    readonly button: string;
    readonly busy: string;
    readonly hint: string;
    readonly added: (sheet: string) => string;
    readonly errorTitle: string;
  };
  /** One line when Excel could not read some of the sheet's conditional formats. */
  readonly unreadableFormats: (count: number) => string;
  /** On a summary sheet: the panel behind it. */
  readonly panel: {
    readonly heading: string;
    readonly kinds: Record<PanelFindingKind, string>;
    readonly settings: (method: string, spread: string, self: string) => string;
    readonly member: string;
    readonly total: string;
    readonly scored: string;
    readonly self: string;
    readonly noSheet: string;
    readonly clean: string;
  };
}

export const CHECKS_STRINGS: Record<Locale, ChecksStrings> = {
  "zh-CN": {
    kinds: KIND_TITLES["zh-CN"],
    recheck: "重新检查",
    clearHighlights: "清除突出显示",
    addEvidenceColumns: "添加佐证材料列",
    fixNumberText: "转换文本数字",
    findings: "检查结果",
    summary: "得分汇总",
    total: "总评分",
    scored: "已打分",
    checking: "正在检查…",
    clean: (sheet) => `工作表“${sheet}”没有发现问题。`,
    noTable: (sheet) => `工作表“${sheet}”中没有找到评价表：需要“评价准则”和“得分”表头。`,
    unreadableFormats: (count) => `Excel 无法读取此工作表的 ${count} 条条件格式规则，已跳过；检查照常进行，但其中若有本加载项的突出显示，可能未更新。`,
    cleared: (count) => (count > 0 ? `已清除 ${count} 处突出显示。` : "没有需要清除的突出显示。"),
    columnsAdded: (titles, columns) => `已在 ${columns} 列添加${titles.join("、")}。`,
    refused: {
      "no-table": "当前工作表中没有评价表，未添加列。",
      "already-present": "佐证材料和扣分说明列都已存在，未做改动。",
      "no-room": "表格右侧已到工作表最后一列，无法添加列。",
    },
    fixed: (changed, skipped) =>
      `已将 ${changed} 个单元格转换为数字。` + (skipped > 0 ? `另有 ${skipped} 个单元格在检查后已被修改，未转换。` : ""),
    invalidLeftOut: INVALID_LEFT_OUT["zh-CN"],
    chart: "各评价项目得分（得分 / 分值）",
    report: {
      button: "生成评价报告",
      busy: "正在生成…",
      hint: "把本表的评价报告（总评分、各项得分率图表、扣分情况、问题清单、签字栏）生成到一张新工作表，可直接打印。",
      added: (sheet) => `已生成评价报告：工作表“${sheet}”。`,
      errorTitle: "未能生成评价报告",
    },
    panel: {
      heading: "评审问题",
      kinds: PANEL_KIND_TITLES["zh-CN"],
      settings: (method, spread, self) => `汇总方法：${method}。专家分歧阈值 ${spread}，自评偏高阈值 ${self}（占分值）。`,
      member: "评价人",
      total: "合计",
      scored: "已打分",
      self: "自评",
      noSheet: "（没有评分表）",
      clean: "没有发现评审问题。",
    },
  },
  "en-US": {
    kinds: KIND_TITLES["en-US"],
    recheck: "Check again",
    clearHighlights: "Clear highlights",
    addEvidenceColumns: "Add evidence columns",
    fixNumberText: "Convert number text",
    findings: "Findings",
    summary: "Score summary",
    total: "Total score",
    scored: "Scored",
    checking: "Checking…",
    clean: (sheet) => `No problems found on sheet "${sheet}".`,
    noTable: (sheet) => `No rubric table on sheet "${sheet}": it needs the "评价准则" and "得分" headers.`,
    unreadableFormats: (count) =>
      `Excel could not read ${count} conditional formatting ${count === 1 ? "rule" : "rules"} on this sheet, so ${count === 1 ? "it was" : "they were"} skipped; the check ran, but any of the add-in's highlights among them may be out of date.`,
    cleared: (count) => (count > 0 ? `Removed ${count} highlight(s).` : "There were no highlights to remove."),
    columnsAdded: (titles, columns) => `Added ${titles.join(" and ")} in columns ${columns}.`,
    refused: {
      "no-table": "There is no rubric table on this sheet; no columns were added.",
      "already-present": "Both the evidence and deduction-note columns exist; nothing was changed.",
      "no-room": "The table reaches the sheet's last column; no columns can be added.",
    },
    fixed: (changed, skipped) =>
      `Converted ${changed} cell(s) to numbers.` + (skipped > 0 ? ` ${skipped} cell(s) changed since the check and were left alone.` : ""),
    invalidLeftOut: INVALID_LEFT_OUT["en-US"],
    chart: "Score by category (score / points)",
    report: {
      button: "Make the report",
      busy: "Making the report…",
      hint: "Writes this table's report (total, a chart of the category rates, deductions, findings, sign-off) to a new sheet, ready to print.",
      added: (sheet) => `Added the report on sheet "${sheet}".`,
      errorTitle: "The report could not be made",
    },
    panel: {
      heading: "Panel findings",
      kinds: PANEL_KIND_TITLES["en-US"],
      settings: (method, spread, self) => `Method: ${method}. Disagreement threshold ${spread}, self-assessment threshold ${self} (of the points).`,
      member: "Assessor",
      total: "Total",
      scored: "Scored",
      self: "Self-assessment",
      noSheet: " (no score sheet)",
      clean: "No panel findings.",
    },
  },
};
