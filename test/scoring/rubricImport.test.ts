import { buildLayout } from "../../src/layout/buildLayout";
import { importRubricTable } from "../../src/scoring/rubricImport";
import data from "../../src/rubric/data/aqsiq-2009.json";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

/** The layout's cells as plain values (formulas as their text), as a reader of the exported sheet sees them. */
function layoutCells(layout: ReturnType<typeof buildLayout>): unknown[][] {
  return layout.cells.map((row) => row.map((cell) => (cell !== null && typeof cell === "object" ? null : cell)));
}

/** A province's table as typed: title, header, rows with blanks continuing the cell above. */
function typedTable(): unknown[][] {
  return [
    ["某省质量工作考核评分细则"],
    [],
    ["考核项目", "考核内容", "评分标准", "考核方法", "分值（分）", "评分细则", "得分", "可不适用"],
    ["1质量工作组织（35分）", "1.1组织领导", "1.1.1成立质量工作领导小组。", "查阅文件", 10, "未成立不得分", null, null],
    [null, null, "1.1.2定期研究质量工作。", null, "10分", null, null, null],
    [null, "1.2规划部署", "1.2.1制定质量发展规划。", null, 15, "酌情打分", null, null],
    ["2质量安全监管（40分）", "2.1监督抽查", "2.1.1完成监督抽查任务。", "查看记录", 20, null, null, null],
    [null, null, "2.1.2开展专项整治。", null, 10, null, null, "是"],
    [null, "2.2风险防控", "2.2.1建立风险监测机制。", null, 10, null, null, null],
    ["3质量基础（25分）", "3.1检验检测", "3.1.1建成国家级质检中心。", "查看现场", 15, "建成得满分", null, "√"],
    [null, null, "3.1.2检验检测能力提升。", null, 10, null, null, null],
    [],
    ["合计", null, null, null, 100],
  ];
}

describe("importRubricTable", () => {
  it("gives back exactly the 2009 data from the exported sheet (round trip)", () => {
    const cells = layoutCells(buildLayout(OFFICIAL_RUBRIC));
    const result = importRubricTable(cells, { id: data.id, source: data.source, issued: data.issued });
    if (!result.ok) throw new Error(result.problems.join("\n"));
    const expected: Partial<typeof data> = { ...data };
    delete expected.$comment;
    expect(result.rubric.data).toEqual(expected);
    expect(result.summary).toMatchObject({ categories: 4, items: 28, criteria: 98, totalPoints: 1000, numbered: false, headerRow: 2 });
  });

  it("reads a province's table with other titles, blank cells continuing above and a 可不适用 column", () => {
    const result = importRubricTable(typedTable(), { id: "prov", grades: [{ name: "A", min: 90 }, { name: "D", min: 0 }], veto: [{ code: "V1", text: "重大事故" }], scale: 100 });
    if (!result.ok) throw new Error(result.problems.join("\n"));
    const r = result.rubric;
    expect(r.title).toBe("某省质量工作考核评分细则");
    expect(r.categories.map((c) => [c.code, c.name, c.points])).toEqual([
      ["1", "质量工作组织", 35],
      ["2", "质量安全监管", 40],
      ["3", "质量基础", 25],
    ]);
    expect(r.items.map((i) => `${i.code}${i.name}`)).toEqual(["1.1组织领导", "1.2规划部署", "2.1监督抽查", "2.2风险防控", "3.1检验检测"]);
    expect(r.data.categories[0]!.items[0]!.criteria[1]).toEqual({ code: "1.1.2", text: "定期研究质量工作。", method: null, points: 10, guidance: null });
    expect(r.criteria.filter((c) => c.optional).map((c) => c.code)).toEqual(["2.1.2", "3.1.1"]);
    expect(r.criterion("2.2.1")).toMatchObject({ method: "查看记录", guidance: "酌情打分" });
    expect(r.totalPoints).toBe(100);
    expect(r.data).toMatchObject({ grades: [{ name: "A", min: 90 }, { name: "D", min: 0 }], veto: [{ code: "V1", text: "重大事故" }], scale: 100 });
    expect(result.summary.numbered).toBe(false);
  });

  it("numbers rows that have no codes, and says it did", () => {
    const cells = [
      ["评价项目", "评价内容", "评价准则", "评价方法", "分值", "评价打分"],
      ["一、组织领导", "领导小组", "成立领导小组。", "查阅文件", 10, "看文件"],
      [null, null, "定期开会。", null, 5, null],
      [null, "工作经费", "安排经费。", null, 5, null],
      ["二、监管", "抽查", "完成抽查。", null, 20, null],
    ];
    const result = importRubricTable(cells, { id: "plain" });
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(result.summary.numbered).toBe(true);
    expect(result.rubric.criteria.map((c) => c.code)).toEqual(["1.1.1", "1.1.2", "1.2.1", "2.1.1"]);
    expect(result.rubric.categories.map((c) => c.name)).toEqual(["一、组织领导", "二、监管"]);
    expect(result.rubric.title).toBe("plain");
  });

  it("refuses a printed cap that differs from its criteria's sum, naming both numbers and the cell", () => {
    const cells = typedTable();
    cells[3]![4] = 5;
    expect(importRubricTable(cells, { id: "prov" })).toEqual({ ok: false, problems: ["A4：印出的分值 35 分与其下评价准则分值之和 30 分不符"] });
  });

  it("names the cell of a 分值 that is not a positive number", () => {
    const cells = typedTable();
    cells[5]![4] = "十五";
    const result = importRubricTable(cells, { id: "prov" }, "zh-CN");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toBe("E6：分值应为大于 0 的数字（现为“十五”）");
  });

  it("says when no header row is found, and when a title appears twice", () => {
    expect(importRubricTable([["名称", "数量"]], { id: "x" })).toEqual({
      ok: false,
      problems: ["没有找到表头：需要有一行同时含“评价准则”（或 评分标准、考核标准、评价标准）和“分值”（或 标准分、标准分值）（已查看前 50 行）"],
    });
    const twice = [["评价项目", "评价内容", "评价准则", "分值", "分值"]];
    expect(importRubricTable(twice, { id: "x" })).toEqual({ ok: false, problems: ["表头“分值”出现两次（D1、E1），无法确定用哪一列"] });
  });

  it("passes the result through the rubric's rules (a repeated code names its JSON path)", () => {
    const cells = typedTable();
    cells[4]![2] = "1.1.1又一条。";
    const result = importRubricTable(cells, { id: "prov" });
    expect(result).toEqual({ ok: false, problems: ["categories[0].items[0].criteria[1].code：编号 1.1.1 重复（已用于 categories[0].items[0].criteria[0].code）"] });
  });
});
