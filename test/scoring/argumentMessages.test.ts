import { checkList } from "../../src/scoring/checkList";
import { maxPoints } from "../../src/scoring/sections";
import { grandTotal, progress } from "../../src/scoring/totals";
import { OFFICIAL_INDEX } from "../helpers/rubrics";

describe("custom-function messages in English", () => {
  it("word range, section and empty-range errors for en-US", () => {
    expect(grandTotal([["1.1.1"]], [[1], [2]], "en-US", OFFICIAL_INDEX)).toEqual({
      ok: false,
      type: "#VALUE!",
      message: "The scores range (2 rows) and the criteria range (1 row) differ in size; select the same rows",
    });
    expect(grandTotal([["1.1.1", "x"]], [[1]], "en-US", OFFICIAL_INDEX)).toMatchObject({ message: "The criteria range has 2 columns; select a single column" });
    expect(maxPoints("9", "en-US", OFFICIAL_INDEX)).toEqual({
      ok: false,
      type: "#N/A",
      message: "The rubric has no code 9",
    });
    expect(progress([["x"]], [[null]], "en-US", OFFICIAL_INDEX)).toMatchObject({ type: "#VALUE!", message: expect.stringMatching(/^The criteria range holds no criterion/) });
  });

  it("say OK, or list problems in English, from CHECK", () => {
    expect(checkList([["1.1.1"]], [[40]], undefined, undefined, "en-US", OFFICIAL_INDEX)).toEqual({ ok: true, value: [["OK"]] });
    expect(checkList([["1.1.1"]], [[41]], undefined, undefined, "en-US", OFFICIAL_INDEX)).toEqual({
      ok: true,
      value: [["1.1.1", "Over the cap", "1.1.1: score 41 exceeds the cap of 40 points"]],
    });
  });
});
