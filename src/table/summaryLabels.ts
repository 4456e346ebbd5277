import type { Locale } from "./locale";

/**
 * The label of the summary block's last line (合计), which the layout writes
 * and the reader finds; the block's other titles are the 评价项目 and 得分
 * columns' titles.
 */
export const SUMMARY_TOTAL_LABELS: Readonly<Record<Locale, string>> = { "zh-CN": "合计", "en-US": "Total" };
