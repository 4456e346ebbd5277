import ExcelJS from "exceljs";
import JSZip from "jszip";
import { applyLayout } from "../../src/excel/applyLayout";
import { buildLayout } from "../../src/layout/buildLayout";
import { panelLayouts } from "../../src/layout/panel/panelLayouts";
import type { WorksheetLayout } from "../../src/layout/types";
import { MemorySheet, writeLayout } from "../../src/memory";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { workbookBuffer } from "../../src/xlsx/writeWorkbook";
import { officeRecorder } from "./officeRecorder";
import { exceljsPicture, memoryPicture, officePrint, type SheetPicture } from "./sheetPicture";

/**
 * One layout, every writer: the Office.js adapter (over a double that follows
 * Office.js's documented behaviour), ExcelJS (written, then read back from the
 * .xlsx) and the memory workbook must give the same sheet.
 */

async function throughOffice(layout: WorksheetLayout): Promise<SheetPicture> {
  const office = officeRecorder(layout.sheetName);
  applyLayout(office.context, office.worksheet, layout);
  await office.context.sync();
  return memoryPicture(office.sheet, officePrint(office.print));
}

async function throughExcelJS(layout: WorksheetLayout): Promise<SheetPicture> {
  const buffer = await workbookBuffer(layout);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as never);
  const xml = await (await JSZip.loadAsync(buffer)).file("xl/workbook.xml")!.async("string");
  const names = [...xml.matchAll(/<definedName name="([^"]+)"(?: localSheetId="(\d+)")?[^>]*>([^<]*)<\/definedName>/g)].map(
    (m) => [m[1] as string, m[2], (m[3] as string).replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&")] as [string, string | undefined, string],
  );
  return exceljsPicture(workbook.getWorksheet(layout.sheetName)!, names);
}

function throughMemory(layout: WorksheetLayout): SheetPicture {
  const sheet = new MemorySheet(layout.sheetName);
  writeLayout(sheet, layout);
  return memoryPicture(sheet);
}

const layouts: [string, WorksheetLayout][] = [
  ["the official sheet, zh-CN, native totals", buildLayout(OFFICIAL_RUBRIC, { province: "=河北省", city: "石家庄市" })],
  ["the official sheet, en-US, QCITY totals, no evidence columns", buildLayout(OFFICIAL_RUBRIC, { locale: "en-US", formulaStyle: "qcity", evidenceColumns: false })],
  ["one assessor's sheet", buildLayout(OFFICIAL_RUBRIC, { role: "assessment", assessor: "阿依古丽·买买提" })],
];
// A panel's summary sheet (汇总表) and a filled expert sheet, as 评审 and `qcity merge` write them.
const panel = panelLayouts(OFFICIAL_RUBRIC, {
  experts: ["张三", "O'Neil Chen"].map((name) => ({ name, sheetName: name, entries: new Map() })),
  self: { name: "自评", sheetName: "自评表", entries: new Map() },
  method: "trimmed",
});
layouts.push(["the panel's summary sheet", panel.summary], ["an expert's sheet of a panel", panel.sheets[panel.sheets.length - 1] as WorksheetLayout]);

describe.each(layouts)("%s through every writer", (_, layout) => {
  let office: SheetPicture;
  let exceljs: SheetPicture;
  let memory: SheetPicture;
  beforeAll(async () => {
    [office, exceljs, memory] = await Promise.all([throughOffice(layout), throughExcelJS(layout), Promise.resolve(throughMemory(layout))]);
  });

  const properties: (keyof SheetPicture)[] = ["cells", "merges", "borders", "unlocked", "numberFormats", "validations", "conditionalFormats", "names", "marker", "freeze", "print", "styles", "columnWidths", "rowHeights"];
  it.each(properties)("%s: Office.js and ExcelJS write the same", (property) => {
    expect(office[property]).toEqual(exceljs[property]);
  });
  it.each(properties)("%s: the memory workbook writes the same as ExcelJS", (property) => {
    expect(memory[property]).toEqual(exceljs[property]);
  });

  it("compares something real: inside borders, formulas, names, the marker, and on a score sheet unlocked score cells, validations and highlights", () => {
    const { firstCriterionRow: first, lastCriterionRow: last, columns } = layout.table;
    const score = columns.score as number;
    expect(exceljs.marker).toEqual(layout.marker);
    expect(exceljs.print.printArea).not.toBe("");
    if (layout.marker.role === "summary") return;
    // The line between the first two criterion rows in the 得分 column, and the one between 分值 and 评价打分.
    expect(exceljs.borders).toEqual(expect.arrayContaining([`-${first + 1},${score}`, `|${first},${score}`]));
    expect(exceljs.unlocked.length).toBeGreaterThanOrEqual(last - first + 1);
    expect(Object.keys(exceljs.validations)).toHaveLength(last - first + 1);
    expect(Object.keys(exceljs.names).length).toBeGreaterThanOrEqual(3);
    expect(exceljs.conditionalFormats.length).toBeGreaterThan(0);
    expect(Object.values(exceljs.cells).some((c) => "formula" in c)).toBe(true);
  });
});

describe("the Office.js double is faithful", () => {
  it("refuses a 2-D array whose shape differs from the range, at sync", async () => {
    const office = officeRecorder();
    office.worksheet.getRange("A1:B2").formulas = [[1, 2]];
    await expect(office.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("drops writes to the non-anchor cells of a merged area", async () => {
    const office = officeRecorder();
    office.worksheet.getRange("A1:B1").merge(false);
    office.worksheet.getRange("A1:B1").formulas = [["title", "lost"]];
    await office.context.sync();
    expect(memoryPicture(office.sheet, officePrint({ zoom: {} })).cells).toEqual({ A1: { value: "title" } });
  });

  it("draws only the edges asked for: no inside lines without InsideHorizontal/InsideVertical", async () => {
    const office = officeRecorder();
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) office.worksheet.getRange("A1:B2").format.borders.getItem(edge).style = "Continuous";
    await office.context.sync();
    expect(memoryPicture(office.sheet, officePrint({ zoom: {} })).borders).toEqual(["-0,0", "-0,1", "-2,0", "-2,1", "|0,0", "|0,2", "|1,0", "|1,2"]);
  });
});
