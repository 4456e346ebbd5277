import ExcelJS from "exceljs";
import JSZip from "jszip";

import { buildLayout } from "../../src/layout/buildLayout";
import { rectAddress } from "../../src/table/a1";
import { workbookBuffer, writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const layout = buildLayout(OFFICIAL_RUBRIC, { province: '=HYPERLINK("http://x","y")', city: "杭州" });

async function reload(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as never);
  return wb.worksheets[0]!;
}

describe("writeWorkbook", () => {
  let buffer: Buffer;
  let ws: ExcelJS.Worksheet;
  let workbookXml: string;
  let sheetXml: string;
  let stylesXml: string;

  beforeAll(async () => {
    buffer = await workbookBuffer(layout);
    ws = await reload(buffer);
    const zip = await JSZip.loadAsync(buffer);
    workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    stylesXml = await zip.file("xl/styles.xml")!.async("string");
  });

  it("names the sheet and writes every value; formulas as formulas, strings as text", () => {
    expect(ws.name).toBe("质量兴市评价");
    expect(ws.getCell("A1").value).toBe("质量兴市绩效评价指南（试行）");
    expect(ws.getCell("C4").value).toBe("1.1.1政府颁布质量兴市（区、县）工作方案。");
    expect(ws.getCell("E4").value).toBe(40);
    expect(ws.getCell("A2").value).toBe('=HYPERLINK("http://x","y")');
    expect(ws.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("G2").value).toEqual({ formula: "SUM(QCITY_SCORES)" });
    expect(sheetXml).not.toContain("<f>HYPERLINK");
  });

  it("writes the same merges as the layout", () => {
    const merges = (ws as unknown as { model: { merges: string[] } }).model.merges;
    expect([...merges].sort()).toEqual(layout.merges.map((m) => rectAddress(m)).sort());
    expect(merges).toContain("D63:D69");
  });

  it("writes data validation on every 得分 cell with that row's cap", () => {
    const dv = (ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }).dataValidations;
    for (let r = layout.table.firstCriterionRow; r <= layout.table.lastCriterionRow; r++) {
      const v = dv.find(`G${r + 1}`);
      expect(v).toMatchObject({ type: "decimal", showErrorMessage: true, formulae: [0, layout.cells[r]?.[4]] });
      expect(v?.error).toContain(`${layout.cells[r]?.[4]} 分`);
    }
    expect(dv.find("G3")).toBeUndefined();
  });

  it("writes worksheet-scoped names over the criterion rows", () => {
    expect(workbookXml).toContain(`<definedName name="QCITY_CRITERIA" localSheetId="0">&apos;质量兴市评价&apos;!$C$4:$C$101</definedName>`);
    expect(workbookXml).toContain(`<definedName name="QCITY_SCORES" localSheetId="0">&apos;质量兴市评价&apos;!$G$4:$G$101</definedName>`);
    for (const name of ["QCITY_POINTS", "QCITY_EVIDENCE", "QCITY_NOTES"]) expect(workbookXml).toMatch(new RegExp(`name="${name}" localSheetId="0"`));
  });

  it("sets print setup, repeated rows, print area, footer and freeze panes", () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true });
    expect(workbookXml).toContain("_xlnm.Print_Titles");
    expect(workbookXml).toContain("!$1:$3</definedName>");
    expect(workbookXml).toContain("!$A$1:$I$111</definedName>"); // down to the sign-off line
    expect(ws.headerFooter.oddFooter).toBe("&C第 &P 页 共 &N 页");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3, xSplit: 0 });
    expect(workbookXml).toContain('fullCalcOnLoad="1"');
  });

  it("applies formats: fonts, borders, wrap, fills, widths, heights, unlocked input cells", () => {
    expect(ws.getCell("A3").font).toMatchObject({ name: "黑体", bold: true });
    // ExcelJS reads font sizes back as integers; the file itself holds 10.5.
    expect(ws.getCell("C4").font).toMatchObject({ name: "宋体" });
    expect(stylesXml).toMatch(/<sz val="10\.5"\/>.*<name val="宋体"\/>/);
    expect(ws.getCell("C4").alignment).toMatchObject({ wrapText: true, horizontal: "left", vertical: "middle" });
    expect(ws.getCell("C4").border.top).toMatchObject({ style: "thin" });
    expect(ws.getCell("A5").border.left).toMatchObject({ style: "thin" });
    expect(ws.getCell("G4").protection).toMatchObject({ locked: false });
    expect(ws.getCell("G4").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF9DB" } });
    expect(ws.getCell("C4").protection?.locked).not.toBe(false);
    expect(ws.getColumn(3).width).toBe(layout.columnWidths[2]);
    expect(ws.getRow(60).height).toBe(layout.rowHeights.find((h) => h.row === 59)?.height);
    expect(ws.getCell("G106").numFmt).toBe("0.0%");
  });

  it("writes the conditional formats with their formulas", () => {
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cfs.map((cf) => [cf.ref, cf.rules[0]?.type, cf.rules[0]?.formulae[0]])).toEqual(
      layout.conditionalFormats.map((cf) => [rectAddress(cf.rect), "expression", cf.formula]),
    );
  });

  it("adds the sheet to a given workbook beside its other sheets", () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("封面");
    writeWorkbook(layout, wb);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["封面", "质量兴市评价"]);
  });
});
