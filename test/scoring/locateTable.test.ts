import { checkSheet, checkTable } from "../../src/scoring/checkTable";
import { locateTable } from "../../src/scoring/locateTable";
import { planEvidenceColumns } from "../../src/scoring/planEvidenceColumns";
import { describeNoTable } from "../../src/scoring/noTableMessage";
import type { SheetSnapshot } from "../../src/scoring/snapshot";
import { TABLE_WINDOW } from "../../src/table/window";
import type { GridValue } from "../../src/table/grid";
import { insertColumn } from "../helpers/layoutGrid";
import { ALL_COLUMNS, HEADER_ROW, fullMarks, officialGrid } from "../helpers/officialGrid";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const SCORE_COL = ALL_COLUMNS.indexOf("score");
const scored = () => officialGrid(fullMarks());
/** The official table with a second 得分 column inserted before the real one, as in the QA report. */
const withSecondScoreColumn = () => {
  const { values, formulas } = scored();
  return { values: insertColumn(values, SCORE_COL, "得分", HEADER_ROW), formulas: insertColumn(formulas as GridValue[][], SCORE_COL, "得分", HEADER_ROW) };
};
/** A bounded read of `values` placed at `origin`, with the sheet's values reaching `used`. */
const bounded = (values: GridValue[][], used: { rows: number; cols: number }, origin = { row: 0, col: 0 }): SheetSnapshot => ({
  values,
  origin,
  bounds: { window: TABLE_WINDOW, used },
});

describe("a header title that appears twice", () => {
  it("gives no table to check, naming the title and both columns, instead of 98 unscored findings", () => {
    const result = checkSheet(withSecondScoreColumn(), { rubric: OFFICIAL_RUBRIC });
    expect(result).toEqual({ ok: false, noTable: { kind: "duplicate-titles", duplicates: [{ title: "得分", columns: ["G", "H"] }] } });
    expect(checkTable(withSecondScoreColumn(), { rubric: OFFICIAL_RUBRIC })).toBeUndefined();
  });

  it("names the columns as the worksheet does when the table does not start at A1", () => {
    const search = locateTable({ ...withSecondScoreColumn(), origin: { row: 4, col: 2 } });
    expect(search).toEqual({ noTable: { kind: "duplicate-titles", duplicates: [{ title: "得分", columns: ["I", "J"] }] } });
  });

  it("says so in zh-CN and en-US", () => {
    const noTable = { kind: "duplicate-titles", duplicates: [{ title: "得分", columns: ["G", "H"] }] } as const;
    expect(describeNoTable(noTable, "zh-CN", "质量兴市评价")).toBe(
      "工作表“质量兴市评价”中的评价表无法检查：表头“得分”出现了 2 次（G 列、H 列），无法确定检查哪一列。请删除多余的列或给它改名，再检查。",
    );
    expect(describeNoTable(noTable, "en-US")).toBe(
      'The rubric table cannot be checked: the header "得分" appears 2 times (columns G, H), so it is not clear which column to check. Delete or rename the extra column, then check again.',
    );
  });
});

describe("a bounded read", () => {
  it("checks the table when a stray value lies far beyond it (A1048576, XFD1048576)", () => {
    const { values } = scored();
    const result = checkSheet(bounded(values, { rows: 1048576, cols: 16384 }), { rubric: OFFICIAL_RUBRIC });
    expect(result.ok && result.check.findings).toEqual([]);
    expect(result.ok && result.check.summary.total).toBe(1000);
  });

  it("reports a table that runs past the bottom of the block read rather than missing rows", () => {
    const { values } = scored();
    // The header at worksheet row 350: criterion rows go on past row 400.
    const origin = { row: 347, col: 0 };
    const cut = values.slice(0, TABLE_WINDOW.rows - origin.row);
    expect(locateTable(bounded(cut, { rows: 447, cols: 9 }, origin))).toEqual({ noTable: { kind: "cut-off", window: "A1:AN400", rows: true, cols: false } });
    expect(describeNoTable({ kind: "cut-off", window: "A1:AN400", rows: true, cols: false }, "zh-CN")).toBe(
      "评价表超出了读取范围 A1:AN400（下方被截断），无法完整检查。请删除表格上方多余的行或左侧多余的列，使整张评价表位于 A1:AN400 之内。",
    );
  });

  it("reports a table that runs past the right edge of the block read", () => {
    const { values } = scored();
    const origin = { row: 0, col: 33 }; // 评价项目 in AH, 扣分说明 in AP
    const cut = values.map((line) => line.slice(0, TABLE_WINDOW.cols - origin.col));
    expect(locateTable(bounded(cut, { rows: 101, cols: 42 }, origin))).toEqual({ noTable: { kind: "cut-off", window: "A1:AN400", rows: false, cols: true } });
  });

  it("says what it looked for, and where, when no header is found; and that cells beyond were not read", () => {
    const search = locateTable(bounded([["姓名", "成绩"]], { rows: 5000, cols: 2 }));
    expect(search).toEqual({ noTable: { kind: "no-header", window: "A1:AN400", beyond: true } });
    if (!("noTable" in search)) return;
    expect(describeNoTable(search.noTable, "zh-CN", "Sheet1")).toBe(
      "工作表“Sheet1”中没有找到评价表：需要一行表头同时含“评价准则”和“得分”（英文表头为 Criterion 和 Score；可带单位，如“得分（分）”），在 A1:AN400 范围内查找。" +
        "A1:AN400 之外的单元格未读取；如评价表在那里，请把它移到工作表左上方。",
    );
    expect(describeNoTable(search.noTable, "en-US")).toBe(
      "No rubric table found: it needs a header row with both 评价准则 and 得分 (or Criterion and Score; a unit in brackets such as 得分（分） is fine), looked for in A1:AN400." +
        " Cells outside A1:AN400 were not read; if the table is there, move it to the top left of the sheet.",
    );
  });
});

describe("adding evidence columns after a bounded read", () => {
  it("counts the sheet's values beyond the block read: no room to insert when they reach the last column", () => {
    const { values } = officialGrid({ columns: ALL_COLUMNS.slice(0, 7) });
    values[HEADER_ROW + 1]![7] = "备注"; // beside the table: columns must be inserted
    const snapshot = bounded(values, { rows: 101, cols: 16384 });
    expect(planEvidenceColumns(checkTable(snapshot, { rubric: OFFICIAL_RUBRIC }), snapshot)).toEqual({ ok: false, reason: "no-room" });
    const near = bounded(values, { rows: 101, cols: 9 });
    expect(planEvidenceColumns(checkTable(near, { rubric: OFFICIAL_RUBRIC }), near)).toMatchObject({ ok: true, mode: "insert", columnsAddress: "H:I" });
  });
});
