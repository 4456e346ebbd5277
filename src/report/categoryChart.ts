import * as echarts from "echarts";
import type { ReportCategory } from "./reportModel";

export interface CategoryChartOptions {
  /** Size of the drawing, in CSS pixels. */
  readonly width?: number;
  readonly height?: number;
}

const FONT = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';
const BAR_COLOR = "#2f5597";

/**
 * The category score rates as a bar chart, one bar per 评价项目 (height: the
 * rate in percent, 0 to 100; label: the rate with one decimal), rendered to an
 * SVG string by ECharts' server-side renderer: no DOM, no browser, no
 * animation. The bars carry ECharts' `ecmeta_data_index` attribute (the
 * category's index).
 */
export function categoryChartSvg(categories: readonly ReportCategory[], options: CategoryChartOptions = {}): string {
  const width = options.width ?? 640;
  const height = options.height ?? 260;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: FONT },
      grid: { left: 48, right: 16, top: 28, bottom: 48 },
      xAxis: {
        type: "category",
        data: categories.map((c) => `${c.code} ${c.name}`),
        axisTick: { alignWithLabel: true },
        axisLabel: { fontSize: 12, color: "#333", interval: 0 },
      },
      yAxis: { type: "value", min: 0, max: 100, interval: 20, axisLabel: { formatter: "{value}%", color: "#555" } },
      series: [
        {
          type: "bar",
          barMaxWidth: 56,
          itemStyle: { color: BAR_COLOR },
          data: categories.map((c) => percent(c.rate)),
          label: { show: true, position: "top", formatter: "{c}%", fontSize: 12, color: "#222" },
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** A rate (0 to 1) in percent, one decimal, as the bar's value and label. */
function percent(rate: number): number {
  return Math.round(rate * 1000) / 10;
}
