import type { Locale } from "../table/locale";
import { COLUMN_KINDS } from "../table/schema";
import { SUMMARY_TOTAL_LABELS } from "../table/summaryLabels";

/** The sheet's own words (title, labels, messages) in each locale; the rubric text itself is never translated. */
export interface SheetText {
  readonly sheetName: string;
  readonly title: string;
  readonly provinceLabel: string;
  readonly cityLabel: string;
  readonly grandTotalLabel: string;
  readonly pointsUnit: string;
  /** The unit as a number-format suffix, when it must share the total's cell. */
  readonly pointsUnitSuffix: string;
  readonly summaryTitle: string;
  readonly summaryHeaders: { readonly section: string; readonly cap: string; readonly score: string; readonly rate: string };
  readonly summaryTotal: string;
  readonly footer: string;
  readonly scoreErrorTitle: string;
  /** The 得分 validation message for a row whose 分值 is `cap` points. */
  scoreError(cap: number): string;
  readonly scorePromptTitle: string;
  scorePrompt(cap: number): string;
}

export const SHEET_TEXT: Record<Locale, SheetText> = {
  "zh-CN": {
    sheetName: "质量兴市评价",
    title: "质量兴市绩效评价指南（试行）",
    provinceLabel: "省（自治区、直辖市）",
    cityLabel: "市（区、县）",
    grandTotalLabel: "总评分：",
    pointsUnit: "分",
    pointsUnitSuffix: "分",
    summaryTitle: "得分汇总",
    summaryHeaders: { section: COLUMN_KINDS.category.titles["zh-CN"], cap: COLUMN_KINDS.points.titles["zh-CN"], score: COLUMN_KINDS.score.titles["zh-CN"], rate: "得分率" },
    summaryTotal: SUMMARY_TOTAL_LABELS["zh-CN"],
    footer: "第 &P 页 共 &N 页",
    scoreErrorTitle: "得分超出分值",
    scoreError: (cap) => `得分须为 0 到 ${cap} 之间的数值：本项分值为 ${cap} 分。`,
    scorePromptTitle: "得分",
    scorePrompt: (cap) => `请输入 0～${cap} 分`,
  },
  "en-US": {
    sheetName: "QCity Assessment",
    title: "Quality City Performance Evaluation Guide (Trial)",
    provinceLabel: "Province",
    cityLabel: "City",
    grandTotalLabel: "Total score:",
    pointsUnit: "pts",
    pointsUnitSuffix: " pts",
    summaryTitle: "Score summary",
    summaryHeaders: { section: COLUMN_KINDS.category.titles["en-US"], cap: COLUMN_KINDS.points.titles["en-US"], score: COLUMN_KINDS.score.titles["en-US"], rate: "Rate" },
    summaryTotal: SUMMARY_TOTAL_LABELS["en-US"],
    footer: "Page &P of &N",
    scoreErrorTitle: "Score above the cap",
    scoreError: (cap) => `The score must be a number from 0 to ${cap}: this criterion is worth ${cap} points.`,
    scorePromptTitle: "Score",
    scorePrompt: (cap) => `Enter 0 to ${cap} points`,
  },
};
