/**
 * The words for a criterion that does not apply, on an en-US sheet of the
 * crafted provincial rubric, recalculated in HyperFormula: "N/A" and "Not
 * applicable" leave the applicable points as 不适用/缺项 do, in the native
 * formulas, in the 得分 validation formula, in the QCITY.* functions and in
 * the pure check (src/scoring/grade.ts), which all agree.
 */
import { buildLayout } from "../../src/layout/buildLayout";
import { buildRubric } from "../../src/rubric/build";
import { carriedRubricCells } from "../../src/rubric/carriedCells";
import { learnWorkbookRubric, resetFunctionsRubric } from "../../src/functions/workbookRubric";
import { assess } from "../../src/scoring/grade";
import { checkSheet } from "../../src/scoring/checkTable";
import { provincialSource } from "../helpers/provincialRubric";
import { installCustomFunctionsStub } from "../functions/customFunctionsStub";
import { criterionRows, loadLayout, setScores, valueAt, type LoadedLayout } from "./hyperformula/loadLayout";

const rubric = buildRubric(provincialSource());
const SCORED = { "1.1.1": 10, "1.1.2": 8, "1.2.1": 12, "2.1.1": 20, "2.2.1": 6, "3.1.2": 9 };

/** The sheet's grade row and 合计 line after the two optional criteria (2.1.2, 3.1.1) got these words. */
function recalculated(loaded: LoadedLayout, words: readonly [string, string]) {
  setScores(loaded, { ...SCORED, "2.1.2": words[0], "3.1.1": words[1] });
  const grade = loaded.layout.table.grade!;
  const totalLine = loaded.layout.table.summary.rows.at(-1)!;
  return {
    total: valueAt(loaded, loaded.layout.table.grandTotalCell.row, loaded.layout.table.grandTotalCell.col),
    applicable: valueAt(loaded, grade.applicableCell.row, grade.applicableCell.col),
    grade: valueAt(loaded, grade.gradeCell!.row, grade.gradeCell!.col),
    summaryApplicable: valueAt(loaded, totalLine.row, totalLine.applicableCol!),
  };
}

/** The 得分 validation formula of an optional criterion, evaluated in a spare cell for the value `word`. */
function validationAccepts(loaded: LoadedLayout, code: string, word: string | number): unknown {
  const row = criterionRows(loaded.layout).get(code)!;
  const validation = loaded.layout.customValidations!.find((v) => v.rect.top === row)!;
  setScores(loaded, { [code]: word });
  const spare = { sheet: loaded.sheet, row: 0, col: 40 };
  loaded.engine.setCellContents(spare, [[`=${validation.formula}`]]);
  return loaded.engine.getCellValue(spare);
}

describe("not-applicable words on an en-US sheet", () => {
  beforeAll(() => installCustomFunctionsStub());
  afterAll(() => resetFunctionsRubric());

  const expected = assess(rubric, new Map<string, unknown>(Object.entries({ ...SCORED, "2.1.2": "N/A", "3.1.1": "Not applicable" })), new Map([["V1", "否"]]));

  it("computes in the pure check what 不适用/缺项 give: 65 of 75 applicable points, grade B", () => {
    const chinese = assess(rubric, new Map<string, unknown>(Object.entries({ ...SCORED, "2.1.2": "不适用", "3.1.1": "缺项" })), new Map([["V1", "否"]]));
    expect(expected).toMatchObject({ total: 65, applicablePoints: 75, grade: "B", notApplicable: ["2.1.2", "3.1.1"] });
    expect(expected).toEqual(chinese);
  });

  it.each([
    ["N/A", "Not applicable"],
    ["n/a", " NOT APPLICABLE "],
    ["不适用", "缺项"],
  ] as const)("takes %p and %p out of the applicable points in the native formulas", (first, second) => {
    const loaded = loadLayout(buildLayout(rubric, { locale: "en-US", formulaStyle: "native" }));
    expect(recalculated(loaded, [first, second])).toEqual({ total: 65, applicable: 75, grade: "B", summaryApplicable: 75 });
  });

  it("accepts N/A and Not applicable in the optional criteria's 得分 validation, and refuses other text", () => {
    const loaded = loadLayout(buildLayout(rubric, { locale: "en-US", formulaStyle: "native" }));
    expect(["N/A", "Not applicable", "不适用", 7, "NA", 11].map((word) => validationAccepts(loaded, "2.1.2", word))).toEqual([true, true, true, true, false, false]);
  });

  it("lets the QCITY.* totals take N/A on an optional criterion, with the workbook's carried rubric", async () => {
    await learnWorkbookRubric({ readCarriedValues: async () => carriedRubricCells([rubric]), recalculate: async () => undefined });
    const loaded = loadLayout(buildLayout(rubric, { locale: "en-US", formulaStyle: "qcity" }));
    expect(recalculated(loaded, ["N/A", "Not applicable"])).toEqual({ total: 65, applicable: 75, grade: "B", summaryApplicable: 75 });
  });

  it("tells the assessor of an en-US sheet to type N/A", () => {
    const layout = buildLayout(rubric, { locale: "en-US" });
    expect(layout.customValidations?.map((v) => v.promptMessage)).toEqual(["Enter 0 to 10 points, or N/A (不适用) when it does not apply", "Enter 0 to 15 points, or N/A (不适用) when it does not apply"]);
  });

  it("finds no problem with N/A on an optional criterion, and reports it on one that must be scored", () => {
    const layout = buildLayout(rubric, { locale: "en-US", formulaStyle: "native" });
    const loaded = loadLayout(layout);
    setScores(loaded, { ...SCORED, "2.1.2": "N/A", "3.1.1": "Not applicable", "1.1.2": "N/A" });
    const values = loaded.engine.getSheetValues(loaded.sheet) as unknown[][];
    const result = checkSheet({ values, formulas: values, numberFormats: values.map((r) => r.map(() => "General")), origin: { row: 0, col: 0 } } as never, { locale: "en-US", rubric });
    if (!result.ok) throw new Error("no table");
    expect(result.check.findings.filter((f) => f.kind === "not-applicable").map((f) => f.code)).toEqual(["1.1.2"]);
  });
});
