import { buildRubric } from "../../src/rubric";
import { buildReport } from "../../src/report/reportModel";
import { checkSheet, type TableCheck } from "../../src/scoring/checkTable";
import type { Rubric } from "../../src/rubric/types";
import { fullMarks, officialGrid, type GridOptions } from "../helpers/officialGrid";
import { provincialSource } from "../helpers/provincialRubric";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

function checked(options: GridOptions, rubric: Rubric = OFFICIAL_RUBRIC): TableCheck {
  const result = checkSheet(officialGrid(options), { rubric });
  if (!result.ok) throw new Error("no table");
  return result.check;
}

function withScores(scores: Record<string, unknown>, extra: Partial<GridOptions> = {}): GridOptions {
  const full = fullMarks();
  return { ...full, ...extra, scores: { ...full.scores, ...(scores as GridOptions["scores"]) } };
}

describe("buildReport", () => {
  it("totals, category rates and the deductions with their points lost and notes", () => {
    const check = checked(withScores({ "1.1.1": 30, "2.1.1": 12.5, "4.1.1": 0 }, { notes: { "1.1.1": " 方案未经审议 " } }));
    const report = buildReport({ check, rubric: OFFICIAL_RUBRIC, sheetName: "质量兴市评价", place: { province: "浙江省", city: "杭州市" } });
    const cap411 = OFFICIAL_RUBRIC.criterion("4.1.1")?.points as number;
    const total = 1000 - 10 - 7.5 - cap411;

    expect(report.header).toMatchObject({ province: "浙江省", city: "杭州市", total, points: 1000, applicablePoints: 1000 });
    expect(report.header.rate).toBeCloseTo(total / 1000, 12);
    expect(report.header.rubricTitle).toBe("质量兴市绩效评价指南（试行）");
    expect(report.header.rubricSource).toBe("国质检质函〔2009〕203号");
    expect(report.header.grade).toBeUndefined();
    expect(report.categories.map((c) => [c.code, c.cap, c.score])).toEqual([
      ["1", 140, 130],
      ["2", 90, 82.5],
      ["3", 465, 465],
      ["4", 305, 305 - cap411],
    ]);
    expect(report.categories[1]?.rate).toBeCloseTo(82.5 / 90, 12);
    expect(report.deductions.map((d) => [d.code, d.cap, d.score, d.lost, d.note])).toEqual([
      ["1.1.1", 40, 30, 10, "方案未经审议"],
      ["2.1.1", 20, 12.5, 7.5, ""],
      ["4.1.1", cap411, 0, cap411, ""],
    ]);
    expect(report.deductions[0]?.text).toBe(OFFICIAL_RUBRIC.criterion("1.1.1")?.text);
    expect(report.deductions[0]?.address).toBe("G4");
    expect(report.pointsLost).toBe(1000 - total);
    // The deduction notes missing for 2.1.1 and 4.1.1 are findings of the checks.
    expect(report.findings.map((f) => [f.kind, f.code])).toEqual([
      ["missing-deduction-note", "2.1.1"],
      ["missing-deduction-note", "4.1.1"],
    ]);
    expect(report.unscored).toEqual([]);
    expect(report.missingEvidence).toEqual([]);
    expect([report.scored, report.criteria]).toEqual([98, 98]);
  });

  it("lists unscored criteria and scored ones without evidence apart, and leaves invalid scores out of totals and deductions", () => {
    const full = fullMarks();
    const check = checked({ scores: { ...full.scores, "1.1.1": null, "3.6.2": 12, "2.1.1": "５" }, evidence: { ...full.evidence, "1.2.1": null, "1.1.1": null } });
    const report = buildReport({ check, rubric: OFFICIAL_RUBRIC, sheetName: "Sheet1" });
    expect(report.unscored).toEqual([{ code: "1.1.1", address: "G4" }]);
    expect(report.missingEvidence).toEqual([{ code: "1.2.1", address: "H5" }]);
    expect(report.hasEvidenceColumn).toBe(true);
    expect(report.deductions).toEqual([]);
    expect(report.header.total).toBe(1000 - 40 - 10 - 20);
    expect(report.findings.map((f) => [f.kind, f.code])).toEqual(
      expect.arrayContaining([
        ["not-a-number", "2.1.1"],
        ["over-cap", "3.6.2"],
      ]),
    );
    expect(report.findings).toHaveLength(2);
    // Every finding of the checks is in one of the three lists, once.
    expect(report.findings.length + report.unscored.length + report.missingEvidence.length).toBe(check.findings.length);
  });

  it("says when the table has no 佐证材料 column", () => {
    const check = checked({ ...fullMarks(), columns: ["category", "item", "criterion", "method", "points", "guidance", "score"] });
    const report = buildReport({ check, rubric: OFFICIAL_RUBRIC, sheetName: "Sheet1" });
    expect(report.hasEvidenceColumn).toBe(false);
    expect(report.missingEvidence).toEqual([]);
    expect(report.findings.map((f) => f.kind)).toEqual(["missing-evidence-column", "missing-evidence-column"]);
  });

  it("grades a provincial rubric, with 不适用 leaving the applicable points, the re-scaled total and a veto", () => {
    const rubric = buildRubric(provincialSource());
    // 100 points; 3.1.1 (15, optional) does not apply: 85 applicable. Lost: 1.2.1 −5, 2.1.1 −4.
    const scores = { "1.1.1": 10, "1.1.2": 10, "1.2.1": 10, "2.1.1": 16, "2.1.2": 10, "2.2.1": 10, "3.1.1": "不适用", "3.1.2": 10 };
    const result = checkSheet(gridFor(rubric, scores), { rubric });
    if (!result.ok) throw new Error("no table");
    const plain = buildReport({ check: result.check, rubric, sheetName: "考核" });
    expect(plain.header).toMatchObject({ total: 76, points: 100, applicablePoints: 85, grade: "B", vetoes: [] });
    expect(plain.header.rescaled?.scale).toBe(100);
    expect(plain.header.rescaled?.value).toBeCloseTo((76 * 100) / 85, 9);
    expect(plain.categories.map((c) => [c.code, c.cap, c.applicablePoints, c.score])).toEqual([
      ["1", 35, 35, 30],
      ["2", 40, 40, 36],
      ["3", 25, 10, 10],
    ]);
    expect(plain.categories[2]?.rate).toBe(1);
    expect(plain.deductions.map((d) => [d.code, d.lost])).toEqual([
      ["1.2.1", 5],
      ["2.1.1", 4],
    ]);
    expect(plain.unscored).toEqual([]);

    const vetoed = buildReport({ check: result.check, rubric, sheetName: "考核", veto: new Map([["V1", "是"]]) });
    expect(vetoed.header.grade).toBe("D");
    expect(vetoed.header.vetoes).toEqual([{ code: "V1", text: "发生区域性、系统性重大质量安全事件" }]);
  });
});

/** A plain table of another rubric: header row, then one row per criterion (code and text, 分值, 得分). */
function gridFor(rubric: Rubric, scores: Record<string, unknown>) {
  const values: unknown[][] = [["评价准则", "分值", "得分", "佐证材料", "扣分说明"]];
  for (const c of rubric.criteria) values.push([`${c.code}${c.text}`, c.points, scores[c.code] ?? null, "材料", "说明"]);
  return { values: values as never };
}
