
import { buildLayout } from "../../src/layout/buildLayout";
import { readTable } from "../../src/table/readTable";
import { insertColumn, layoutGrid, moveColumn } from "../helpers/layoutGrid";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const layout = buildLayout(OFFICIAL_RUBRIC, { province: "浙江", city: "杭州" });
const codes = OFFICIAL_RUBRIC.criteria.map((c) => c.code);
const caps = OFFICIAL_RUBRIC.criteria.map((c) => c.points);

describe("readTable on a grid of the exported layout", () => {
  it("finds the header row, every column and the 98 criterion rows with their caps", () => {
    const found = readTable(layoutGrid(layout))!;
    expect(found.headerRow).toBe(2);
    expect(found.columns).toEqual({ category: 0, item: 1, criterion: 2, method: 3, points: 4, guidance: 5, score: 6, evidence: 7, note: 8 });
    expect(found.rows.map((r) => r.code)).toEqual(codes);
    expect(found.rows.map((r) => r.points)).toEqual(caps);
    expect(found.rows[0]).toMatchObject({ row: 3, code: "1.1.1", score: null, evidence: null, note: null });
    expect(found.rows[97]).toMatchObject({ row: 100, code: "4.7.1" });
  });

  it("finds the 总评分 cell right of its label, where the layout puts the grand total", () => {
    const found = readTable(layoutGrid(layout))!;
    expect(found.grandTotal).toEqual({ ...layout.table.grandTotalCell, value: null });
  });

  it("reads typed scores, evidence and notes from their columns", () => {
    const grid = layoutGrid(layout);
    grid[3]![6] = 40;
    grid[3]![7] = "工作方案文件";
    grid[4]![6] = 15;
    grid[4]![8] = "目标不够具体";
    const found = readTable(grid)!;
    expect(found.rows[0]).toMatchObject({ code: "1.1.1", score: 40, evidence: "工作方案文件", note: null });
    expect(found.rows[1]).toMatchObject({ code: "1.2.1", score: 15, evidence: null, note: "目标不够具体" });
  });

  it("ignores the summary block below the table", () => {
    const found = readTable(layoutGrid(layout))!;
    expect(found.rows.every((r) => r.row <= layout.table.lastCriterionRow)).toBe(true);
  });

  it("still works after a column is inserted before 得分", () => {
    const grid = insertColumn(layoutGrid(layout), 6, "自评得分", 2);
    grid[3]![7] = 38;
    const found = readTable(grid)!;
    expect(found.columns).toMatchObject({ points: 4, guidance: 5, score: 7, evidence: 8, note: 9 });
    expect(found.rows.map((r) => r.code)).toEqual(codes);
    expect(found.rows[0]?.score).toBe(38);
    expect(found.rows.map((r) => r.points)).toEqual(caps);
  });

  it("still works after 得分 is moved to the far left and 分值 to the far right", () => {
    let grid = moveColumn(layoutGrid(layout), 6, 0);
    grid = moveColumn(grid, 5, 8);
    grid[3]![0] = 33;
    const found = readTable(grid)!;
    expect(found.columns).toMatchObject({ score: 0, criterion: 3, points: 8 });
    expect(found.rows.map((r) => r.code)).toEqual(codes);
    expect(found.rows.map((r) => r.points)).toEqual(caps);
    expect(found.rows[0]?.score).toBe(33);
  });

  it("maps en-US headers too, and reports a table without evidence columns as such", () => {
    const en = readTable(layoutGrid(buildLayout(OFFICIAL_RUBRIC, { locale: "en-US", evidenceColumns: false })))!;
    expect(en.columns.evidence).toBeUndefined();
    expect(en.rows).toHaveLength(98);
    expect(en.rows[0]?.evidence).toBeUndefined();
    expect(en.grandTotal?.col).toBe(6);
  });

  it("gives undefined for a grid with no header row", () => {
    expect(readTable([["质量兴市"], [1, 2, 3]])).toBeUndefined();
  });
});
