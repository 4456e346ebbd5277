import { buildLayout } from "../../../src/layout/buildLayout";

import { loadLayout, setScores, valueAt, type LoadedLayout } from "./loadLayout";
import { sendBlankCellsAs, type BlankCell } from "./qcityPlugin";
import { OFFICIAL_RUBRIC } from "../../helpers/rubrics";

/** The inserted sheet (qcity formula style), with more QCITY formulas in column J beside it. */
function qcitySheet(): LoadedLayout {
  const layout = buildLayout(OFFICIAL_RUBRIC, { formulaStyle: "qcity" });
  expect(layout.table.columns).toMatchObject({ criterion: 2, score: 6 });
  const loaded = loadLayout(layout);
  const J = layout.columnCount;
  loaded.engine.setCellContents({ sheet: loaded.sheet, row: 0, col: J }, [
    ["=QCITY.PROGRESS(QCITY_CRITERIA,QCITY_SCORES)"],
    ['=QCITY.MAXPOINTS("3")'],
    ["=QCITY.TOTAL(C:C,G:G)"],
    ['=QCITY.SECTIONTOTAL("3.6",QCITY_CRITERIA,QCITY_SCORES)'],
  ]);
  return loaded;
}

function totalsOf(loaded: LoadedLayout) {
  const { grandTotalCell, summary, columns } = loaded.layout.table;
  const category1 = summary.rows[0]!;
  const J = loaded.layout.columnCount;
  expect(columns.score).toBe(grandTotalCell.col);
  return {
    total: valueAt(loaded, grandTotalCell.row, grandTotalCell.col),
    category1: valueAt(loaded, category1.row, category1.scoreCol),
    rate1: valueAt(loaded, category1.row, category1.rateCol),
    progress: valueAt(loaded, 0, J),
    cap3: valueAt(loaded, 1, J),
    wholeColumns: valueAt(loaded, 2, J),
    item36: valueAt(loaded, 3, J),
  };
}

afterEach(() => sendBlankCellsAs(null));

describe("QCITY functions in HyperFormula", () => {
  it.each<[string, BlankCell]>([
    ["null (Excel on the web)", null],
    ["0 (Excel desktop)", 0],
    ['"" (other builds)', ""],
  ])("recalculate as scores change, with blank cells sent as %s", (_label, blank) => {
    sendBlankCellsAs(blank);
    const loaded = qcitySheet();
    expect(totalsOf(loaded)).toEqual({ total: 0, category1: 0, item36: 0, rate1: 0, progress: 0, cap3: 465, wholeColumns: 0 });

    setScores(loaded, { "1.1.1": 40, "1.2.1": 14, "3.6.2": 8, "4.7.1": 30 });
    expect(totalsOf(loaded)).toEqual({ total: 92, category1: 54, item36: 8, rate1: expect.closeTo(54 / 140, 9), progress: expect.closeTo(4 / 98, 9), cap3: 465, wholeColumns: 92 });

    setScores(loaded, { "1.2.1": 20 });
    expect(totalsOf(loaded)).toMatchObject({ total: 98, category1: 60, rate1: expect.closeTo(60 / 140, 9), wholeColumns: 98 });
  });

  it("turns a bad score into #VALUE! with its message, and recovers when it is fixed", () => {
    const loaded = qcitySheet();
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
    const loaded = qcitySheet();
    const J = loaded.layout.columnCount;
    loaded.engine.setCellContents({ sheet: loaded.sheet, row: 1, col: J }, '=QCITY.MAXPOINTS("9.9")');
    expect(valueAt(loaded, 1, J)).toBe("#N/A: 评价表中没有编号 9.9");
  });
});
