/**
 * The checks tab reads a sheet with its own rubric: the marker's, carried by
 * the workbook (QCITY_RUBRIC) or shipped; a sheet made from a rubric the
 * workbook does not carry is not checked against other caps.
 */
import { checkActiveSheet } from "../../src/excel/checkSheet";
import { buildLayout } from "../../src/layout/buildLayout";
import { buildRubric } from "../../src/rubric/build";
import { carriedRubricCells } from "../../src/rubric/carriedCells";
import { markerConstant } from "../../src/table/marker";
import { layoutFormulas, layoutGrid } from "../helpers/layoutGrid";
import { provincialSource } from "../helpers/provincialRubric";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { mockWorkbook, sheetState } from "./mockWorkbook";

const provincial = buildRubric(provincialSource());

/** The provincial sheet with 1.2.1 (15 points) scored 14: clean on its own caps, over the cap of nothing on the 2009 guide. */
function provincialSheet(marked: boolean, carried: boolean) {
  const layout = buildLayout(provincial, { formulaStyle: "native" });
  const values = layoutGrid(layout);
  const formulas = layoutFormulas(layout);
  const row = layout.table.firstCriterionRow + provincial.criterion("1.2.1")!.index;
  values[row]![layout.table.columns.score!] = 14;
  formulas[row]![layout.table.columns.score!] = 14;
  return {
    ...sheetState({ values, formulas }),
    ...(marked && { markerFormula: `=${markerConstant({ rubric: provincial.id, role: "assessment" })}` }),
    ...(carried && { carriedValues: carriedRubricCells([provincial]) }),
  };
}

describe("checkActiveSheet with the workbook's rubric", () => {
  it("checks a sheet marked with a carried rubric against that rubric's caps, in the sheet's one read", async () => {
    const book = mockWorkbook(provincialSheet(true, true));
    const outcome = await checkActiveSheet(book.context, "zh-CN", OFFICIAL_RUBRIC);
    expect(outcome.status).toBe("checked");
    if (outcome.status !== "checked") return;
    expect(outcome.summary).toMatchObject({ cap: 100, criteria: 8, scored: 1, total: 14 });
    expect(outcome.findings.filter((f) => f.kind === "changed-rubric")).toEqual([]);
    // One sync to read (sheet and carried rubric together), one to write the highlights of the 7 unscored criteria.
    expect(book.sync).toHaveBeenCalledTimes(2);
  });

  it("takes the workbook's only carried rubric for a sheet without a marker", async () => {
    const outcome = await checkActiveSheet(mockWorkbook(provincialSheet(false, true)).context, "zh-CN", OFFICIAL_RUBRIC);
    expect(outcome.status === "checked" && outcome.summary.cap).toBe(100);
  });

  it("refuses, with the reason, a sheet whose rubric the workbook does not carry", async () => {
    const outcome = await checkActiveSheet(mockWorkbook(provincialSheet(true, false)).context, "zh-CN", OFFICIAL_RUBRIC);
    expect(outcome).toEqual({
      status: "no-table",
      sheetName: "质量兴市评价",
      message: expect.stringContaining(`工作表“质量兴市评价”按评价标准“${provincial.id}”制作，但本加载项没有自带它，工作簿也没有携带它`),
    });
  });
});
