import { rankRubricSheets, sheetsToCheck } from "../../src/scoring/rankSheets";
import { criterionLabel } from "../../src/rubric";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { fullMarks, officialGrid } from "../helpers/officialGrid";

const full = () => ({ values: officialGrid(fullMarks()).values });
const fragment = (n: number) => ({ values: [["评价准则", "得分"], ...OFFICIAL_RUBRIC.criteria.slice(0, n).map((c) => [criterionLabel(c), 1])] });
const marker = { rubric: "aqsiq-2009", role: "summary" as const };

describe("rankRubricSheets", () => {
  it("puts marked sheets first, then the ones holding more criteria, then workbook order; leaves out sheets without a header", () => {
    const ranked = rankRubricSheets(
      [
        { name: "说明", snapshot: { values: [["质量兴市"]] } },
        { name: "扣分汇总", snapshot: fragment(5) },
        { name: "评价表", snapshot: full() },
        { name: "半张", snapshot: fragment(60) },
        { name: "汇总", snapshot: { ...fragment(3), marker } },
      ],
      OFFICIAL_RUBRIC,
    );
    expect(ranked.map((r) => [r.name, r.criteria, r.full])).toEqual([
      ["汇总", 3, true],
      ["评价表", 98, true],
      ["半张", 60, true],
      ["扣分汇总", 5, false],
    ]);
  });

  it("checks every full sheet in workbook order, and the best fragment only when there is no full sheet", () => {
    const sheets = [
      { name: "扣分汇总", snapshot: fragment(5) },
      { name: "张三", snapshot: full() },
      { name: "李四", snapshot: full() },
    ];
    expect(sheetsToCheck(rankRubricSheets(sheets, OFFICIAL_RUBRIC)).map((r) => r.name)).toEqual(["张三", "李四"]);
    const fragments = [
      { name: "草稿", snapshot: fragment(2) },
      { name: "扣分汇总", snapshot: fragment(5) },
    ];
    expect(sheetsToCheck(rankRubricSheets(fragments, OFFICIAL_RUBRIC)).map((r) => r.name)).toEqual(["扣分汇总"]);
    expect(sheetsToCheck(rankRubricSheets([{ name: "空", snapshot: { values: [] } }], OFFICIAL_RUBRIC))).toEqual([]);
  });
});
