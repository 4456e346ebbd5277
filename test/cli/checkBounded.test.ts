import { join } from "node:path";
import ExcelJS from "exceljs";
import type { GridValue } from "../../src/table/grid";
import { insertColumn } from "../helpers/layoutGrid";
import { ALL_COLUMNS, HEADER_ROW, fullMarks, officialGrid } from "../helpers/officialGrid";
import { craftWorkbook, fillFullMarks, runCheck, workbookFolder } from "./craftedWorkbook";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const folder = workbookFolder();

const check = (...args: string[]) => runCheck(folder, ...args);

/** A hand-made sheet: `values` written with its top-left cell at `row`, `col` (1-based), and `edit` applied. */
async function gridWorkbook(name: string, values: readonly (readonly GridValue[])[], row = 1, col = 1, edit?: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("评价");
  values.forEach((line, r) => line.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(row + r, col + c).value = v)));
  edit?.(ws);
  const path = join(folder, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Excel row of a criterion in the exported sheet. */
const exportedRow = (code: string) => OFFICIAL_RUBRIC.criterion(code)!.index + 4;

describe("qcity check on a sheet with a stray cell far away", () => {
  it.each(["A1048576", "XFD1048576"])("checks the table as usual with a value at %s", async (far) => {
    const path = await craftWorkbook(folder, `stray-${far}.xlsx`, (ws, at) => {
      fillFullMarks(at);
      at("3.6.2", "score").value = 99;
      ws.getCell(far).value = "x";
    });
    const result = await check(path, "--json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as { findings: { kind: string; address: string }[] };
    expect(report.findings.map((f) => [f.kind, f.address])).toEqual([["over-cap", `G${exportedRow("3.6.2")}`]]);
  });

  it("ignores a cell that only has a fill (G200000)", async () => {
    const path = await craftWorkbook(folder, "fill-far.xlsx", (ws, at) => {
      fillFullMarks(at);
      ws.getCell("G200000").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    });
    expect(await check(path)).toMatchObject({ code: 0, err: "" });
  });
});

describe("qcity check finding the header", () => {
  it("accepts titles with a unit in brackets, a full-width space, and a header below row 60", async () => {
    const { values } = officialGrid(fullMarks());
    const header = values[HEADER_ROW]!;
    header[ALL_COLUMNS.indexOf("score")] = "得分（分）";
    header[ALL_COLUMNS.indexOf("points")] = "分值(分)";
    header[ALL_COLUMNS.indexOf("evidence")] = "佐证　材料";
    values[1] = ["省（自治区、直辖市）"]; // no 总评分 cell: a hand-made sheet
    const path = await gridWorkbook("low-header.xlsx", values, 150);
    const result = await check(path);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain("总评分 1000 / 1000，已打分 98 / 98");
  });

  it("exits 2 naming the block it read when the table lies outside it", async () => {
    const path = await gridWorkbook("far-table.xlsx", officialGrid(fullMarks()).values, 500);
    const result = await check(path);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      "qcity check: far-table.xlsx 中没有评价表（已查看工作表：评价）：需要一行表头同时含“评价准则”和“得分”（英文表头为 Criterion 和 Score；可带单位，如“得分（分）”），在 A1:AN400 范围内查找。" +
        "A1:AN400 之外的单元格未读取；如评价表在那里，请把它移到工作表左上方。",
    );
  });

  it("exits 2 rather than report missing rows when the table runs past row 400", async () => {
    const path = await gridWorkbook("cut-table.xlsx", officialGrid(fullMarks()).values, 350);
    const result = await check(path, "--lang", "en-US");
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'qcity check: The rubric table on sheet "评价" runs past A1:AN400, the block that is read (cut off at the bottom), so it cannot be checked in full. ' +
        "Delete extra rows above the table or columns left of it, so the whole table lies inside A1:AN400.",
    );
  });
});

describe("qcity check on a header title that appears twice", () => {
  const twoScoreColumns = () => insertColumn(officialGrid(fullMarks()).values, ALL_COLUMNS.indexOf("score"), "得分", HEADER_ROW);

  it("exits 2 naming the title and both columns, in zh-CN", async () => {
    const path = await gridWorkbook("two-scores.xlsx", twoScoreColumns());
    expect(await check(path)).toEqual({
      code: 2,
      out: "",
      err: "qcity check: 工作表“评价”中的评价表无法检查：表头“得分”出现了 2 次（G 列、H 列），无法确定检查哪一列。请删除多余的列或给它改名，再检查。",
    });
  });

  it("and in en-US, with --sheet", async () => {
    const path = await gridWorkbook("two-scores-en.xlsx", twoScoreColumns());
    expect(await check(path, "--sheet", "评价", "--lang", "en-US")).toEqual({
      code: 2,
      out: "",
      err:
        'qcity check: The rubric table on sheet "评价" cannot be checked: the header "得分" appears 2 times (columns G, H), so it is not clear which column to check. ' +
        "Delete or rename the extra column, then check again.",
    });
  });
});
