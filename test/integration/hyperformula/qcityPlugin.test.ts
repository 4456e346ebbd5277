import type { Formula, LayoutCell, WorksheetLayout } from "../../../src/layout/types";
import { criterionLabel, OFFICIAL_RUBRIC } from "../../../src/rubric";
import { loadLayout, setScores, valueAt, type LoadedLayout } from "./loadLayout";
import { sendBlankCellsAs, type BlankCell } from "./qcityPlugin";

/**
 * A bare table (评价准则 in A, 分值 in B, 得分 in C from row 3) with totals in
 * column E: enough to drive the QCITY functions through a real engine without
 * the full rubric sheet.
 */
function bareTable(): WorksheetLayout {
  const first = 2;
  const last = first + OFFICIAL_RUBRIC.criteria.length - 1;
  const f = (formula: string): Formula => ({ formula });
  const totals: LayoutCell[] = [
    f("QCITY.TOTAL(QCITY_CRITERIA,QCITY_SCORES)"),
    f('QCITY.SECTIONTOTAL("1",QCITY_CRITERIA,QCITY_SCORES)'),
    f('QCITY.SECTIONTOTAL("3.6",QCITY_CRITERIA,QCITY_SCORES)'),
    f('QCITY.SCORERATE("1",QCITY_CRITERIA,QCITY_SCORES)'),
    f("QCITY.PROGRESS(QCITY_CRITERIA,QCITY_SCORES)"),
    f('QCITY.MAXPOINTS("3")'),
    f("QCITY.TOTAL(A:A,C:C)"),
    f('SUMIF(QCITY_CRITERIA,"1.*",QCITY_SCORES)'),
  ];
  const cells: LayoutCell[][] = [
    ["总评分", null, null, null, totals[0] ?? null],
    ["评价准则", "分值", "得分", null, null],
    ...OFFICIAL_RUBRIC.criteria.map((c, i): LayoutCell[] => [criterionLabel(c), c.points, null, null, totals[i + 1] ?? null]),
  ];
  const rect = (col: number) => ({ top: first, left: col, bottom: last, right: col });
  return {
    sheetName: "质量兴市评价",
    rowCount: cells.length,
    columnCount: 5,
    cells,
    merges: [],
    styles: [],
    columnWidths: [40, 8, 8, 4, 12],
    rowHeights: [],
    validations: [],
    conditionalFormats: [],
    names: [
      { name: "QCITY_CRITERIA", rect: rect(0) },
      { name: "QCITY_SCORES", rect: rect(2) },
    ],
    freeze: { rows: 2, columns: 0 },
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: 0, last: 1 },
      footerCenter: "第 &P 页 共 &N 页",
      margins: { left: 0.5, right: 0.5, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      horizontalCentered: true,
      printArea: { top: 0, left: 0, bottom: last, right: 4 },
    },
    table: { headerRow: 1, firstCriterionRow: first, lastCriterionRow: last, columns: { criterion: 0, points: 1, score: 2 }, grandTotalCell: { row: 0, col: 4 } },
  };
}

const E = 4;
const totalsOf = (loaded: LoadedLayout) => ({
  total: valueAt(loaded, 0, E),
  category1: valueAt(loaded, 2, E),
  item36: valueAt(loaded, 3, E),
  rate1: valueAt(loaded, 4, E),
  progress: valueAt(loaded, 5, E),
  cap3: valueAt(loaded, 6, E),
  wholeColumns: valueAt(loaded, 7, E),
  nativeCategory1: valueAt(loaded, 8, E),
});

afterEach(() => sendBlankCellsAs(null));

describe("QCITY functions in HyperFormula", () => {
  it.each<[string, BlankCell]>([
    ["null (Excel on the web)", null],
    ["0 (Excel desktop)", 0],
    ['"" (other builds)', ""],
  ])("recalculate as scores change, with blank cells sent as %s", (_label, blank) => {
    sendBlankCellsAs(blank);
    const loaded = loadLayout(bareTable());
    expect(totalsOf(loaded)).toEqual({ total: 0, category1: 0, item36: 0, rate1: 0, progress: 0, cap3: 465, wholeColumns: 0, nativeCategory1: 0 });

    setScores(loaded, { "1.1.1": 40, "1.2.1": 14, "3.6.2": 8, "4.7.1": 30 });
    expect(totalsOf(loaded)).toEqual({ total: 92, category1: 54, item36: 8, rate1: expect.closeTo(54 / 140, 9), progress: expect.closeTo(4 / 98, 9), cap3: 465, wholeColumns: 92, nativeCategory1: 54 });

    setScores(loaded, { "1.2.1": 20 });
    expect(totalsOf(loaded)).toMatchObject({ total: 98, category1: 60, rate1: expect.closeTo(60 / 140, 9), wholeColumns: 98, nativeCategory1: 60 });
  });

  it("turns a bad score into #VALUE! with its message, and recovers when it is fixed", () => {
    const loaded = loadLayout(bareTable());
    setScores(loaded, { "3.6.2": 12, "1.1.1": 40 });
    expect(totalsOf(loaded)).toMatchObject({
      total: "#VALUE!: 3.6.2 得分 12 超过分值 10",
      category1: 40,
      item36: "#VALUE!: 3.6.2 得分 12 超过分值 10",
    });
    setScores(loaded, { "3.6.2": "５" });
    expect(totalsOf(loaded).total).toBe('#VALUE!: 3.6.2 得分 "５" 是文本，不是数字；请改为半角数字 5');
    setScores(loaded, { "3.6.2": 5 });
    expect(totalsOf(loaded)).toMatchObject({ total: 45, item36: 5 });
  });

  it("gives #N/A with its message for an unknown code", () => {
    const loaded = loadLayout(bareTable());
    loaded.engine.setCellContents({ sheet: loaded.sheet, row: 6, col: E }, '=QCITY.MAXPOINTS("9.9")');
    expect(valueAt(loaded, 6, E)).toBe('#N/A: "9.9" 不是评价表中的编号；请填写 "3"、"3.6" 或 "3.6.2" 这样的编号，或留空表示总分');
  });
});
