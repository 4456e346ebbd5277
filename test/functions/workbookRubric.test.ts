import { grade, maxPoints, total } from "../../src/functions/functions";
import { learnWorkbookRubric, resetFunctionsRubric } from "../../src/functions/workbookRubric";
import { buildRubric } from "../../src/rubric/build";
import { carriedRubricCells } from "../../src/rubric/carriedCells";
import { provincialSource } from "../helpers/provincialRubric";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { excelErrorOf, installCustomFunctionsStub } from "./customFunctionsStub";

const provincial = buildRubric(provincialSource());

/** A workbook as the runtime sees it: its carried sheet's values (or none), and how often Excel was asked to recalculate. */
function workbook(values: unknown[][] | undefined) {
  const calls = { recalculations: 0 };
  return { calls, readCarriedValues: async () => values, recalculate: async () => void (calls.recalculations += 1) };
}

beforeAll(installCustomFunctionsStub);
beforeEach(resetFunctionsRubric);

describe("the functions learn the workbook's rubric", () => {
  it("use the 2009 guide until they learn otherwise, then the carried provincial rubric, and recalculate what ran before", async () => {
    expect(maxPoints("1.1.1")).toBe(40);
    expect(maxPoints("")).toBe(1000);
    const book = workbook(carriedRubricCells([provincial]));
    expect((await learnWorkbookRubric(book)).id).toBe("zj-quality-2024");
    expect(book.calls.recalculations).toBe(1);
    expect(maxPoints("1.1.1")).toBe(10);
    expect(maxPoints("")).toBe(100);
    expect(total([["1.1.1"], ["2.1.1"]], [[10], [20]])).toBe(30);
    // 11 is over the provincial cap of 1.1.1 (10), though the 2009 cap is 40.
    expect(excelErrorOf(() => total([["1.1.1"]], [[11]]))).toEqual({ code: "#VALUE!", message: "1.1.1 得分 11 超过分值 10" });
    expect(grade(85)).toBe("B");
    expect(grade([[67.5]], 75)).toBe("A");
  });

  it("need no recalculation when nothing ran before they learnt (a workbook opened with cached values)", async () => {
    const book = workbook(carriedRubricCells([provincial]));
    await learnWorkbookRubric(book);
    expect(book.calls.recalculations).toBe(0);
    expect(maxPoints("3")).toBe(25);
  });

  it("keep the default for a workbook that carries no rubric, or a damaged one, and do not recalculate for nothing", async () => {
    expect(maxPoints("1")).toBe(140);
    const none = workbook(undefined);
    expect((await learnWorkbookRubric(none)).id).toBe(OFFICIAL_RUBRIC.id);
    expect(none.calls.recalculations).toBe(0);
    const damaged = carriedRubricCells([provincial]);
    damaged[1]![0] = "{ not json";
    expect((await learnWorkbookRubric(workbook(damaged))).id).toBe(OFFICIAL_RUBRIC.id);
    expect(maxPoints("1")).toBe(140);
  });

  it("say #N/A for QCITY.GRADE under a rubric without grades", () => {
    expect(excelErrorOf(() => grade(900))).toEqual({ code: "#N/A", message: "评价标准 aqsiq-2009 没有评价等级" });
  });
});
