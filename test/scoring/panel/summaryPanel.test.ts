import { panelLayouts, type PanelMember } from "../../../src/layout/panel/panelLayouts";
import type { RowEntry } from "../../../src/layout/panel/filledSheet";
import type { WorksheetLayout } from "../../../src/layout/types";
import { checkSheet } from "../../../src/scoring/checkTable";
import type { ConsensusMethod } from "../../../src/scoring/panel/consensus";
import { checkSummary, type WorkbookSheet } from "../../../src/scoring/panel/summaryPanel";
import type { Locale } from "../../../src/table/locale";
import { layoutFormulas, layoutGrid } from "../../helpers/layoutGrid";
import { OFFICIAL_RUBRIC } from "../../helpers/rubrics";

const rubric = OFFICIAL_RUBRIC;
const criteria = rubric.criteria;

/** Each expert's score of criterion i: the cap scaled by a per-expert share, so totals are easy to compute here. */
function member(name: string, share: (i: number) => number | null): PanelMember {
  const entries = new Map<string, RowEntry>();
  criteria.forEach((c, i) => {
    const s = share(i);
    if (s !== null) entries.set(c.code, { score: c.points * s, evidence: "材料", note: null });
  });
  return { name, sheetName: name, entries };
}

/** The sheets as a reader returns a file saved without calculated values: formulas read as null. */
function sheetsOf(layouts: readonly WorksheetLayout[]): WorkbookSheet[] {
  return layouts.map((l) => ({ name: l.sheetName, snapshot: { values: layoutGrid(l), formulas: layoutFormulas(l), ...(l.marker && { marker: l.marker }) } }));
}

function check(method: ConsensusMethod, experts: PanelMember[], self?: PanelMember, locale: Locale = "zh-CN") {
  const { sheets } = panelLayouts(rubric, { experts, ...(self && { self }), method, locale });
  const read = sheetsOf(sheets);
  const summary = read[0] as WorkbookSheet;
  const result = checkSheet(summary.snapshot, { rubric, locale });
  if (!result.ok) throw new Error("no table");
  return checkSummary(summary, result.check, read, rubric, locale);
}

describe("a summary sheet checked with its panel", () => {
  const shares = [0.5, 0.6, 0.7, 0.8, 1];
  const five = shares.map((s, e) => member(["张三", "李四", "王五", "赵六", "钱七"][e] as string, () => s));

  it("reads the method from its title rows and totals each member from their own sheet", () => {
    const { panel, check: summary } = check("trimmed", five, member("自评", () => 0.9));
    expect(panel.method).toBe("trimmed");
    expect(panel.spreadThreshold).toBeCloseTo(0.3);
    expect(panel.experts.map((e) => [e.name, e.sheet, e.total, e.scored])).toEqual(shares.map((s, e) => [five[e]?.name, five[e]?.name, 1000 * s, 98]));
    expect(panel.self?.total).toBeCloseTo(900);
    // Trimmed mean of 0.5…1 drops 0.5 and 1: (0.6 + 0.7 + 0.8) / 3 = 0.7 of every cap.
    expect(summary.summary.total).toBeCloseTo(700);
    expect(summary.summary.scored).toBe(98);
    // The consolidated cells are computed: no 未打分 on the summary itself.
    expect(summary.findings).toEqual([]);
  });

  it("gives 专家分歧 and 自评偏高 with names and scores, as the merge does", () => {
    const { panel } = check("trimmed", five, member("自评", () => 1));
    const first = criteria[0] as (typeof criteria)[number];
    const disagreement = panel.findings.filter((f) => f.kind === "expert-disagreement");
    // A spread of half the cap on every criterion, over the 30 % threshold.
    expect(disagreement).toHaveLength(98);
    expect(disagreement[0]?.message).toBe(
      `${first.code} 专家分歧：张三 ${first.points * 0.5}、李四 ${first.points * 0.6}、王五 ${first.points * 0.7}、赵六 ${first.points * 0.8}、钱七 ${first.points}（极差 ${first.points * 0.5}，超过分值 ${first.points} 的 30%）`,
    );
    // Self 1.0 against 0.7: 0.3 of the cap is not more than the threshold.
    expect(panel.findings.filter((f) => f.kind === "self-above")).toEqual([]);
  });

  it("counts an expert's blank as unscored, consolidates over the others and says who left it blank", () => {
    const experts = [member("张三", () => 0.5), member("李四", (i) => (i === 0 ? null : 0.5)), member("王五", () => 0.5)];
    const { panel, check: summary } = check("mean", experts);
    const unscored = panel.findings.filter((f) => f.kind === "expert-unscored");
    expect(unscored.map((f) => f.message)).toEqual([`${criteria[0]?.code} 专家未打分：李四（按已打分的 2 位专家汇总）`]);
    expect(summary.summary.total).toBeCloseTo(500);
    expect(panel.experts[1]?.scored).toBe(97);
  });

  it("finds an expert sheet renamed by the user through its marker, and reports an expert whose sheet is gone", () => {
    const experts = [member("张三", () => 0.5), member("李四", () => 0.7)];
    const { sheets } = panelLayouts(rubric, { experts, method: "median" });
    const read = sheetsOf(sheets).map((s) => (s.name === "张三" ? { ...s, name: "张三 (2)" } : s)).filter((s) => s.name !== "李四");
    const summary = read[0] as WorkbookSheet;
    const result = checkSheet(summary.snapshot, { rubric });
    if (!result.ok) throw new Error("no table");
    const { panel } = checkSummary(summary, result.check, read, rubric, "zh-CN");
    expect(panel.method).toBe("median");
    expect(panel.experts.map((e) => [e.name, e.sheet, e.total])).toEqual([
      ["张三", "张三 (2)", 500],
      ["李四", undefined, 0],
    ]);
    expect(panel.findings.filter((f) => f.kind === "expert-unscored")).toHaveLength(98);
  });

  it("reads an English summary", () => {
    const { panel } = check("median", [member("Ann", () => 0.2), member("Bob", () => 0.4), member("Cy", () => 1)], undefined, "en-US");
    expect(panel.method).toBe("median");
    expect(panel.findings[0]?.message).toMatch(/experts disagree: Ann .*, Bob .*, Cy /);
  });

  it("flags expert sheets built on another rubric", () => {
    const experts = [member("张三", () => 0.5), member("李四", () => 0.5)];
    const { sheets } = panelLayouts(rubric, { experts, method: "mean" });
    const read = sheetsOf(sheets).map((s) =>
      s.name === "李四" && s.snapshot.marker ? { ...s, snapshot: { ...s.snapshot, marker: { ...s.snapshot.marker, rubric: "zj-2024" } } } : s,
    );
    const summary = read[0] as WorkbookSheet;
    const result = checkSheet(summary.snapshot, { rubric });
    if (!result.ok) throw new Error("no table");
    const { panel } = checkSummary(summary, result.check, read, rubric, "zh-CN");
    expect(panel.findings[0]?.message).toBe(`评价标准不一致：汇总表、张三 用的是 ${rubric.id}；李四 用的是 zj-2024`);
  });
});
