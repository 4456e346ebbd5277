import { panelLayouts, type PanelMember } from "../../src/layout/panel/panelLayouts";
import { buildReport } from "../../src/report/reportModel";
import { buildReportSheet } from "../../src/report/reportSheet";
import { checkSheet } from "../../src/scoring/checkTable";
import { checkSummary, type WorkbookSheet } from "../../src/scoring/panel/summaryPanel";
import { layoutFormulas, layoutGrid } from "../helpers/layoutGrid";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const criteria = OFFICIAL_RUBRIC.criteria;
const member = (name: string, share: (i: number) => number | null): PanelMember => ({
  name,
  sheetName: name,
  entries: new Map(criteria.flatMap((c, i) => (share(i) === null ? [] : [[c.code, { score: c.points * (share(i) as number), evidence: "材料", note: null }] as const]))),
});

/** The report model of a panel's summary, its sheets read as a file saved without calculated values. */
function panelReport(method: "mean" | "trimmed", experts: PanelMember[], self?: PanelMember) {
  const { sheets } = panelLayouts(OFFICIAL_RUBRIC, { experts, ...(self && { self }), method });
  const read: WorkbookSheet[] = sheets.map((l) => ({ name: l.sheetName, snapshot: { values: layoutGrid(l), formulas: layoutFormulas(l), ...(l.marker && { marker: l.marker }) } }));
  const summary = read[0] as WorkbookSheet;
  const result = checkSheet(summary.snapshot, { rubric: OFFICIAL_RUBRIC });
  if (!result.ok) throw new Error("no table");
  const { check, panel } = checkSummary(summary, result.check, read, OFFICIAL_RUBRIC, "zh-CN");
  return buildReport({ check, rubric: OFFICIAL_RUBRIC, sheetName: summary.name, panel });
}

describe("the report of a panel's summary", () => {
  it("lists the experts in the summary's order, then 自评; the findings by kind", () => {
    // 王五 left the last criterion blank: 专家未打分; 自评 well above on the first criterion: 自评偏高.
    const model = panelReport("mean", [member("张三", () => 0.6), member("李四", () => 0.6), member("王五", (i) => (i === criteria.length - 1 ? null : 0.6))], member("自评", (i) => (i === 0 ? 1 : 0.6)));
    const last = criteria[criteria.length - 1]!;
    expect(model.panel?.method).toBe("mean");
    expect(model.panel?.members.map((m) => [m.name, m.self, m.total, m.scored, m.hasSheet])).toEqual([
      ["张三", false, 600, 98, true],
      ["李四", false, 600, 98, true],
      ["王五", false, 600 - 0.6 * last.points, 97, true],
      ["", true, 600 + 0.4 * criteria[0]!.points, 98, true],
    ]);
    expect(model.panel?.findings.map((f) => [f.kind, f.code])).toEqual([
      ["self-above", criteria[0]!.code],
      ["expert-unscored", last.code],
    ]);
    expect(model.header.total).toBeCloseTo(600);
  });

  it("shows the same on the 评价报告 sheet: the method, each member's total, and each finding with its kind", () => {
    const model = panelReport("trimmed", [member("张三", () => 0.6), member("李四", () => 0.6)], member("自评", (i) => (i === 0 ? 1 : 0.6)));
    const cells = buildReportSheet(model, "zh-CN").content.cells;
    const at = (first: unknown) => cells.findIndex((line) => line[0] === first);
    expect(cells[at("专家评审")]?.[0]).toBe("专家评审");
    expect(cells[at("汇总方法")]?.[1]).toBe("去掉一个最高分和一个最低分后平均（打分专家不足 5 位的准则取平均）");
    expect(cells.slice(at("评分人"), at("评分人") + 4).map((l) => l.slice(0, 3))).toEqual([
      ["评分人", "合计", "已打分"],
      ["张三", 600, "98 / 98"],
      ["李四", 600, "98 / 98"],
      ["自评", 600 + 0.4 * criteria[0]!.points, "98 / 98"],
    ]);
    const finding = cells.find((l) => typeof l[0] === "string" && l[0].startsWith(`${criteria[0]!.code} 自评偏高`));
    expect(finding?.[1]).toBe("自评偏高");
  });
});
