import { OfficeMockObject } from "office-addin-mock";
import { convertToNativeFormulas } from "../../src/excel/convertToNativeFormulas";
import { officePorts } from "../../src/excel/officePorts";
import { buildLayout } from "../../src/layout/buildLayout";
import { buildRubric } from "../../src/rubric/build";
import { CARRIED_RUBRIC_SHEET } from "../../src/rubric/carried";
import { carriedRubricCells } from "../../src/rubric/carriedCells";
import { shippedRubrics } from "../../src/rubric/shipped";
import { markerConstant } from "../../src/table/marker";
import { provincialSource } from "../helpers/provincialRubric";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

interface CellWrite {
  readonly row: number;
  readonly col: number;
  formulas?: unknown;
}

/**
 * A workbook whose active sheet's used range starts at (rowIndex, columnIndex)
 * and holds `formulas`, or an empty sheet (no used range) when `formulas` is
 * undefined: then getUsedRange() throws ItemNotFound as Excel does, and
 * getUsedRangeOrNullObject() gives a null object. Records every getCell write.
 */
function workbookDouble(formulas: unknown[][] | undefined, rowIndex = 0, columnIndex = 0) {
  const cells: CellWrite[] = [];
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        active: {
          usedRange: { formulas: formulas ?? [], rowIndex, columnIndex },
          getUsedRange() {
            if (formulas === undefined) throw Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
            return this.usedRange;
          },
          getUsedRangeOrNullObject() {
            if (formulas !== undefined) return this.usedRange;
            // Excel's null object answers isNullObject without a load (the mock would not); its other
            // properties mean nothing: a QCITY total there would be written if the code read them.
            return { isNullObject: true, load: () => undefined, formulas: [["=QCITY.TOTAL(QCITY_CRITERIA,QCITY_SCORES)"]], rowIndex: 0, columnIndex: 0 };
          },
          getCell(row: number, col: number) {
            const cell: CellWrite = { row, col };
            cells.push(cell);
            return cell;
          },
          // No marker (QCITY_SHEET): a sheet made before markers, read with the default rubric.
          names: { getItemOrNullObject: () => ({ isNullObject: true, load: () => undefined }) },
        },
        getActiveWorksheet() {
          return this.active;
        },
        // No carried rubric (QCITY_RUBRIC): a null object, whose used range is one too.
        getItemOrNullObject() {
          return { isNullObject: true, getUsedRangeOrNullObject: () => ({ isNullObject: true, load: () => undefined }) };
        },
      },
    },
  });
  const context = mock as unknown as Excel.RequestContext;
  const sync = jest.spyOn(mock, "sync");
  return { context, cells, sync };
}

describe("convertToNativeFormulas", () => {
  it("reads once, writes only the QCITY totals that change, in one more sync, and counts them", async () => {
    const formulas = [
      ["总评分：", "=QCITY.TOTAL(QCITY_CRITERIA,QCITY_SCORES)", "分"],
      ["1领导重视", '=QCITY.SECTIONTOTAL("1",QCITY_CRITERIA,QCITY_SCORES)', '=QCITY.SCORERATE("1",QCITY_CRITERIA,QCITY_SCORES)'],
      ["=SUM(G4:G10)", "=QCITY.CHECK(QCITY_CRITERIA,QCITY_SCORES)", 40],
    ];
    const { context, cells, sync } = workbookDouble(formulas, 1, 5);
    await expect(convertToNativeFormulas(context, OFFICIAL_RUBRIC)).resolves.toBe(3);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(cells).toEqual([
      { row: 1, col: 6, formulas: [["=SUM(QCITY_SCORES)"]] },
      { row: 2, col: 6, formulas: [['=SUMIF(QCITY_CRITERIA,"1.*",QCITY_SCORES)']] },
      { row: 2, col: 7, formulas: [['=SUMIF(QCITY_CRITERIA,"1.*",QCITY_SCORES)/140']] },
    ]);
  });

  it("writes nothing and syncs once when there is nothing to convert", async () => {
    const { context, cells, sync } = workbookDouble([["评价准则", "=SUM(A1:A3)"], [null, 5]], 0, 0);
    await expect(convertToNativeFormulas(context, OFFICIAL_RUBRIC)).resolves.toBe(0);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(cells).toEqual([]);
  });

  it("gives 0 on an empty sheet, which has no used range, in one sync and without an error", async () => {
    const { context, cells, sync } = workbookDouble(undefined);
    await expect(convertToNativeFormulas(context, OFFICIAL_RUBRIC)).resolves.toBe(0);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(cells).toEqual([]);
  });

  it("runs on the active sheet in its own Excel.run batch for the task pane", async () => {
    const { context, cells } = workbookDouble([["=QCITY.MAXPOINTS(\"3\")"]], 4, 2);
    const excel = { run: (batch: (c: Excel.RequestContext) => Promise<number>) => batch(context) };
    Object.assign(globalThis, { Excel: excel, Office: { context: { requirements: { isSetSupported: () => true } } } });
    const { actions } = officePorts({ locale: "zh-CN", rubric: OFFICIAL_RUBRIC, build: buildLayout });
    await expect(actions.convertToNativeFormulas()).resolves.toBe(1);
    expect(cells).toEqual([{ row: 4, col: 2, formulas: [["=465"]] }]);
  });
});

describe("convertToNativeFormulas on a sheet of the workbook's carried rubric", () => {
  /**
   * A plain Office.js stand-in: the active sheet's formulas and marker, and the workbook's very hidden QCITY_RUBRIC
   * sheet with the provincial rubric; properties read after sync() as Excel fills them.
   */
  function provincialWorkbook() {
    const cells: CellWrite[] = [];
    let syncs = 0;
    const active = {
      getUsedRangeOrNullObject: () => ({ isNullObject: false, load: () => undefined, formulas: [['=QCITY.MAXPOINTS("")', '=QCITY.SCORERATE("2",QCITY_CRITERIA,QCITY_SCORES)']], rowIndex: 2, columnIndex: 6 }),
      names: { getItemOrNullObject: () => ({ isNullObject: false, load: () => undefined, formula: `=${markerConstant({ rubric: "zj-quality-2024", role: "assessment" })}` }) },
      getCell(row: number, col: number) {
        const cell: CellWrite = { row, col };
        cells.push(cell);
        return cell;
      },
    };
    const carried = { getUsedRangeOrNullObject: () => ({ isNullObject: false, load: () => undefined, values: carriedRubricCells([buildRubric(provincialSource())]), rowIndex: 0, columnIndex: 0 }) };
    const worksheets = {
      getActiveWorksheet: () => active,
      getItemOrNullObject: (name: string) => ({ isNullObject: name !== CARRIED_RUBRIC_SHEET, ...carried }),
    };
    const context = { workbook: { worksheets }, sync: async () => void (syncs += 1) } as unknown as Excel.RequestContext;
    Object.assign(globalThis, { Excel: { run: (batch: (c: Excel.RequestContext) => Promise<number>) => batch(context) }, Office: { context: { requirements: { isSetSupported: () => true } } } });
    return { cells, syncs: () => syncs };
  }

  it("uses the caps of the rubric the sheet's marker names, read from the workbook", async () => {
    const { cells, syncs } = provincialWorkbook();
    const { actions } = officePorts({ locale: "zh-CN", rubric: OFFICIAL_RUBRIC, build: buildLayout, shipped: shippedRubrics() });
    await expect(actions.convertToNativeFormulas()).resolves.toBe(2);
    // Category 2 of the provincial rubric is worth 40 points; the whole rubric 100 (the 2009 guide's: 90 and 1000).
    expect(cells).toEqual([
      { row: 2, col: 6, formulas: [["=100"]] },
      { row: 2, col: 7, formulas: [['=SUMIF(QCITY_CRITERIA,"2.*",QCITY_SCORES)/40']] },
    ]);
    // The sheet and its marker; is there a carried sheet; its values; the write.
    expect(syncs()).toBe(4);
  });
});
