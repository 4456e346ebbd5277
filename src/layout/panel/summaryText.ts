import type { ConsensusMethod } from "../../scoring/panel/consensus";
import type { Locale } from "../../table/locale";

/** The summary sheet's own words in each locale. */
export interface SummaryText {
  readonly sheetName: string;
  readonly title: string;
  readonly methodLabel: string;
  readonly methods: Record<ConsensusMethod, string>;
  /** Said beside the trimmed mean: below 5 scores a criterion takes the mean. */
  readonly trimmedFallback: string;
  readonly roundingLabel: string;
  rounding(decimals: number, mode: "display" | "round"): string;
  readonly spreadThresholdLabel: string;
  readonly selfThresholdLabel: string;
  readonly headers: {
    readonly self: string;
    readonly spread: string;
    readonly scored: string;
    readonly disagreement: string;
    readonly selfAbove: string;
    readonly unscored: string;
  };
  readonly totalsLabel: string;
  readonly nameSeparator: string;
  readonly listSeparator: string;
}

export const SUMMARY_TEXT: Record<Locale, SummaryText> = {
  "zh-CN": {
    sheetName: "汇总表",
    title: "质量兴市绩效评价汇总表",
    methodLabel: "汇总方法：",
    methods: { mean: "平均", trimmed: "去掉一个最高分和一个最低分后平均", median: "中位数" },
    trimmedFallback: "（打分专家不足 5 位的准则取平均）",
    roundingLabel: "小数位数：",
    rounding: (d, mode) => (mode === "round" ? `每项汇总得分四舍五入到 ${d} 位小数，合计为舍入后得分之和` : `显示 ${d} 位小数；单元格保留完整数值，合计不舍入`),
    spreadThresholdLabel: "专家分歧阈值（占分值）",
    selfThresholdLabel: "自评偏高阈值（占分值）",
    headers: { self: "自评得分", spread: "极差", scored: "评分人数", disagreement: "专家分歧", selfAbove: "自评偏高", unscored: "专家未打分" },
    totalsLabel: "合计",
    nameSeparator: "：",
    listSeparator: "、",
  },
  "en-US": {
    sheetName: "Summary",
    title: "Quality City Performance Evaluation: Panel Summary",
    methodLabel: "Method:",
    methods: { mean: "Mean", trimmed: "Mean without one highest and one lowest score", median: "Median" },
    trimmedFallback: " (criteria scored by fewer than 5 experts take the mean)",
    roundingLabel: "Decimals:",
    rounding: (d, mode) =>
      mode === "round" ? `Each consolidated score rounded to ${d} decimals; totals add the rounded scores` : `${d} decimals shown; cells keep full values, totals are not rounded`,
    spreadThresholdLabel: "Disagreement threshold (share of points)",
    selfThresholdLabel: "Self-assessment threshold (share of points)",
    headers: { self: "Self-assessment", spread: "Spread", scored: "Experts scored", disagreement: "Experts disagree", selfAbove: "Self too high", unscored: "Not scored by" },
    totalsLabel: "Total",
    nameSeparator: ": ",
    listSeparator: ", ",
  },
};

/** The consolidation method as the summary's title rows name it, with the trimmed mean's fallback. */
export function methodLabel(method: ConsensusMethod, locale: Locale): string {
  const text = SUMMARY_TEXT[locale];
  return `${text.methods[method]}${method === "trimmed" ? text.trimmedFallback : ""}`;
}
