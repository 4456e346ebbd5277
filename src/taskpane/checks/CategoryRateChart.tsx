import { HorizontalBarChart, type ChartProps } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import type { ScoreSummary } from "../../scoring/summary";

export interface CategoryRateChartProps {
  readonly summary: ScoreSummary;
  /** The chart's accessible name. */
  readonly label: string;
  /** Number formatting, e.g. "zh-CN". */
  readonly culture: string;
}

/**
 * 得分汇总 as a chart: one bar per 评价项目, filled to its score out of its
 * 分值, with "score/cap" beside it. @fluentui/react-charts is heavy (d3), so
 * this module is only ever loaded with import() (see ChecksSummary).
 */
export default function CategoryRateChart({ summary, label, culture }: CategoryRateChartProps) {
  const data: ChartProps[] = summary.categories.map((category) => ({
    chartTitle: `${category.code} ${category.name}`,
    chartData: [{ legend: `${category.code} ${category.name}`, horizontalBarChartdata: { x: category.score, total: category.cap }, color: tokens.colorBrandBackground }],
  }));
  return (
    <div role="figure" aria-label={label} data-chart="category-rates">
      <HorizontalBarChart data={data} chartDataMode="fraction" culture={culture} barHeight={14} />
    </div>
  );
}
