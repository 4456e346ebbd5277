/**
 * The sheet marker in LibreOffice: a worksheet-scoped text-constant name that
 * LibreOffice resolves per sheet (=QCITY_SHEET gives each sheet its own
 * marker) and keeps sheet-local when it saves the workbook again. One soffice
 * call for the whole file.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { buildLayout } from "../../src/layout/buildLayout";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { MARKER_NAME, markerText, type SheetMarker } from "../../src/table/marker";
import { readWorkbookSnapshots } from "../../src/xlsx/readSnapshot";
import { readWorkbookGrids } from "../../src/xlsx/readWorkbookGrid";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { recalculatingProfile, requireProgram, sofficeConvert } from "./externalTools";

jest.setTimeout(180_000);

const OUT = resolve(__dirname, "../../out/integration/marker");
const SHEETS: { name: string; marker: SheetMarker }[] = [
  { name: "得分（张三）", marker: { rubric: "aqsiq-2009", role: "assessment", assessor: "张三" } },
  { name: "得分（阿依古丽·买买提）", marker: { rubric: "aqsiq-2009", role: "assessment", assessor: "阿依古丽·买买提" } },
  { name: "汇总", marker: { rubric: "aqsiq-2009", role: "summary" } },
];
/** A cell right of the layout (0-based row 0) where the test asks LibreOffice for =QCITY_SHEET. */
const PROBE = { row: 0, col: 12 };

let saved: Awaited<ReturnType<typeof readWorkbookSnapshots>>;
let grids: Awaited<ReturnType<typeof readWorkbookGrids>>;

beforeAll(async () => {
  requireProgram("soffice", "libreoffice-calc");
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("说明").getCell("A1").value = "没有标记的工作表";
  for (const { name, marker } of SHEETS) {
    const layout = { ...buildLayout(OFFICIAL_RUBRIC, { role: marker.role, ...(marker.assessor && { assessor: marker.assessor }) }), sheetName: name };
    writeWorkbook(layout, workbook);
    workbook.getWorksheet(name)!.getCell(PROBE.row + 1, PROBE.col + 1).value = { formula: MARKER_NAME } as ExcelJS.CellFormulaValue;
  }
  const input = join(OUT, "markers.xlsx");
  writeFileSync(input, Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  const output = sofficeConvert(recalculatingProfile(), input, "xlsx", join(OUT, "saved"));
  saved = await readWorkbookSnapshots(output);
  grids = await readWorkbookGrids(output);
});

it("resolves =QCITY_SHEET on each sheet to that sheet's own marker", () => {
  expect(grids.slice(1).map((g) => [g.name, g.grid[PROBE.row]?.[PROBE.col]])).toEqual(SHEETS.map((s) => [s.name, markerText(s.marker)]));
});

it("keeps each marker on its sheet when it saves the workbook", () => {
  expect(saved.map((s) => [s.name, s.snapshot.marker])).toEqual([["说明", undefined], ...SHEETS.map((s) => [s.name, s.marker])]);
});
