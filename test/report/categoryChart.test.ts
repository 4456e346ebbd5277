import { categoryChartSvg } from "../../src/report/categoryChart";
import type { ReportCategory } from "../../src/report/reportModel";

const category = (code: string, name: string, cap: number, score: number): ReportCategory => ({ code, name, cap, applicablePoints: cap, score, rate: score / cap });

const CATEGORIES = [category("1", "领导重视", 140, 130), category("2", "组织落实", 90, 45), category("3", "措施到位", 465, 465), category("4", "成效显著", 305, 0)];

/** The bars ECharts drew: `<path d="Mx y l w 0 l 0 -h …" ecmeta_data_index="i" …>`, with their heights in pixels. */
function bars(svg: string): { index: number; height: number }[] {
  return [...svg.matchAll(/<path d="M[\d.]+ [\d.]+l[\d.]+ 0l0 (-?[\d.]+)l[^"]*"[^>]*ecmeta_data_index="(\d+)"[^>]*ecmeta_ssr_type="chart"/g)].map((m) => ({
    index: Number(m[2]),
    height: Math.abs(Number(m[1])),
  }));
}

/** The y of an axis label such as "100%" (its translate). */
function labelY(svg: string, text: string): number {
  const m = new RegExp(`translate\\([\\d.]+ ([\\d.]+)\\)"[^>]*>${text}</text>`).exec(svg);
  if (!m) throw new Error(`no axis label ${text}`);
  return Number(m[1]);
}

describe("categoryChartSvg", () => {
  const svg = categoryChartSvg(CATEGORIES, { width: 640, height: 260 });

  it("is one SVG document drawn without a DOM, of the size asked", () => {
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('width="640" height="260"');
    expect(svg).not.toMatch(/<script/i);
  });

  it("draws one bar per category, its height the category's rate on a 0–100% axis", () => {
    const drawn = bars(svg);
    const zero = labelY(svg, "0%");
    const full = labelY(svg, "100%");
    const pixelsPerPercent = (zero - full) / 100;
    expect(drawn.map((b) => b.index)).toEqual([0, 1, 2, 3]);
    expect(drawn.map((b) => Math.round((b.height / pixelsPerPercent) * 10) / 10)).toEqual([92.9, 50, 100, 0]);
  });

  it("labels each bar with its rate and each category with its code and name", () => {
    for (const label of ["92.9%", "50%", "100%", "0%"]) expect(svg).toContain(`>${label}</text>`);
    for (const name of ["1 领导重视", "2 组织落实", "3 措施到位", "4 成效显著"]) expect(svg).toContain(`>${name}</text>`);
  });
});
