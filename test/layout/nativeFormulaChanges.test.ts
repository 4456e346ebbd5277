import { buildLayout } from "../../src/layout/buildLayout";
import { nativeFormulaChanges } from "../../src/layout/nativeFormulaChanges";
import type { WorksheetLayout } from "../../src/layout/types";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

/** The layout's cells as Office.js `formulas` reads them: "=" + formula, "" for empty cells. */
const officeFormulas = (layout: WorksheetLayout) =>
  layout.cells.map((line) => line.map((cell) => (cell === null ? "" : typeof cell === "object" ? `=${cell.formula}` : cell)));

describe("nativeFormulaChanges", () => {
  it("turns the inserted qcity-style sheet into exactly the native-style export", () => {
    const qcity = officeFormulas(buildLayout(OFFICIAL_RUBRIC, { formulaStyle: "qcity" }));
    const native = officeFormulas(buildLayout(OFFICIAL_RUBRIC, { formulaStyle: "native" }));
    const changes = nativeFormulaChanges(qcity, OFFICIAL_RUBRIC);
    expect(changes).toHaveLength(11);
    const converted = qcity.map((line) => [...line]);
    for (const { row, col, formula } of changes) converted[row]![col] = formula;
    expect(converted).toEqual(native);
  });

  it("leaves constants, other formulas and QCITY calls with no native form alone", () => {
    const grid = [
      ["=QCITY.CHECK(QCITY_CRITERIA,QCITY_SCORES)", "QCITY.TOTAL(A1:A3,B1:B3)", 12, true, null],
      ["=SUM(B1:B3)", "=QCITY.PROGRESS(A1:A3,B1:B3)", '=QCITY.SECTIONTOTAL(D1,A1:A3,B1:B3)', "=qcity.maxpoints(\"3.6\")", ""],
    ];
    expect(nativeFormulaChanges(grid, OFFICIAL_RUBRIC)).toEqual([{ row: 1, col: 3, formula: "=95" }]);
  });
});
