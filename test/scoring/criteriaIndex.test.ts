import { buildRubric, type RubricSource } from "../../src/rubric";
import { buildCriteriaIndex, NOT_A_CODE, NOT_A_CRITERION, resolveCriterionCell, UNKNOWN_CRITERION } from "../../src/scoring/criteriaIndex";
import { resolveSection } from "../../src/scoring/sections";
import { sectionTotal } from "../../src/scoring/totals";
import { OFFICIAL_RUBRIC, OFFICIAL_INDEX } from "../helpers/rubrics";

describe("OFFICIAL_INDEX", () => {
  it("holds every criterion's code and cap in the official order", () => {
    expect(OFFICIAL_INDEX.codes).toHaveLength(98);
    expect(OFFICIAL_INDEX.codes[0]).toBe("1.1.1");
    expect(OFFICIAL_INDEX.codes[97]).toBe("4.7.1");
    expect(Array.from(OFFICIAL_INDEX.caps).reduce((a, b) => a + b, 0)).toBe(1000);
    expect(OFFICIAL_INDEX.categoryCount).toBe(4);
  });

  it("covers each section by a run of positions whose caps sum to its 分值", () => {
    for (const node of [...OFFICIAL_RUBRIC.categories, ...OFFICIAL_RUBRIC.items]) {
      const section = OFFICIAL_INDEX.sections.get(node.code)!;
      const codes = OFFICIAL_INDEX.codes.slice(section.first, section.last + 1);
      expect(codes).toEqual(node.criteria.map((c) => c.code));
      expect(section.points).toBe(node.points);
    }
    expect(OFFICIAL_INDEX.whole).toEqual({ code: "", first: 0, last: 97, points: 1000 });
  });
});

describe("resolveCriterionCell", () => {
  const position = (code: string) => OFFICIAL_INDEX.codes.indexOf(code);

  it("reads a bare code or the official text that starts with it", () => {
    expect(resolveCriterionCell(OFFICIAL_INDEX, "3.6.2")).toBe(position("3.6.2"));
    expect(resolveCriterionCell(OFFICIAL_INDEX, "3.6.2推动企业加快技术进步步伐")).toBe(position("3.6.2"));
    expect(resolveCriterionCell(OFFICIAL_INDEX, " 3.3.10完善")).toBe(position("3.3.10"));
    expect(resolveCriterionCell(OFFICIAL_INDEX, "3.3.1")).toBe(position("3.3.1"));
  });

  it("tells headers, section labels and unknown codes apart", () => {
    expect(resolveCriterionCell(OFFICIAL_INDEX, "评价准则")).toBe(NOT_A_CODE);
    expect(resolveCriterionCell(OFFICIAL_INDEX, true)).toBe(NOT_A_CODE);
    expect(resolveCriterionCell(OFFICIAL_INDEX, "1领导重视（140分）")).toBe(NOT_A_CRITERION);
    expect(resolveCriterionCell(OFFICIAL_INDEX, 3.1)).toBe(NOT_A_CRITERION);
    expect(resolveCriterionCell(OFFICIAL_INDEX, "3.6.99")).toBe(UNKNOWN_CRITERION);
  });

  it("caches by cell text, and stays bounded", () => {
    const index = buildCriteriaIndex(OFFICIAL_RUBRIC);
    resolveCriterionCell(index, "1.1.1政府颁布");
    resolveCriterionCell(index, "1.1.1政府颁布");
    expect([...index.cellCache]).toEqual([["1.1.1政府颁布", 0]]);
    for (let i = 0; i < 10_000; i++) resolveCriterionCell(index, `注${i}`);
    expect(index.cellCache.size).toBeLessThanOrEqual(8192);
  });
});

describe("another rubric as data", () => {
  const source: RubricSource = {
    id: "test",
    title: "test",
    source: "test",
    issued: "2026-01-01",
    categories: [
      { code: "1", name: "甲", items: [{ code: "1.1", name: "子", criteria: [{ code: "1.1.1", text: "一", method: "查", points: 7, guidance: "看" }] }] },
      { code: "2", name: "乙", items: [{ code: "2.1", name: "丑", criteria: [{ code: "2.1.1", text: "二", method: "查", points: 3, guidance: "看" }] }] },
    ],
  };

  it("gets its own lookups, with no change of code", () => {
    const index = buildCriteriaIndex(buildRubric(source));
    expect(resolveSection("", "zh-CN", index)).toEqual({ ok: true, value: { code: "", first: 0, last: 1, points: 10 } });
    expect(sectionTotal("2", [["1.1.1"], ["2.1.1"]], [[7], [2]], "zh-CN", index)).toEqual({ ok: true, value: 2 });
    expect(sectionTotal("", [["1.1.1"]], [[8]], "en-US", index)).toEqual({ ok: false, type: "#VALUE!", message: "1.1.1: score 8 exceeds the cap of 7 points" });
  });
});
