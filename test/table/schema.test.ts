import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { buildLayout } from "../../src/layout/buildLayout";
import { locateTable } from "../../src/scoring/locateTable";
import { assessorScores, readTable } from "../../src/table/readTable";
import { COLUMN_KINDS, assessorScoreColumn, officialSchema, selfScoreColumn, withColumns } from "../../src/table/schema";
import { columnOfTitle } from "../../src/table/titles";
import { insertColumn, layoutGrid } from "../helpers/layoutGrid";
import { HEADER_ROW, officialGrid } from "../helpers/officialGrid";

const SCORE_COL = 6;

describe("assessor titles", () => {
  it.each([
    ["得分（张三）", "张三"],
    ["得分(阿依古丽·买买提)", "阿依古丽·买买提"],
    ["评分（李四）", "李四"],
    ["专家：张三", "张三"],
    ["评审专家: 王五", "王五"],
    ["Score (Zhang San)", "Zhang San"],
    ["Expert: O'Neil Chen", "O'Neil Chen"],
    // Names with digits or 分 are names, not units.
    ["得分（专家1）", "专家1"],
    ["得分（2024 王五）", "2024 王五"],
    ["得分（张分）", "张分"],
    ["Score (Expert 2)", "Expert 2"],
    // A name may hold brackets, and be long.
    ["得分（张三（组长））", "张三(组长)"],
    ["得分【李四】", "李四"],
    ["得分（" + "很".repeat(40) + "）", "很".repeat(40)],
  ])("reads %j as the score column of %s", (title, assessor) => {
    expect(columnOfTitle(title)).toMatchObject({ role: "assessor-score", assessor });
  });

  it.each(["得分（分）", "得分【必填】", "得分（满分10分）", "得分（10分）", "得分（0-10）", "得分（0～10分）", "Score (pts)", "Score (10 points)"])("still reads %j as plain 得分", (title) => {
    expect(columnOfTitle(title)?.role).toBe("score");
    expect(columnOfTitle(title)?.assessor).toBeUndefined();
  });

  it("keeps the aliases of each column", () => {
    expect(columnOfTitle("实得分")?.role).toBe("score");
    expect(columnOfTitle("佐证资料")?.role).toBe("evidence");
    expect(columnOfTitle("扣分原因")?.role).toBe("note");
  });
});

describe("a table with several score columns", () => {
  it("reads 得分（张三） beside 得分 as that assessor's column, not as a duplicate", () => {
    const grid = insertColumn(officialGrid({ scores: { "1.1.1": 40 } }).values, SCORE_COL + 1, "得分（张三）", HEADER_ROW);
    grid[HEADER_ROW + 1]![SCORE_COL + 1] = 35;
    const found = readTable(grid)!;
    expect(found.duplicateTitles).toBeUndefined();
    expect(found.columns).toMatchObject({ score: SCORE_COL, "assessor-score": SCORE_COL + 1, evidence: SCORE_COL + 2 });
    expect(found.rows[0]).toMatchObject({ code: "1.1.1", score: 40 });
    expect(assessorScores(found, found.rows[0]!)).toEqual([{ assessor: "张三", value: 35 }]);
  });

  it("checks an assessor's sheet whose only score column is 得分（张三）", () => {
    const { values } = officialGrid({ scores: { "1.1.1": 30 } });
    values[HEADER_ROW]![SCORE_COL] = "得分（张三）";
    const search = locateTable({ values });
    expect("table" in search && search.table.columns.score).toBe(SCORE_COL);
    expect("table" in search && search.table.rows[0]?.score).toBe(30);
  });

  it("refuses two columns of the same assessor, with both columns", () => {
    const { values } = officialGrid();
    values[HEADER_ROW]![SCORE_COL] = "得分（张三）";
    const grid = insertColumn(values, SCORE_COL + 1, "专家：张三", HEADER_ROW);
    expect(readTable(grid)!.duplicateTitles).toEqual([{ role: "assessor-score", assessor: "张三", title: "得分（张三）", cols: [SCORE_COL, SCORE_COL + 1] }]);
    expect(locateTable({ values: grid })).toEqual({ noTable: { kind: "duplicate-titles", duplicates: [{ title: "得分（张三）", columns: ["G", "H"] }] } });
  });

  it("refuses two assessors' columns with no 得分 column, naming them", () => {
    const { values } = officialGrid();
    values[HEADER_ROW]![SCORE_COL] = "得分（张三）";
    const grid = insertColumn(values, SCORE_COL + 1, "得分（李四）", HEADER_ROW);
    expect(locateTable({ values: grid })).toEqual({
      noTable: { kind: "no-score-column", titles: ["得分（张三）", "得分（李四）"], columns: ["G", "H"] },
    });
  });
});

describe("a layout built from a panel schema", () => {
  const schema = withColumns(officialSchema(), [selfScoreColumn(), assessorScoreColumn("张三", 1), assessorScoreColumn("李四", 2)], 7);
  const layout = buildLayout(OFFICIAL_RUBRIC, { schema });
  const first = layout.table.firstCriterionRow;
  const last = layout.table.lastCriterionRow;

  it("writes each column's title and width from the schema", () => {
    expect(layout.cells[layout.table.headerRow]?.slice(6)).toEqual(["得分", "自评得分", "得分（张三）", "得分（李四）", "佐证材料", "扣分说明"]);
    expect(layout.columnWidths.slice(6)).toEqual([8, COLUMN_KINDS["self-score"].width, 10, 10, 18, 16]);
  });

  it("names each column's criterion rows after its schema entry", () => {
    expect(layout.names.map((n) => [n.name, n.rect.left])).toEqual([
      ["QCITY_CRITERIA", 2],
      ["QCITY_POINTS", 4],
      ["QCITY_SCORES", 6],
      ["QCITY_SELF_SCORES", 7],
      ["QCITY_SCORES_1", 8],
      ["QCITY_SCORES_2", 9],
      ["QCITY_EVIDENCE", 10],
      ["QCITY_NOTES", 11],
    ]);
    expect(layout.names.every((n) => n.rect.top === first && n.rect.bottom === last)).toBe(true);
  });

  it("validates every score column against 分值 and leaves the others alone", () => {
    const cols = new Set(layout.validations.map((v) => v.rect.left));
    expect([...cols]).toEqual([6, 7, 8, 9]);
  });

  it("is read back as the same schema", () => {
    const found = readTable(layoutGrid(layout))!;
    expect(found.schema.map((f) => [f.column.role, f.column.assessor ?? null, f.col])).toEqual([
      ["category", null, 0],
      ["item", null, 1],
      ["criterion", null, 2],
      ["method", null, 3],
      ["points", null, 4],
      ["guidance", null, 5],
      ["score", null, 6],
      ["self-score", null, 7],
      ["assessor-score", "张三", 8],
      ["assessor-score", "李四", 9],
      ["evidence", null, 10],
      ["note", null, 11],
    ]);
    expect(found.rows).toHaveLength(98);
  });
});
