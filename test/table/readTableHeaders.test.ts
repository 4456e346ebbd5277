import { columnOfTitle } from "../../src/table/titles";
import { readTable } from "../../src/table/readTable";
import { ALL_COLUMNS, HEADER_ROW, officialGrid } from "../helpers/officialGrid";
import { insertColumn } from "../helpers/layoutGrid";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const codes = OFFICIAL_RUBRIC.criteria.map((c) => c.code);

describe("header titles", () => {
  it.each([
    ["得分（分）", "score"],
    ["得分(分)", "score"],
    ["分值（分）", "points"],
    ["分值 (分)", "points"],
    ["得　分", "score"],
    [" 评价 准则 ", "criterion"],
    ["佐证材料【必填】", "evidence"],
    ["Score (points)", "score"],
  ])("reads %j as the %s column", (title, key) => {
    expect(columnOfTitle(title)?.role).toBe(key);
  });

  it.each(["打分", "得分说明", "（分）", "得分（分）合计"])("does not take %j for a column title", (title) => {
    expect(columnOfTitle(title)?.role).toBeUndefined();
  });

  it.each(["自评得分", "得分（自评）"])("reads %j as the self-assessment, not as 得分", (title) => {
    expect(columnOfTitle(title)?.role).toBe("self-score");
  });

  it("finds a table whose headers carry units in brackets and full-width spaces", () => {
    const { values } = officialGrid();
    const header = values[HEADER_ROW]!;
    header[ALL_COLUMNS.indexOf("points")] = "分值（分）";
    header[ALL_COLUMNS.indexOf("score")] = "得分（分）";
    header[ALL_COLUMNS.indexOf("criterion")] = "评价　准则";
    const found = readTable(values)!;
    expect(found.columns).toMatchObject({ criterion: 2, points: 4, score: 6 });
    expect(found.rows.map((r) => r.code)).toEqual(codes);
  });
});

describe("header search", () => {
  it("finds a header far below row 60", () => {
    const { values } = officialGrid();
    const notes = Array.from({ length: 150 }, (_, i) => [`说明第 ${i + 1} 行`]);
    const found = readTable([...notes, ...values])!;
    expect(found.headerRow).toBe(150 + HEADER_ROW);
    expect(found.rows).toHaveLength(98);
  });
});

describe("duplicate header titles", () => {
  it("reports a 得分 column inserted before the real one, with both columns", () => {
    const scoreCol = ALL_COLUMNS.indexOf("score");
    const grid = insertColumn(officialGrid().values, scoreCol, "得分", HEADER_ROW);
    const found = readTable(grid)!;
    expect(found.duplicateTitles).toEqual([{ role: "score", title: "得分", cols: [scoreCol, scoreCol + 1] }]);
  });

  it("counts titles that differ only by a unit as the same column", () => {
    const grid = insertColumn(officialGrid().values, 8, "分值（分）", HEADER_ROW);
    expect(readTable(grid)!.duplicateTitles).toEqual([{ role: "points", title: "分值", cols: [4, 8] }]);
  });

  it("reports none on the official header row", () => {
    expect(readTable(officialGrid().values)!.duplicateTitles).toBeUndefined();
  });
});
