import { consensus, spread } from "../../src/functions/functions";
import { excelErrorOf, installCustomFunctionsStub } from "./customFunctionsStub";

beforeAll(installCustomFunctionsStub);

/** Each expert's scores column, as Excel passes a range: one row per criterion. */
const column = (...values: unknown[]) => values.map((v) => [v]);

describe("QCITY.CONSENSUS", () => {
  it("consolidates one row per criterion with a column per expert", () => {
    const rows = [
      [10, 4, 9, 8, 7],
      [6, null, 6, "", 3],
    ];
    expect(consensus("trimmed", [rows])).toEqual([[8], [5]]);
    expect(consensus("mean", [rows])).toEqual([[7.6], [5]]);
    expect(consensus("median", [rows])).toEqual([[8], [6]]);
  });

  it("takes several ranges, one per expert, position by position", () => {
    const experts = [column(10, 5), column(4, 5), column(9, null), column(8, 5), column(7, 5)];
    expect(consensus("trimmed", experts)).toEqual([[8], [5]]);
    expect(consensus("中位数", experts)).toEqual([[8], [5]]);
    expect(consensus("MEAN", [[[10]], [[4]], [[9]]])).toEqual([[23 / 3]]);
  });

  it("treats 0, null and \"\" alike as not scored, and gives blank where nobody scored", () => {
    expect(consensus("mean", [[[0, null, "", 6]]])).toEqual([[6]]);
    expect(consensus("mean", [column(null, 4), column(0, 2)])).toEqual([[""], [3]]);
  });

  it("spills whole columns only down to the last scored row", () => {
    const rows = 1_048_576;
    const a: unknown[][] = Array.from({ length: rows }, () => [null]);
    const b: unknown[][] = Array.from({ length: rows }, () => [0]);
    a[2] = [8];
    b[2] = [6];
    expect(consensus("mean", [a, b])).toEqual([[""], [""], [7]]);
    expect(spread([a, b])).toEqual([[""], [""], [2]]);
  });

  it("gives #VALUE! with a message for a bad method, shapes or score", () => {
    expect(excelErrorOf(() => consensus("average of all", [[[1]]]))).toEqual({ code: "#VALUE!", message: expect.stringContaining("汇总方法“average of all”无效") });
    expect(excelErrorOf(() => consensus("mean", [column(1, 2), column(1)]))).toEqual({ code: "#VALUE!", message: "第 2 个得分区域为 1×1，与第 1 个（2×1）大小不同" });
    expect(excelErrorOf(() => consensus("mean", [column(1, "八")]))).toEqual({ code: "#VALUE!", message: '得分 "八" 不是有效分数；请填写不小于 0 的数字' });
    expect(excelErrorOf(() => consensus("mean", [column(-1)]))).toEqual({ code: "#VALUE!", message: "得分 -1 不是有效分数；请填写不小于 0 的数字" });
  });
});

describe("QCITY.SPREAD", () => {
  it("gives highest minus lowest per criterion", () => {
    expect(spread([[[10, 4, 9]], ])).toEqual([[6]]);
    expect(spread([column(10, 3), column(4, null), column(9, 3)])).toEqual([[6], [0]]);
  });
});
