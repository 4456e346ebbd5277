import { check, maxPoints, progress, scoreRate, sectionTotal, total } from "../../src/functions/functions";
import { excelErrorOf, installCustomFunctionsStub } from "./customFunctionsStub";
import { fullMarks, officialCriteria, scoreColumn } from "./scoreTable";
import { CHECKS_STRINGS } from "../../src/i18n/checksStrings";

beforeAll(installCustomFunctionsStub);

const criteria = officialCriteria();

describe("QCITY.MAXPOINTS", () => {
  it("gives the cap of a criterion, item and category from the official table", () => {
    expect(maxPoints("3.6.2")).toBe(10);
    expect(maxPoints("3.6")).toBe(95);
    expect(maxPoints("3")).toBe(465);
    expect(maxPoints("1")).toBe(140);
    expect(maxPoints("3.10")).toBe(10);
  });

  it("gives 1000 for the whole table: blank or total", () => {
    for (const code of ["", null, 0, "total", "TOTAL"]) expect(maxPoints(code)).toBe(1000);
  });

  it("reads numbers and printed labels as codes", () => {
    expect(maxPoints(3)).toBe(465);
    expect(maxPoints(3.1)).toBe(70);
    expect(maxPoints("3措施到位（465分）")).toBe(465);
    expect(maxPoints("3.6.2推动企业加快技术进步步伐")).toBe(10);
  });

  it("reads codes with spaces around, full-width digits or stops, and a trailing dot", () => {
    expect([" 3 ", "３", "3.", "３．６", "3。6", "３．６．２", "3.6."].map(maxPoints)).toEqual([465, 465, 465, 95, 95, 10, 95]);
  });

  it.each<[unknown, string]>([
    [1e308, "1e+308"],
    [1.1e-7, "1.1e-7"],
    [1e21, "1e+21"],
    [-3, "-3"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    ["1.1e-7", "1.1e-7"],
    ["3.6.2.1", "3.6.2.1"],
  ])("gives #N/A naming %p, which only looks like a code", (value, shown) => {
    expect(excelErrorOf(() => maxPoints(value))).toEqual({ code: "#N/A", message: `评价表中没有编号 ${shown}` });
  });

  it("gives #N/A naming an unknown code", () => {
    expect(excelErrorOf(() => maxPoints("9.9"))).toEqual({ code: "#N/A", message: "评价表中没有编号 9.9" });
    expect(excelErrorOf(() => maxPoints("3.6.99")).code).toBe("#N/A");
    expect(excelErrorOf(() => maxPoints(true))).toEqual({ code: "#N/A", message: "评价表中没有编号 true" });
    expect(excelErrorOf(() => maxPoints(Number.NaN)).code).toBe("#N/A");
  });
});

describe("QCITY.SECTIONTOTAL and QCITY.TOTAL", () => {
  const scores = scoreColumn({ "1.1.1": 40, "1.2.1": 15, "3.6.2": 8, "3.6.1": 2.5, "3.1.1": 20, "4.7.1": 30 });

  it("sums the scores of a category, an item and a criterion", () => {
    expect(sectionTotal("1", criteria, scores)).toBe(55);
    expect(sectionTotal("3", criteria, scores)).toBe(30.5);
    expect(sectionTotal("3.6", criteria, scores)).toBe(10.5);
    expect(sectionTotal("3.6.2", criteria, scores)).toBe(8);
    expect(sectionTotal("2", criteria, scores)).toBe(0);
    expect(total(criteria, scores)).toBe(115.5);
  });

  it("reads criteria cells typed with full-width digits as their codes", () => {
    expect(total([["１.１.１"]], [[40]])).toBe(40);
    expect(total([["１．１．１加强组织领导"], ["３。６。２"]], [[40], [8]])).toBe(48);
    expect(sectionTotal("１", criteria.map((c, i) => (i === 0 ? [String(c[0]).replace("1.1.1", "１.１.１")] : c)), scoreColumn({ "1.1.1": 40 }))).toBe(40);
    expect(check([["１.１.１"]], [[41]])).toEqual([["1.1.1", "超过分值", "1.1.1 得分 41 超过分值 40"]]);
  });

  it("skips a criteria cell holding a number that only prints like a code (1.1e-7 is not item 1.1)", () => {
    expect(total([[1.1e-7], ["1.1.1"]], [[5], [40]])).toBe(40);
  });

  it("gives full marks as 140 / 90 / 465 / 305 and 1000", () => {
    const full = scoreColumn(fullMarks());
    expect(["1", "2", "3", "4"].map((s) => sectionTotal(s, criteria, full))).toEqual([140, 90, 465, 305]);
    expect(total(criteria, full)).toBe(1000);
  });

  it.each([
    ["null", null],
    ["0", 0],
    ['""', ""],
    ["spaces", "  "],
  ])("treats blank cells sent as %s as not scored, with identical totals", (_label, blank) => {
    const withBlanks = scoreColumn({ "1.1.1": 40, "3.6.2": 8 }, blank);
    expect(total(criteria, withBlanks)).toBe(48);
    expect(sectionTotal("3.6", criteria, withBlanks)).toBe(8);
  });

  it("accepts bare codes as criteria", () => {
    expect(total([["1.1.1"], ["3.6.2"]], [[40], [10]])).toBe(50);
  });

  it("skips title, header and note rows of a whole column", () => {
    const column = [["质量兴市绩效评价指南（试行）"], ["评价准则"], ...criteria, [null], ["注：本表由评价组填写"]];
    const scoreCells = [["总评分"], ["得分"], ...scores, [null], [null]];
    expect(total(column, scoreCells)).toBe(115.5);
  });

  it("skips category and item labels with no score, and rejects one that carries a score", () => {
    expect(total([["1领导重视（140分）"], ["1.1.1"], [3.1]], [[null], [40], [""]])).toBe(40);
    expect(excelErrorOf(() => total([[3.1], ["1.1.1"]], [[5], [40]]))).toEqual({ code: "#VALUE!", message: "3.1 不是评价标准中的评价准则" });
  });

  it("gives #VALUE! naming the criterion and value for a score over its cap", () => {
    const over = scoreColumn({ "3.6.2": 12 });
    expect(excelErrorOf(() => sectionTotal("3", criteria, over))).toEqual({ code: "#VALUE!", message: "3.6.2 得分 12 超过分值 10" });
    expect(excelErrorOf(() => total(criteria, over))).toEqual({ code: "#VALUE!", message: "3.6.2 得分 12 超过分值 10" });
  });

  it("gives #VALUE! for a negative score", () => {
    expect(excelErrorOf(() => total(criteria, scoreColumn({ "1.1.1": -5 })))).toEqual({
      code: "#VALUE!",
      message: "1.1.1 得分 -5 为负数，应在 0 到 40 之间",
    });
  });

  it("gives #VALUE! with a how-to-fix message for full-width digits and numbers stored as text", () => {
    expect(excelErrorOf(() => total(criteria, scoreColumn({ "1.1.1": "５" })))).toEqual({
      code: "#VALUE!",
      message: '1.1.1 得分 "５" 是文本，不是数字；请改为半角数字 5',
    });
    expect(excelErrorOf(() => total(criteria, scoreColumn({ "3.6.2": "７．５" }))).message).toBe('3.6.2 得分 "７．５" 是文本，不是数字；请改为半角数字 7.5');
    expect(excelErrorOf(() => total(criteria, scoreColumn({ "1.2.1": "8" }))).message).toBe('1.2.1 得分 "8" 是存为文本的数字；请改为数字 8');
  });

  it("does not suggest half-width digits for number text that would still be out of range", () => {
    expect(excelErrorOf(() => total(criteria, scoreColumn({ "1.1.1": "－５" }))).message).toBe(
      '1.1.1 得分 "－５" 是文本，且读作 -5，为负数；请填写 0 到 40 之间的半角数字',
    );
    expect(excelErrorOf(() => total(criteria, scoreColumn({ "3.6.2": "１２．５" }))).message).toBe(
      '3.6.2 得分 "１２．５" 是文本，且读作 12.5，超过分值 10；请填写 0 到 10 之间的半角数字',
    );
  });

  it("gives #VALUE! for other text, booleans and NaN-like values: booleans are not scores", () => {
    expect(excelErrorOf(() => total(criteria, scoreColumn({ "1.1.1": "好" }))).message).toBe('1.1.1 得分 "好" 不是数字；请填写 0 到 40 之间的数字');
    expect(excelErrorOf(() => total(criteria, scoreColumn({ "1.1.1": true }))).message).toBe("1.1.1 得分 true 不是数字；请填写 0 到 40 之间的数字");
    expect(excelErrorOf(() => total(criteria, scoreColumn({ "1.1.1": false }))).code).toBe("#VALUE!");
    expect(excelErrorOf(() => total(criteria, scoreColumn({ "1.1.1": "NaN" }))).code).toBe("#VALUE!");
    expect(excelErrorOf(() => total(criteria, scoreColumn({ "1.1.1": Number.NaN }))).code).toBe("#VALUE!");
    expect(excelErrorOf(() => total(criteria, scoreColumn({ "1.1.1": Number.POSITIVE_INFINITY }))).code).toBe("#VALUE!");
  });

  it("checks only the scores inside the section, so a bad score shows in its own subtotal", () => {
    const bad = scoreColumn({ "1.1.1": 99, "3.6.2": 8 });
    expect(sectionTotal("3", criteria, bad)).toBe(8);
    expect(excelErrorOf(() => sectionTotal("1", criteria, bad)).message).toBe("1.1.1 得分 99 超过分值 40");
  });

  it("gives #VALUE! for a criteria cell that names no criterion of the rubric", () => {
    expect(excelErrorOf(() => total([["3.6.99其他"], ["1.1.1"]], [[null], [40]]))).toEqual({
      code: "#VALUE!",
      message: "3.6.99 不是评价标准中的评价准则",
    });
  });

  it("gives #VALUE! for a criterion listed twice", () => {
    expect(excelErrorOf(() => total([["1.1.1"], ["1.1.1政府颁布"]], [[40], [null]]))).toEqual({
      code: "#VALUE!",
      message: "评价准则 1.1.1 出现了不止一次",
    });
  });

  it("gives #VALUE! for ranges of different shapes", () => {
    expect(excelErrorOf(() => total(criteria, scoreColumn({}).slice(1)))).toEqual({
      code: "#VALUE!",
      message: "得分区域（97 行）与评价准则区域（98 行）大小不同；请选择同样的行",
    });
    expect(excelErrorOf(() => total(criteria, criteria.map(() => [1, 2]))).message).toBe("得分区域有 2 列；请只选择一列");
    expect(excelErrorOf(() => sectionTotal("3", criteria.map((c) => [c[0], null]), scoreColumn({}))).message).toBe("评价准则区域有 2 列；请只选择一列");
    expect(excelErrorOf(() => total("1.1.1" as never, [[1]])).message).toBe("评价准则区域应为单元格区域");
  });

  it("gives #N/A for an unknown section", () => {
    expect(excelErrorOf(() => sectionTotal("5", criteria, scores))).toEqual({ code: "#N/A", message: "评价表中没有编号 5" });
  });

  it("sums a 1,048,576-row whole column that is nearly all blank", () => {
    const rows = 1_048_576;
    const column: unknown[][] = new Array(rows);
    const scoreCells: unknown[][] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      column[r] = [r % 2 === 0 ? null : ""];
      scoreCells[r] = [r % 3 === 0 ? 0 : null];
    }
    column[3] = ["评价准则"];
    scoreCells[3] = ["得分"];
    criteria.slice(0, -1).forEach((c, i) => {
      column[4 + i] = c;
      scoreCells[4 + i] = [i < 9 ? 10 : 0];
    });
    expect(sectionTotal("1", column, scoreCells)).toBe(60);
    expect(total(column, scoreCells)).toBe(90);
    column[rows - 1] = ["4.7.1"];
    scoreCells[rows - 1] = [5];
    expect(total(column, scoreCells)).toBe(95);
    expect(sectionTotal("4.7", column, scoreCells)).toBe(5);
    expect(progress(column, scoreCells)).toBe(10 / 98);
    expect(check(column, scoreCells)).toEqual([["无问题"]]);
    scoreCells[rows - 1] = [41];
    expect(check(column, scoreCells)).toEqual([["4.7.1", "超过分值", "4.7.1 得分 41 超过分值 40"]]);
    expect(excelErrorOf(() => total(column, scoreCells)).message).toBe("4.7.1 得分 41 超过分值 40");
  });
});

describe("QCITY.SCORERATE", () => {
  it("divides the section total by the section cap", () => {
    const scores = scoreColumn({ "1.1.1": 40, "1.2.1": 16, "3.6.2": 5 });
    expect(scoreRate("1", criteria, scores)).toBeCloseTo(56 / 140, 12);
    expect(scoreRate("3.6.2", criteria, scores)).toBe(0.5);
    expect(scoreRate("", criteria, scores)).toBe(61 / 1000);
  });

  it("gives the same errors as the totals", () => {
    expect(excelErrorOf(() => scoreRate("3", criteria, scoreColumn({ "3.6.2": 12 }))).message).toBe("3.6.2 得分 12 超过分值 10");
    expect(excelErrorOf(() => scoreRate("9", criteria, scoreColumn({}))).code).toBe("#N/A");
    expect(excelErrorOf(() => scoreRate("1", criteria, [[1]])).code).toBe("#VALUE!");
  });
});

describe("QCITY.PROGRESS", () => {
  it("gives the share of criterion rows with a score, with blanks as 0, null or \"\" alike", () => {
    for (const blank of [0, null, ""]) {
      expect(progress(criteria, scoreColumn({ "1.1.1": 40, "3.6.2": 3, "4.7.1": 1 }, blank))).toBe(3 / 98);
    }
    expect(progress(criteria, scoreColumn(fullMarks()))).toBe(1);
  });

  it("does not count bad scores and does not fail on them", () => {
    expect(progress(criteria, scoreColumn({ "1.1.1": 40, "1.2.1": "５", "1.3.1": 99, "1.4.1": true }))).toBe(1 / 98);
  });

  it("gives #VALUE! when the range holds no criterion, or names an unknown one", () => {
    expect(excelErrorOf(() => progress([["评价准则"], [null]], [["得分"], [null]]))).toEqual({
      code: "#VALUE!",
      message: "评价准则区域中没有评价准则（应以 1.1.1 这样的编号开头）",
    });
    expect(excelErrorOf(() => progress([["9.9.9"]], [[1]])).code).toBe("#VALUE!");
    expect(excelErrorOf(() => progress(criteria, [[1]])).code).toBe("#VALUE!");
  });
});

describe("QCITY.CHECK", () => {
  it('gives a single "无问题" cell when nothing is wrong', () => {
    expect(check(criteria, scoreColumn(fullMarks()))).toEqual([["无问题"]]);
    expect(check(criteria, scoreColumn({}))).toEqual([["无问题"]]);
  });

  it("lists over-cap, negative and not-a-number scores as code, kind, message, in row order, without failing", () => {
    const scores = scoreColumn({ "1.1.1": -1, "1.2.1": "１２", "2.1.1": true, "3.6.2": 12 });
    expect(check(criteria, scores)).toEqual([
      ["1.1.1", "负分", "1.1.1 得分 -1 为负数，应在 0 到 40 之间"],
      ["1.2.1", "不是数字", '1.2.1 得分 "１２" 是文本，不是数字；请改为半角数字 12'],
      ["2.1.1", "不是数字", "2.1.1 得分 true 不是数字；请填写 0 到 20 之间的数字"],
      ["3.6.2", "超过分值", "3.6.2 得分 12 超过分值 10"],
    ]);
  });

  it("titles the kind column as the task pane and CLI title their groups", () => {
    const scores = scoreColumn({ "1.1.1": -1, "1.2.1": "好", "3.6.2": 12 });
    const kindsShown = check(criteria, scores).map((line) => line[1]);
    const paneTitles = CHECKS_STRINGS["zh-CN"].kinds;
    expect(kindsShown).toEqual([paneTitles.negative, paneTitles["not-a-number"], paneTitles["over-cap"]]);
    expect(kindsShown).toEqual(["负分", "不是数字", "超过分值"]);
  });

  it("lists a score with no evidence and a partial score with no deduction note", () => {
    const scores = scoreColumn({ "1.1.1": 30, "1.2.1": 20, "1.3.1": 10 });
    const evidence = scoreColumn({ "1.2.1": "文件", "1.3.1": "会议纪要" }, 0);
    const notes = scoreColumn({ "1.3.1": "未见考核记录" }, "");
    expect(check(criteria, scores, evidence, notes)).toEqual([
      ["1.1.1", "缺少佐证材料", "1.1.1 已打分 30，但佐证材料为空"],
      ["1.1.1", "缺少扣分说明", "1.1.1 得分 30 低于分值 40，但扣分说明为空"],
    ]);
  });

  it("leaves evidence and notes alone when those ranges are omitted", () => {
    expect(check(criteria, scoreColumn({ "1.1.1": 30 }), undefined, undefined)).toEqual([["无问题"]]);
    expect(check(criteria, scoreColumn({ "1.1.1": 30 }), null as never, null as never)).toEqual([["无问题"]]);
  });

  it("lists unknown and repeated criteria instead of failing", () => {
    expect(check([["3.6.99"], ["1.1.1"], ["1.1.1"], ["3.6"]], [[null], [40], [null], [5]])).toEqual([
      ["3.6.99", "评价表被改动", "3.6.99 不是评价标准中的评价准则"],
      ["1.1.1", "评价表被改动", "评价准则 1.1.1 出现了不止一次"],
      ["3.6", "评价表被改动", "3.6 不是评价标准中的评价准则"],
    ]);
  });

  it("gives #VALUE! only for ranges of different shapes", () => {
    expect(excelErrorOf(() => check(criteria, [[1]])).code).toBe("#VALUE!");
    expect(excelErrorOf(() => check(criteria, scoreColumn({}), [["x"]])).message).toBe("佐证材料区域（1 行）与评价准则区域（98 行）大小不同；请选择同样的行");
    expect(excelErrorOf(() => check(criteria, scoreColumn({}), undefined, [["x"]])).message).toBe("扣分说明区域（1 行）与评价准则区域（98 行）大小不同；请选择同样的行");
  });
});
