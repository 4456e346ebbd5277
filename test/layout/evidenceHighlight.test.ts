import { deductionNoteConditionalFormat, evidenceConditionalFormat } from "../../src/layout/evidenceHighlight";
import { buildLayout } from "../../src/layout";

import { MISSING_FILL } from "../../src/layout/styles";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

describe("evidenceConditionalFormat", () => {
  it("covers the 佐证材料 column over the criterion rows, keyed on a numeric 得分 in the same row", () => {
    expect(evidenceConditionalFormat({ firstCriterionRow: 3, lastCriterionRow: 100, columns: { score: 6, evidence: 7 } })).toEqual({
      rect: { top: 3, left: 7, bottom: 100, right: 7 },
      formula: "AND(ISNUMBER(G4),LEN(TRIM(H4))=0)",
      fill: MISSING_FILL,
    });
  });

  it("follows moved columns", () => {
    expect(evidenceConditionalFormat({ firstCriterionRow: 5, lastCriterionRow: 6, columns: { score: 3, evidence: 1 } })?.formula).toBe(
      "AND(ISNUMBER(D6),LEN(TRIM(B6))=0)",
    );
  });

  it("gives nothing without an evidence column", () => {
    expect(evidenceConditionalFormat({ firstCriterionRow: 3, lastCriterionRow: 100, columns: { score: 6 } })).toBeUndefined();
  });

  it("is part of the inserted and exported sheet's layout, over its evidence column", () => {
    const layout = buildLayout(OFFICIAL_RUBRIC);
    const format = evidenceConditionalFormat(layout.table);
    expect(format?.rect).toEqual({ top: layout.table.firstCriterionRow, left: layout.table.columns.evidence, bottom: layout.table.lastCriterionRow, right: layout.table.columns.evidence });
    expect(layout.conditionalFormats).toContainEqual(format);
    expect(buildLayout(OFFICIAL_RUBRIC, { evidenceColumns: false }).conditionalFormats.some((cf) => cf.formula.includes("TRIM"))).toBe(false);
  });
});

describe("deductionNoteConditionalFormat", () => {
  it("covers the 扣分说明 column over the criterion rows, keyed on a partial score (below 分值) in the same row", () => {
    expect(deductionNoteConditionalFormat({ firstCriterionRow: 3, lastCriterionRow: 100, columns: { points: 4, score: 6, note: 8 } })).toEqual({
      rect: { top: 3, left: 8, bottom: 100, right: 8 },
      formula: "AND(ISNUMBER(G4),G4<E4,LEN(TRIM(I4))=0)",
      fill: MISSING_FILL,
    });
  });

  it("gives nothing without a 扣分说明 or 分值 column", () => {
    expect(deductionNoteConditionalFormat({ firstCriterionRow: 3, lastCriterionRow: 100, columns: { points: 4, score: 6 } })).toBeUndefined();
    expect(deductionNoteConditionalFormat({ firstCriterionRow: 3, lastCriterionRow: 100, columns: { score: 6, note: 8 } })).toBeUndefined();
  });

  it("is part of the inserted and exported sheet's layout, over its 扣分说明 column", () => {
    const layout = buildLayout(OFFICIAL_RUBRIC);
    expect(layout.conditionalFormats).toContainEqual(deductionNoteConditionalFormat(layout.table));
    expect(layout.conditionalFormats).toHaveLength(3);
  });
});
