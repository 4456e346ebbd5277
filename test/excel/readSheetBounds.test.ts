import { checkActiveSheet } from "../../src/excel/checkSheet";
import { readActiveSheet } from "../../src/excel/readSheet";
import { TABLE_WINDOW } from "../../src/table/window";
import type { GridValue } from "../../src/table/grid";
import { insertColumn } from "../helpers/layoutGrid";
import { ALL_COLUMNS, FIRST_CRITERION_ROW, HEADER_ROW, fullMarks, officialGrid } from "../helpers/officialGrid";
import { mockWorkbook, sheetState } from "./mockWorkbook";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const row = (code: string) => OFFICIAL_RUBRIC.criterion(code)!.index + FIRST_CRITERION_ROW + 1;
const scored = (scores: Record<string, unknown> = {}) => {
  const base = fullMarks();
  return sheetState(officialGrid({ ...base, scores: { ...base.scores, ...scores } as never }));
};

type LoadSpy = jest.SpyInstance<unknown, [string]>;
function loadSpies(book: ReturnType<typeof mockWorkbook>): { sheetUsed: LoadSpy; window: LoadSpy } {
  const sheet = (book.excel.context.workbook.worksheets as unknown as { sheet: { used: { load(p: string): unknown }; sheetUsed: { load(p: string): unknown } } }).sheet;
  return { sheetUsed: jest.spyOn(sheet.sheetUsed, "load") as LoadSpy, window: jest.spyOn(sheet.used, "load") as LoadSpy };
}

describe("readActiveSheet reads a bounded block (office-addin-mock)", () => {
  it("loads values, formulas and formats only for the used cells inside A1:AN400, and the sheet's used address, in one sync", async () => {
    const book = mockWorkbook({ ...scored(), sheetUsedAddress: "'质量兴市评价'!A1:XFD1048576" });
    const spies = loadSpies(book);
    const read = await readActiveSheet(book.context);
    expect(book.sync).toHaveBeenCalledTimes(1);
    expect(book.usedRequests).toEqual([
      { on: "sheet", valuesOnly: true },
      { on: "A1:AN400", valuesOnly: true },
    ]);
    expect(spies.sheetUsed.mock.calls).toEqual([["address"]]);
    expect(spies.window.mock.calls).toEqual([["address,values,formulas,numberFormat"]]);
    expect(read.snapshot.values).toHaveLength(101);
    expect(read.snapshot.bounds).toEqual({ window: TABLE_WINDOW, used: { rows: 1048576, cols: 16384 } });
  });

  it("reads the sheet's marker from its QCITY_SHEET name in the same sync, and none when the sheet has no such name", async () => {
    const marked = mockWorkbook({ ...scored(), markerFormula: '="qcity-sheet=1;rubric=aqsiq-2009;role=assessment;assessor=张三"' });
    const read = await readActiveSheet(marked.context);
    expect(marked.sync).toHaveBeenCalledTimes(1);
    expect(read.snapshot.marker).toEqual({ rubric: "aqsiq-2009", role: "assessment", assessor: "张三" });
    expect((await readActiveSheet(mockWorkbook(scored()).context)).snapshot.marker).toBeUndefined();
  });

  it("reads merged areas (ExcelApi 1.13) so a 佐证材料 cell merged over H4:H6 counts for each row", async () => {
    const state = scored();
    for (const r of [4, 5]) state.values[r]![7] = "";
    const merged = await checkActiveSheet(mockWorkbook({ ...state, merges: ["'质量兴市评价'!H4:H6", "'质量兴市评价'!A4:A20"] }).context, "zh-CN", OFFICIAL_RUBRIC);
    expect(merged.status === "checked" && merged.findings).toEqual([]);
    const requirements = (globalThis as unknown as { Office: { context: { requirements: { isSetSupported: unknown } } } }).Office.context.requirements;
    const supported = requirements.isSetSupported;
    requirements.isSetSupported = (name: string, version: string) => !(name === "ExcelApi" && version === "1.13");
    try {
      const older = await checkActiveSheet(mockWorkbook({ ...state, merges: ["'质量兴市评价'!H4:H6"] }).context, "zh-CN", OFFICIAL_RUBRIC);
      expect(older.status === "checked" && older.findings.map((f) => [f.kind, f.address])).toEqual([
        ["missing-evidence", "H5"],
        ["missing-evidence", "H6"],
      ]);
    } finally {
      requirements.isSetSupported = supported;
    }
  });

  it("checks the table as usual when a stray value sits at XFD1048576", async () => {
    const book = mockWorkbook({ ...scored({ "3.6.2": 99 }), sheetUsedAddress: "'质量兴市评价'!A1:XFD1048576" });
    const outcome = await checkActiveSheet(book.context, "zh-CN", OFFICIAL_RUBRIC);
    expect(outcome.status === "checked" && outcome.findings.map((f) => [f.kind, f.address])).toEqual([["over-cap", `G${row("3.6.2")}`]]);
  });

  it("says the table was cut off when it runs past row 400 of a longer sheet", async () => {
    const state = scored();
    // The block read starts at row 350: the table's last rows lie past row 400.
    const inside = TABLE_WINDOW.rows - 349;
    const book = mockWorkbook({
      values: state.values.slice(0, inside),
      formulas: state.formulas.slice(0, inside),
      numberFormats: state.numberFormats.slice(0, inside),
      address: `'质量兴市评价'!A350:I400`,
      sheetUsedAddress: "'质量兴市评价'!A350:I450",
    });
    expect(await checkActiveSheet(book.context, "zh-CN", OFFICIAL_RUBRIC)).toEqual({
      status: "no-table",
      sheetName: "质量兴市评价",
      message:
        "工作表“质量兴市评价”中的评价表超出了读取范围 A1:AN400（下方被截断），无法完整检查。请删除表格上方多余的行或左侧多余的列，使整张评价表位于 A1:AN400 之内。",
    });
  });

  it("names a header title that appears twice instead of checking the wrong column", async () => {
    const { values, formulas } = officialGrid(fullMarks());
    const at = ALL_COLUMNS.indexOf("score");
    const book = mockWorkbook(sheetState({ values: insertColumn(values, at, "得分", HEADER_ROW), formulas: insertColumn(formulas as GridValue[][], at, "得分", HEADER_ROW) }));
    const outcome = await checkActiveSheet(book.context, "en-US", OFFICIAL_RUBRIC);
    expect(outcome).toEqual({
      status: "no-table",
      sheetName: "质量兴市评价",
      message:
        'The rubric table on sheet "质量兴市评价" cannot be checked: the header "得分" appears 2 times (columns G, H), so it is not clear which column to check. Delete or rename the extra column, then check again.',
    });
    expect(book.formats).toEqual([]);
  });
});
