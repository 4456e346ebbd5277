import { checkTable, type Finding } from "../../src/scoring";
import type { GridValue } from "../../src/table/grid";
import { FIRST_CRITERION_ROW, fullMarks, officialGrid } from "../helpers/officialGrid";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

/** Excel row number of a criterion in the crafted grid (title, 省/市 line, header above). */
const excelRow = (code: string) => OFFICIAL_RUBRIC.criterion(code)!.index + FIRST_CRITERION_ROW + 1;

function withScores(scores: Record<string, GridValue>, extra: { evidence?: Record<string, GridValue>; notes?: Record<string, GridValue> } = {}) {
  const base = fullMarks();
  return officialGrid({ scores: { ...base.scores, ...scores }, evidence: { ...base.evidence, ...extra.evidence }, notes: extra.notes });
}

function findings(grid: { values: GridValue[][]; formulas?: unknown[][] }, more: object = {}): Finding[] {
  const check = checkTable({ ...grid, ...more }, { rubric: OFFICIAL_RUBRIC });
  if (check === undefined) throw new Error("no table found");
  return [...check.findings];
}

const brief = (f: Finding) => ({ kind: f.kind, code: f.code, address: f.address });

describe("checkTable", () => {
  it("finds nothing in a fully scored table with evidence, and sums it to 1000 of 98 criteria", () => {
    const check = checkTable(withScores({}), { rubric: OFFICIAL_RUBRIC })!;
    expect(check.findings).toEqual([]);
    expect(check.summary.total).toBe(1000);
    expect(check.summary.scored).toBe(98);
    expect(check.summary.categories.map((c) => [c.code, c.score, c.cap])).toEqual([
      ["1", 140, 140],
      ["2", 90, 90],
      ["3", 465, 465],
      ["4", 305, 305],
    ]);
  });

  it("returns undefined for a grid with no rubric header", () => {
    expect(checkTable({ values: [["姓名", "分数"], ["张三", 5]] }, { rubric: OFFICIAL_RUBRIC })).toBeUndefined();
  });

  it("flags an over-cap score at its 得分 cell, with severity and a Chinese message", () => {
    const [finding, ...rest] = findings(withScores({ "1.1.1": 45 }, { notes: {} }));
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      kind: "over-cap",
      severity: "error",
      code: "1.1.1",
      address: `G${excelRow("1.1.1")}`,
      row: excelRow("1.1.1") - 1,
      col: 6,
      message: "1.1.1 得分 45 超过分值 40",
      problem: { kind: "over-cap", code: "1.1.1", value: 45, cap: 40 },
    });
  });

  it("flags a negative score", () => {
    expect(findings(withScores({ "2.1.1": -3 })).map(brief)).toEqual([{ kind: "negative", code: "2.1.1", address: `G${excelRow("2.1.1")}` }]);
  });

  it.each<[string, GridValue, number | undefined]>([
    ["full-width digits", "５", 5],
    ["full-width decimal", "７．５", 7.5],
    ["a number stored as text", "8", 8],
    ["an apostrophe number", "'8", 8],
    ["plain text", "好", undefined],
    ["a boolean", true, undefined],
    ["a date from a .xlsx", new Date(Date.UTC(2026, 4, 3)), undefined],
  ])("flags %s as not-a-number", (_, score, suggested) => {
    const [finding, ...rest] = findings(withScores({ "3.6.2": score }));
    expect(rest).toEqual([]);
    expect(finding?.kind).toBe("not-a-number");
    expect(finding?.address).toBe(`G${excelRow("3.6.2")}`);
    expect(finding?.problem.suggested).toEqual(suggested);
  });

  it("reads a number in a date-formatted 得分 cell (Office.js) as the date Excel made of it", () => {
    const grid = withScores({ "3.6.2": 46145 });
    const numberFormats = grid.values.map((line) => line.map(() => "General"));
    numberFormats[excelRow("3.6.2") - 1]![6] = 'm"月"d"日"';
    const [finding] = findings(grid, { numberFormats });
    expect(finding?.kind).toBe("not-a-number");
    expect(finding?.problem.value).toEqual(new Date(Date.UTC(2026, 4, 3)));
    expect(finding?.message).toBe('3.6.2 得分 2026-05-03 不是数字；请填写 0 到 10 之间的数字');
  });

  it.each<[number, string]>([
    [5, "1900-01-05"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
  ])("reports score %p in a 月日-formatted 得分 cell as %s, the day Excel shows", (serial, shown) => {
    const grid = withScores({ "1.1.1": serial });
    const numberFormats = grid.values.map((line) => line.map(() => "General"));
    numberFormats[excelRow("1.1.1") - 1]![6] = 'm"月"d"日"';
    const [finding] = findings(grid, { numberFormats });
    expect(finding?.message).toBe(`1.1.1 得分 ${shown} 不是数字；请填写 0 到 40 之间的数字`);
  });

  it("reports serial 60 as Excel's 1900-02-29 and a .xlsx reader's early date a day later", () => {
    const grid = withScores({ "1.1.1": 60, "1.2.1": new Date(Date.UTC(1900, 0, 4)) });
    const numberFormats = grid.values.map((line) => line.map(() => "General"));
    numberFormats[excelRow("1.1.1") - 1]![6] = 'm"月"d"日"';
    const messages = findings(grid, { numberFormats }).map((f) => f.message);
    expect(messages).toEqual([
      '1.1.1 得分 "1900-02-29" 不是数字；请填写 0 到 40 之间的数字',
      expect.stringMatching(/^1\.2\.1 得分 1900-01-05 不是数字/),
    ]);
  });

  it("does not suggest converting number text whose number is out of range, and says why", () => {
    const result = findings(withScores({ "1.1.1": "－５", "3.6.2": "１２" }));
    expect(result.map((f) => [f.kind, f.problem.suggested, f.problem.readsAs, f.message])).toEqual([
      ["not-a-number", undefined, -5, '1.1.1 得分 "－５" 是文本，且读作 -5，为负数；请填写 0 到 40 之间的半角数字'],
      ["not-a-number", undefined, 12, '3.6.2 得分 "１２" 是文本，且读作 12，超过分值 10；请填写 0 到 10 之间的半角数字'],
    ]);
  });

  it("reads criterion codes typed with full-width digits or stops", () => {
    const grid = withScores({ "1.1.1": 30 }, { notes: { "1.1.1": "未见考核记录" } });
    const row = grid.values[excelRow("1.1.1") - 1]!;
    row[2] = String(row[2]).replace("1.1.1", "１．１．１");
    const other = grid.values[excelRow("3.6.2") - 1]!;
    other[2] = String(other[2]).replace("3.6.2", "３。６。２");
    const check = checkTable(grid, { rubric: OFFICIAL_RUBRIC })!;
    expect(check.findings).toEqual([]);
    expect(check.summary.total).toBe(990);
  });

  it.each<[string, GridValue]>([
    ["null", null],
    ['""', ""],
    ["spaces", "  "],
  ])("reports %s as unscored, with info severity", (_, score) => {
    const [finding, ...rest] = findings(withScores({ "1.2.1": score }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: "unscored", severity: "info", code: "1.2.1", address: `G${excelRow("1.2.1")}` });
  });

  it("flags missing evidence at the 佐证材料 cell and a missing deduction note at the 扣分说明 cell", () => {
    const result = findings(withScores({ "1.1.1": 30 }, { evidence: { "1.1.1": "" } })).map(brief);
    expect(result).toEqual([
      { kind: "missing-evidence", code: "1.1.1", address: `H${excelRow("1.1.1")}` },
      { kind: "missing-deduction-note", code: "1.1.1", address: `I${excelRow("1.1.1")}` },
    ]);
  });

  it("accepts a partial score with a deduction note", () => {
    expect(findings(withScores({ "1.1.1": 30 }, { notes: { "1.1.1": "方案未印发" } }))).toEqual([]);
  });

  it("flags each absent evidence column once, where it would be added", () => {
    const grid = officialGrid({ columns: ["category", "item", "criterion", "method", "points", "guidance", "score"], scores: fullMarks().scores });
    expect(findings(grid).map((f) => [f.kind, f.address, f.message])).toEqual([
      ["missing-evidence-column", "H3", "表中没有佐证材料列"],
      ["missing-evidence-column", "I3", "表中没有扣分说明列"],
    ]);
  });

  it("follows moved and inserted columns by their header titles", () => {
    const grid = officialGrid({
      columns: ["category", "item", "criterion", "score", "evidence", "note", "method", "guidance", "points"],
      ...fullMarks(),
      scores: { ...fullMarks().scores, "4.6.1": 99 },
    });
    expect(findings(grid).map(brief)).toEqual([{ kind: "over-cap", code: "4.6.1", address: `D${excelRow("4.6.1")}` }]);
  });

  it("places findings at real worksheet addresses when the used range starts at B5", () => {
    const grid = withScores({ "1.1.1": 45 });
    const [finding] = findings(grid, { origin: { row: 4, col: 1 } });
    expect(finding?.address).toBe(`H${excelRow("1.1.1") + 4}`);
  });

  it("speaks English for en-US", () => {
    const check = checkTable(withScores({ "1.1.1": 45 }), { rubric: OFFICIAL_RUBRIC, locale: "en-US" })!;
    expect(check.findings[0]?.message).toBe("1.1.1: score 45 exceeds the cap of 40 points");
  });

  describe("changed-rubric", () => {
    const changed = (f: Finding) => [f.problem.detail, f.code, f.address];

    it("flags a changed 分值 at the 分值 cell, and still checks the score against the official cap", () => {
      const grid = withScores({ "1.1.1": 45 });
      grid.values[excelRow("1.1.1") - 1]![4] = 50;
      const result = findings(grid);
      expect(result.map((f) => f.kind)).toEqual(["changed-rubric", "over-cap"]);
      expect(changed(result[0]!)).toEqual(["points", "1.1.1", `E${excelRow("1.1.1")}`]);
      expect(result[0]?.message).toBe("1.1.1 分值 50 与评价标准的分值（40）不一致");
    });

    it("accepts 分值 stored as text when it reads as the official number", () => {
      const grid = withScores({});
      grid.values[excelRow("1.1.1") - 1]![4] = "40";
      expect(findings(grid)).toEqual([]);
    });

    it("flags changed criterion text but not a line break or spaces in it", () => {
      const grid = withScores({});
      grid.values[excelRow("1.1.1") - 1]![2] = "1.1.1 政府颁布质量兴市（区、县）\n工作方案。";
      grid.values[excelRow("1.2.1") - 1]![2] = "1.2.1依靠质量提升。";
      expect(findings(grid).map(changed)).toEqual([["text", "1.2.1", `C${excelRow("1.2.1")}`]]);
    });

    it("flags a deleted row at the row of the next criterion", () => {
      const grid = withScores({});
      grid.values.splice(excelRow("2.1.1") - 1, 1);
      expect(findings(grid).map(changed)).toEqual([["missing-row", "2.1.1", `C${excelRow("2.1.1")}`]]);
    });

    it("flags the last row deleted below the table", () => {
      const grid = withScores({});
      grid.values.pop();
      const last = OFFICIAL_RUBRIC.criteria[OFFICIAL_RUBRIC.criteria.length - 1]!;
      expect(findings(grid).map(changed)).toEqual([["missing-row", last.code, `C${excelRow(last.code)}`]]);
    });

    it("flags a duplicated row once, at the copy", () => {
      const grid = withScores({});
      const copy = [...grid.values[excelRow("3.1.1") - 1]!];
      grid.values.splice(excelRow("3.1.1"), 0, copy);
      expect(findings(grid).map(changed)).toEqual([["duplicate-row", "3.1.1", `C${excelRow("3.1.1") + 1}`]]);
    });

    it("flags a code that is not in the official table", () => {
      const grid = withScores({});
      grid.values.push([null, null, "5.1.1自定义准则", null, 10, null, 5, "x", null]);
      expect(findings(grid).map(changed)).toEqual([["unknown-code", "5.1.1", `C${grid.values.length}`]]);
    });

    it("flags the 总评分 formula overwritten with a number, right of the label", () => {
      const grid = withScores({});
      grid.formulas[1]![8] = 1000;
      grid.values[1]![8] = 1000;
      const [finding, ...rest] = findings(grid);
      expect(rest).toEqual([]);
      expect([finding?.problem.detail, finding?.address, finding?.message]).toEqual(["total-overwritten", "I2", "总评分公式已被数值 1000 覆盖"]);
    });

    it.each<[string, unknown, GridValue, string]>([
      ["text with a unit", "998分", "998分", '总评分公式已被文本 "998分" 覆盖'],
      ["a number as text", "998", "998", '总评分公式已被文本 "998" 覆盖'],
      ["a blank (Office.js gives \"\")", "", null, "总评分公式已被清空"],
      ["a constant formula", "=1000", 1000, "总评分公式已被改为 =1000，不再引用任何单元格"],
      ["a constant text formula", '="998"', "998", '总评分公式已被改为 ="998"，不再引用任何单元格'],
      ["a formula of functions and constants", "=SUM(500, 500)", 1000, "总评分公式已被改为 =SUM(500, 500)，不再引用任何单元格"],
    ])("flags the 总评分 formula replaced by %s", (_, formula, value, message) => {
      const grid = withScores({});
      grid.formulas[1]![8] = formula;
      grid.values[1]![8] = value;
      const [finding, ...rest] = findings(grid);
      expect(rest).toEqual([]);
      expect([finding?.problem.detail, finding?.address, finding?.message]).toEqual(["total-overwritten", "I2", message]);
    });

    it("words an overwritten total in English", () => {
      const grid = withScores({});
      grid.formulas[1]![8] = "=1000";
      expect(checkTable(grid, { rubric: OFFICIAL_RUBRIC, locale: "en-US" })!.findings.map((f) => f.message)).toEqual([
        "The grand total formula was replaced by =1000, which refers to no cell",
      ]);
      grid.formulas[1]![8] = "998分";
      grid.values[1]![8] = "998分";
      expect(checkTable(grid, { rubric: OFFICIAL_RUBRIC, locale: "en-US" })!.findings.map((f) => f.message)).toEqual(['The grand total formula was overwritten with the text "998分"']);
    });

    it.each(["=SUM(G4:G101)", "=SUM($G$4:$G$101)", "=QCITY.TOTAL(C:C, G:G)", "=SUM(Sheet2!A1)", "=SUM('评价 表'!G4)", "=SUM(得分)", "=SUM(4:101)"])(
      "accepts the 总评分 formula %s, which refers to cells",
      (formula) => {
        const grid = withScores({});
        grid.formulas[1]![8] = formula;
        expect(findings(grid)).toEqual([]);
      },
    );

    it.each<[GridValue, string]>([
      ["998分", '总评分公式已被文本 "998分" 覆盖'],
      [null, "总评分公式已被清空"],
    ])("without a formulas grid flags a 总评分 of %p, which no total formula gives", (value, message) => {
      const grid = withScores({});
      grid.values[1]![8] = value;
      expect(findings({ values: grid.values }).map((f) => f.message)).toEqual([message]);
    });

    it("without a formulas grid accepts an error value, which a formula gives", () => {
      const grid = withScores({});
      grid.values[1]![8] = "#NAME?";
      expect(findings({ values: grid.values })).toEqual([]);
    });

    it("does not guess about the 总评分 cell without a formulas grid", () => {
      const grid = withScores({});
      grid.values[1]![8] = 1000;
      expect(findings({ values: grid.values })).toEqual([]);
    });
  });

  it("sums only valid scores per category and counts the invalid ones", () => {
    const check = checkTable(officialGrid({ scores: { "1.1.1": 30, "1.2.1": 99, "2.1.1": "５", "3.6.2": 2.5 } }), { rubric: OFFICIAL_RUBRIC })!;
    expect(check.summary).toMatchObject({ total: 32.5, cap: 1000, scored: 2, criteria: 98, invalid: 2 });
    expect(check.summary.categories.map((c) => [c.score, c.scored, c.criteria])).toEqual([
      [30, 1, OFFICIAL_RUBRIC.categories[0]!.criteria.length],
      [0, 0, OFFICIAL_RUBRIC.categories[1]!.criteria.length],
      [2.5, 1, OFFICIAL_RUBRIC.categories[2]!.criteria.length],
      [0, 0, OFFICIAL_RUBRIC.categories[3]!.criteria.length],
    ]);
  });
});
