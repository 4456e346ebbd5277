import { buildRubric } from "../../src/rubric/build";
import { assess, gradeFor, isNotApplicable, rescaledTotal, vetoAnswer } from "../../src/scoring/grade";
import { provincialSource } from "../helpers/provincialRubric";

const rubric = buildRubric(provincialSource());
const full = (): Map<string, unknown> => new Map(rubric.criteria.map((c) => [c.code, c.points]));

describe("gradeFor", () => {
  it("reads the bands from the highest min down, as percentages of the applicable points", () => {
    expect(gradeFor(rubric, 90, 100)).toBe("A");
    expect(gradeFor(rubric, 89.9, 100)).toBe("B");
    expect(gradeFor(rubric, 60, 100)).toBe("C");
    expect(gradeFor(rubric, 59.5, 100)).toBe("D");
    expect(gradeFor(rubric, 0, 100)).toBe("D");
    // 67.5 of 75 applicable points is exactly 90 %, despite float noise.
    expect(gradeFor(rubric, 67.5, 75)).toBe("A");
    expect(gradeFor(rubric, 0.9 * 3, 3)).toBe("A");
  });

  it("gives the lowest band under a veto, whatever the score, and nothing without grades", () => {
    expect(gradeFor(rubric, 100, 100, true)).toBe("D");
    expect(gradeFor(buildRubric({ ...provincialSource(), grades: undefined }), 100, 100)).toBeUndefined();
  });

  it("lists bands given in any order highest first", () => {
    const r = buildRubric({ ...provincialSource(), grades: [{ name: "差", min: 0 }, { name: "优", min: 90 }, { name: "中", min: 60 }, { name: "良", min: 80 }] });
    expect(r.grades.map((g) => g.name)).toEqual(["优", "良", "中", "差"]);
    expect(gradeFor(r, 85, 100)).toBe("良");
  });
});

describe("the words of the sheet", () => {
  it("reads 不适用, 缺项, N/A and Not applicable, as Excel's TRIM and = read them, and nothing else, as not applicable", () => {
    expect([" 不适用 ", "缺项", "不 适用", 0, null].map(isNotApplicable)).toEqual([true, true, false, false, false]);
    expect(["N/A", " n/a ", "Not applicable", "NOT  APPLICABLE", "not applicable."].map(isNotApplicable)).toEqual([true, true, true, true, false]);
    // Excel's TRIM drops spaces only, not the ideographic space or tabs.
    expect(["\u3000不适用", "\tN/A", "NA", "n.a."].map(isNotApplicable)).toEqual([false, false, false, false]);
  });

  it("reads 是, 否, empty and anything else in a veto cell", () => {
    expect(["是", " 否", "", null, undefined, "yes", 1].map(vetoAnswer)).toEqual(["yes", "no", "blank", "blank", "blank", "other", "other"]);
  });
});

describe("assess", () => {
  it("totals a full sheet: 100 of 100, grade A, re-scaled 100", () => {
    const a = assess(rubric, full(), new Map([["V1", "否"]]));
    expect(a).toMatchObject({ total: 100, points: 100, applicablePoints: 100, rate: 1, rescaled: 100, grade: "A", vetoed: [], vetoBlank: [] });
    expect(a.categories).toEqual([
      { code: "1", total: 35, points: 35, applicablePoints: 35 },
      { code: "2", total: 40, points: 40, applicablePoints: 40 },
      { code: "3", total: 25, points: 25, applicablePoints: 25 },
    ]);
  });

  it("takes optional criteria marked 不适用 out of the applicable points, and re-scales over what applies", () => {
    const scores = full();
    scores.set("2.1.2", "不适用");
    scores.set("3.1.1", "缺项");
    scores.set("1.2.1", 5); // 10 points lost
    const a = assess(rubric, scores, new Map([["V1", "否"]]));
    expect(a.total).toBe(65);
    expect(a.applicablePoints).toBe(75);
    expect(a.notApplicable).toEqual(["2.1.2", "3.1.1"]);
    expect(a.rescaled).toBeCloseTo((65 * 100) / 75, 12);
    expect(a.grade).toBe("B"); // 86.7 %
    expect(a.categories.map((c) => [c.applicablePoints, c.points])).toEqual([
      [35, 35],
      [30, 40],
      [10, 25],
    ]);
  });

  it("refuses 不适用 on a criterion that is not optional: its points still apply", () => {
    const scores = full();
    scores.set("1.1.1", "不适用");
    const a = assess(rubric, scores, new Map([["V1", "否"]]));
    expect(a).toMatchObject({ total: 90, applicablePoints: 100, notApplicable: [], notApplicableRefused: ["1.1.1"], grade: "A" });
  });

  it("drops to the lowest band when a veto is 是, and lists veto cells left empty", () => {
    expect(assess(rubric, full(), new Map([["V1", "是"]]))).toMatchObject({ grade: "D", vetoed: ["V1"], total: 100 });
    expect(assess(rubric, full(), new Map())).toMatchObject({ grade: "A", vetoBlank: ["V1"] });
  });

  it("counts only real numbers, as SUM does", () => {
    const a = assess(rubric, new Map<string, unknown>([["1.1.1", "８"], ["1.1.2", 7], ["1.2.1", true]]));
    expect(a.total).toBe(7);
    expect(rescaledTotal(rubric, 7, 100)).toBe(7);
  });
});
