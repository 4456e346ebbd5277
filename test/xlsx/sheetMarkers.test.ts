import ExcelJS from "exceljs";
import { buildLayout } from "../../src/layout/buildLayout";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { readWorkbookSnapshots } from "../../src/xlsx/readSnapshot";
import { readSheetMarkers } from "../../src/xlsx/sheetMarkers";
import { workbookBuffer, writeWorkbook } from "../../src/xlsx/writeWorkbook";

async function bufferOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("sheet markers in an .xlsx", () => {
  it("are written by the exporter and read back with the sheet", async () => {
    const [sheet] = await readWorkbookSnapshots(await workbookBuffer(buildLayout(OFFICIAL_RUBRIC)));
    expect(sheet?.snapshot.marker).toEqual({ rubric: OFFICIAL_RUBRIC.id, role: "assessment" });
  });

  it("belong to their own sheet, whatever the order and however many", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("扣分汇总").getCell("A1").value = "评价准则";
    writeWorkbook({ ...buildLayout(OFFICIAL_RUBRIC, { assessor: "张三" }), sheetName: "得分（张三）" }, workbook);
    writeWorkbook({ ...buildLayout(OFFICIAL_RUBRIC, { assessor: "阿依古丽·买买提" }), sheetName: "得分（阿依古丽·买买提）" }, workbook);
    writeWorkbook({ ...buildLayout(OFFICIAL_RUBRIC, { role: "summary" }), sheetName: "汇总" }, workbook);
    const sheets = await readWorkbookSnapshots(await bufferOf(workbook));
    expect(sheets.map((s) => [s.name, s.snapshot.marker])).toEqual([
      ["扣分汇总", undefined],
      ["得分（张三）", { rubric: "aqsiq-2009", role: "assessment", assessor: "张三" }],
      ["得分（阿依古丽·买买提）", { rubric: "aqsiq-2009", role: "assessment", assessor: "阿依古丽·买买提" }],
      ["汇总", { rubric: "aqsiq-2009", role: "summary" }],
    ]);
  });

  it("are none in a workbook typed by hand, or in bytes that are no zip", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("评价表").getCell("A1").value = "得分";
    expect((await readSheetMarkers(await bufferOf(workbook))).size).toBe(0);
    expect((await readSheetMarkers(Buffer.from("not a workbook"))).size).toBe(0);
  });
});
