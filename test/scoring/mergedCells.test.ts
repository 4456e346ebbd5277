import { checkSheet } from "../../src/scoring/checkTable";
import { rect } from "../../src/table/a1";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { FIRST_CRITERION_ROW, fullMarks, officialGrid } from "../helpers/officialGrid";

const [c1, c2, c3, c4] = OFFICIAL_RUBRIC.criteria.map((c) => c.code) as [string, string, string, string];
const EVIDENCE_COL = 7;
const SCORE_COL = 6;
const NOTE_COL = 8;

/** A fully scored table whose 佐证材料 for the first three criteria sits in one cell merged over H4:H6. */
function mergedEvidence() {
  const { scores, evidence } = fullMarks();
  const { values, formulas } = officialGrid({ scores, evidence: { ...evidence, [c2]: null, [c3]: null } });
  return { values, formulas, merges: [rect(FIRST_CRITERION_ROW, EVIDENCE_COL, FIRST_CRITERION_ROW + 2, EVIDENCE_COL)] };
}

describe("merged cells in the input columns", () => {
  it("counts a merged 佐证材料 cell for every criterion it spans", () => {
    const result = checkSheet(mergedEvidence(), { rubric: OFFICIAL_RUBRIC });
    expect(result.ok && result.check.findings).toEqual([]);
  });

  it("without the merges (an Excel that cannot tell), reports the covered cells as before", () => {
    const { values, formulas } = mergedEvidence();
    const result = checkSheet({ values, formulas }, { rubric: OFFICIAL_RUBRIC });
    expect(result.ok && result.check.findings.map((f) => [f.kind, f.address])).toEqual([
      ["missing-evidence", "H5"],
      ["missing-evidence", "H6"],
    ]);
  });

  it("counts a 扣分说明 merged over two partial scores for both", () => {
    const { scores, evidence } = fullMarks();
    const cap = (code: string) => OFFICIAL_RUBRIC.criterion(code)!.points;
    const { values, formulas } = officialGrid({ scores: { ...scores, [c1]: cap(c1) - 1, [c2]: cap(c2) - 1 }, evidence, notes: { [c1]: "目标不具体" } });
    const merges = [rect(FIRST_CRITERION_ROW, NOTE_COL, FIRST_CRITERION_ROW + 1, NOTE_COL)];
    const result = checkSheet({ values, formulas, merges }, { rubric: OFFICIAL_RUBRIC });
    expect(result.ok && result.check.findings).toEqual([]);
  });

  it("reports a 得分 cell merged over several criteria once, at its anchor, instead of unscored criteria", () => {
    const { scores, evidence } = fullMarks();
    const { values, formulas } = officialGrid({ scores: { ...scores, [c3]: null, [c4]: null }, evidence });
    const merges = [rect(FIRST_CRITERION_ROW + 1, SCORE_COL, FIRST_CRITERION_ROW + 3, SCORE_COL)];
    const result = checkSheet({ values, formulas, merges }, { rubric: OFFICIAL_RUBRIC });
    expect(result.ok && result.check.findings.map((f) => [f.kind, f.address, f.message])).toEqual([
      ["merged-score", "G5", `${c2}–${c4} 的得分在同一个合并单元格 G5:G7 中：一个得分不能同时是几条评价准则的得分。请取消合并，逐条填写得分`],
    ]);
    const en = checkSheet({ values, formulas, merges }, { rubric: OFFICIAL_RUBRIC, locale: "en-US" });
    expect(en.ok && en.check.findings[0]?.message).toBe(
      `${c2}–${c4}: the scores share one merged cell, G5:G7; one score cannot be the score of several criteria. Unmerge the cells and score each criterion`,
    );
  });

  it("leaves a merge inside one criterion's row alone", () => {
    const { scores, evidence } = fullMarks();
    const { values, formulas } = officialGrid({ scores, evidence });
    const result = checkSheet({ values, formulas, merges: [rect(FIRST_CRITERION_ROW, SCORE_COL, FIRST_CRITERION_ROW, SCORE_COL + 1)] }, { rubric: OFFICIAL_RUBRIC });
    expect(result.ok && result.check.findings).toEqual([]);
  });
});
