import { checkTable, planEvidenceColumns, planHighlights, planNumberTextConversion, planNumberTextFixes, isHighlightFormula } from "../../src/scoring";

import { FIRST_CRITERION_ROW, fullMarks, officialGrid } from "../helpers/officialGrid";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const official7 = ["category", "item", "criterion", "method", "points", "guidance", "score"] as const;
const row = (code: string) => OFFICIAL_RUBRIC.criterion(code)!.index + FIRST_CRITERION_ROW + 1;
const lastExcelRow = FIRST_CRITERION_ROW + OFFICIAL_RUBRIC.criteria.length;

describe("planEvidenceColumns", () => {
  it("writes both titles into the empty columns right of the table", () => {
    const snapshot = officialGrid({ columns: official7 });
    expect(planEvidenceColumns(checkTable(snapshot, { rubric: OFFICIAL_RUBRIC }), snapshot)).toEqual({
      ok: true,
      mode: "write",
      columns: [
        { key: "evidence", title: "佐证材料", col: 7, headerAddress: "H3" },
        { key: "note", title: "扣分说明", col: 8, headerAddress: "I3" },
      ],
      columnsAddress: "H:I",
      bodyAddress: `H3:I${lastExcelRow}`,
      formatSourceAddress: `G3:G${lastExcelRow}`,
    });
  });

  it("inserts columns instead of overwriting a cell beside the table", () => {
    const snapshot = officialGrid({ columns: official7 });
    snapshot.values[40]![8] = "审核人意见";
    const plan = planEvidenceColumns(checkTable(snapshot, { rubric: OFFICIAL_RUBRIC }), snapshot);
    expect(plan).toMatchObject({ ok: true, mode: "insert", columnsAddress: "H:I" });
  });

  it("adds only the absent column, beside the table, in worksheet coordinates", () => {
    const snapshot = { ...officialGrid({ columns: [...official7, "evidence"] }), origin: { row: 2, col: 1 } };
    const plan = planEvidenceColumns(checkTable(snapshot, { rubric: OFFICIAL_RUBRIC }), snapshot);
    expect(plan).toMatchObject({ ok: true, mode: "write", columns: [{ key: "note", title: "扣分说明", col: 9, headerAddress: "J5" }], columnsAddress: "J:J" });
  });

  it("refuses when there is nothing to add, no table, or no room on the sheet", () => {
    const full = officialGrid();
    expect(planEvidenceColumns(checkTable(full, { rubric: OFFICIAL_RUBRIC }), full)).toEqual({ ok: false, reason: "already-present" });
    expect(planEvidenceColumns(undefined, { values: [] })).toEqual({ ok: false, reason: "no-table" });
    const edge = { ...officialGrid({ columns: official7 }), origin: { row: 0, col: 16378 } };
    expect(planEvidenceColumns(checkTable(edge, { rubric: OFFICIAL_RUBRIC }), edge)).toEqual({ ok: false, reason: "no-room" });
  });
});

describe("planNumberTextFixes", () => {
  it("lists exactly the number-like text cells, with the number each becomes", () => {
    const snapshot = officialGrid({ scores: { "1.1.1": "３０", "1.2.1": "１２．５", "2.1.1": "'8", "2.2.1": "好", "3.1.1": true, "3.6.2": 12 } });
    const fixes = planNumberTextFixes(checkTable(snapshot, { rubric: OFFICIAL_RUBRIC })!.findings);
    expect(fixes.map((f) => [f.code, f.text, f.value])).toEqual([
      ["1.1.1", "３０", 30],
      ["1.2.1", "１２．５", 12.5],
      ["2.1.1", "'8", 8],
    ]);
    expect(fixes[0]?.address).toBe(`G${FIRST_CRITERION_ROW + 1}`);
  });

  it("converts number text only when its number is a valid score, and lists the rest with the reason", () => {
    const snapshot = officialGrid({ scores: { "1.1.1": "－５", "1.2.1": "５", "3.6.2": "１２", "4.1.1": "-0.5" } });
    const plan = planNumberTextConversion(checkTable(snapshot, { rubric: OFFICIAL_RUBRIC })!.findings);
    expect(plan.fixes.map((f) => [f.code, f.text, f.value])).toEqual([["1.2.1", "５", 5]]);
    expect(plan.leftOut.map((f) => [f.code, f.address, f.text, f.value, f.reason])).toEqual([
      ["1.1.1", `G${row("1.1.1")}`, "－５", -5, "negative"],
      ["3.6.2", `G${row("3.6.2")}`, "１２", 12, "over-cap"],
      ["4.1.1", `G${row("4.1.1")}`, "-0.5", -0.5, "negative"],
    ]);
    expect(planNumberTextFixes(checkTable(snapshot, { rubric: OFFICIAL_RUBRIC })!.findings)).toEqual(plan.fixes);
  });
});

describe("planHighlights", () => {
  it("makes one marked conditional format per severity over runs of offending cells, leaving unscored cells alone", () => {
    const { scores, evidence } = fullMarks();
    const snapshot = officialGrid({ scores: { ...scores, "1.1.1": 45, "1.2.1": 99, "1.3.1": null, "2.1.1": 5 }, evidence: { ...evidence, "2.1.1": "" } });
    const rules = planHighlights(checkTable(snapshot, { rubric: OFFICIAL_RUBRIC })!.findings);
    expect(rules.map((r) => [r.severity, r.addresses, r.fill])).toEqual([
      ["error", ["G4:G5"], "#FFC7CE"],
      ["warning", [`H${row("2.1.1")}`, `I${row("2.1.1")}`], "#FFEB9C"],
    ]);
    expect(rules.every((r) => isHighlightFormula(r.formula))).toBe(true);
    expect(rules[0]?.formula).toMatch(/^=N\("qcity-check:error:[0-9a-z]+"\)=0$/);
  });

  it("changes its formula when the cells change, so an unchanged highlight can be left as it is", () => {
    const a = planHighlights(checkTable(officialGrid({ scores: { "1.1.1": 45 } }), { rubric: OFFICIAL_RUBRIC })!.findings);
    const b = planHighlights(checkTable(officialGrid({ scores: { "1.1.1": 45 } }), { rubric: OFFICIAL_RUBRIC })!.findings);
    const c = planHighlights(checkTable(officialGrid({ scores: { "1.2.1": 45 } }), { rubric: OFFICIAL_RUBRIC })!.findings);
    expect(a[0]?.formula).toBe(b[0]?.formula);
    expect(a[0]?.formula).not.toBe(c[0]?.formula);
  });

  it("does not take a user's own conditional format for a highlight", () => {
    expect(isHighlightFormula("=AND(ISNUMBER($G4),LEN(TRIM($H4))=0)")).toBe(false);
    expect(isHighlightFormula(undefined)).toBe(false);
  });
});
