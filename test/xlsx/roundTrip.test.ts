import ExcelJS from "exceljs";

import { buildLayout } from "../../src/layout/buildLayout";
import { readTable } from "../../src/table/readTable";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbookGrid";
import { workbookBuffer } from "../../src/xlsx/writeWorkbook";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const codes = OFFICIAL_RUBRIC.criteria.map((c) => c.code);
const caps = OFFICIAL_RUBRIC.criteria.map((c) => c.points);

describe("export → .xlsx → grid → table", () => {
  let exported: Buffer;
  beforeAll(async () => {
    exported = await workbookBuffer(buildLayout(OFFICIAL_RUBRIC, { province: "浙江", city: "杭州" }));
  });

  it("gives back the 98 criteria with their codes and caps", async () => {
    const table = readTable(await readWorkbookGrid(exported, "质量兴市评价"))!;
    expect(table.headerRow).toBe(2);
    expect(table.rows).toHaveLength(98);
    expect(table.rows.map((r) => r.code)).toEqual(codes);
    expect(table.rows.map((r) => r.points)).toEqual(caps);
    expect(table.rows[0]?.criterionText).toBe("1.1.1政府颁布质量兴市（区、县）工作方案。");
    expect(table.grandTotal).toMatchObject({ row: 1, col: 6 });
  });

  it("still finds every row and the scores after a column is inserted before 得分", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported as never);
    const ws = wb.getWorksheet("质量兴市评价")!;
    ws.spliceColumns(7, 0, ["", "", "自评得分"]);
    ws.getCell("H4").value = 35; // 得分 of 1.1.1, now one column to the right
    ws.getCell("G4").value = 40; // the new 自评得分 column
    ws.getCell("I4").value = "工作方案";
    const edited = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    const table = readTable(await readWorkbookGrid(edited))!;
    expect(table.columns).toMatchObject({ criterion: 2, points: 4, score: 7, evidence: 8, note: 9 });
    expect(table.rows.map((r) => r.code)).toEqual(codes);
    expect(table.rows.map((r) => r.points)).toEqual(caps);
    expect(table.rows[0]).toMatchObject({ code: "1.1.1", score: 35, evidence: "工作方案", note: null });
    expect(table.rows[1]?.score).toBeNull();
  });
});
