import { HyperFormula } from "hyperformula";
import { criterionLabel } from "../../src/rubric";
import { buildLayout } from "../../src/layout/buildLayout";
import { toNativeFormula } from "../../src/layout/toNativeFormula";
import type { Formula, LayoutCell } from "../../src/layout/types";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const C = "QCITY_CRITERIA";
const S = "QCITY_SCORES";

describe("toNativeFormula", () => {
  it("rewrites the grand total, a category total and a score rate", () => {
    expect(toNativeFormula(`=QCITY.TOTAL(${C},${S})`, OFFICIAL_RUBRIC)).toBe(`=SUM(${S})`);
    expect(toNativeFormula(`=QCITY.SECTIONTOTAL("3",${C},${S})`, OFFICIAL_RUBRIC)).toBe(`=SUMIF(${C},"3.*",${S})`);
    expect(toNativeFormula(`=QCITY.SCORERATE("3",${C},${S})`, OFFICIAL_RUBRIC)).toBe(`=SUMIF(${C},"3.*",${S})/465`);
    expect(toNativeFormula(`QCITY.SECTIONTOTAL("3.6",${C},${S})`, OFFICIAL_RUBRIC)).toBe(`SUMIF(${C},"3.6.*",${S})`);
    expect(toNativeFormula(`=QCITY.MAXPOINTS("3.6.2")`, OFFICIAL_RUBRIC)).toBe("=10");
    expect(toNativeFormula(`=QCITY.MAXPOINTS("")`, OFFICIAL_RUBRIC)).toBe("=1000");
  });

  it("keeps the rest of an expression and parenthesises a rate inside it", () => {
    expect(toNativeFormula(`=ROUND(QCITY.TOTAL(${C},${S})/10,1)`, OFFICIAL_RUBRIC)).toBe(`=ROUND(SUM(${S})/10,1)`);
    expect(toNativeFormula(`=1/QCITY.SCORERATE("1",${C},${S})`, OFFICIAL_RUBRIC)).toBe(`=1/(SUMIF(${C},"1.*",${S})/140)`);
    expect(toNativeFormula(`=qcity.sectiontotal(2,${C},${S})+QCITY.SECTIONTOTAL("1",${C},${S})`, OFFICIAL_RUBRIC)).toBe(`=SUMIF(${C},"2.*",${S})+SUMIF(${C},"1.*",${S})`);
  });

  it("copies sheet-qualified references verbatim, quotes and commas included", () => {
    const c = "'评价 (2)'!$C$4:$C$101";
    const s = "'It''s, mine'!$G$4:$G$101";
    expect(toNativeFormula(`=QCITY.SECTIONTOTAL("4", ${c}, ${s})`, OFFICIAL_RUBRIC)).toBe(`=SUMIF(${c},"4.*",${s})`);
  });

  it("leaves string literals that only mention QCITY alone", () => {
    expect(toNativeFormula(`="QCITY.TOTAL(a,b)"&QCITY.TOTAL(${C},${S})`, OFFICIAL_RUBRIC)).toBe(`="QCITY.TOTAL(a,b)"&SUM(${S})`);
    expect(toNativeFormula(`="QCITY.TOTAL(a,b)"`, OFFICIAL_RUBRIC)).toBeUndefined();
  });

  it("gives undefined when there is nothing to rewrite or no exact native equivalent", () => {
    expect(toNativeFormula(`=SUM(${S})`, OFFICIAL_RUBRIC)).toBeUndefined();
    expect(toNativeFormula(`=QCITY.CHECK(${C},${S})`, OFFICIAL_RUBRIC)).toBeUndefined();
    expect(toNativeFormula(`=QCITY.PROGRESS(${C},${S})`, OFFICIAL_RUBRIC)).toBeUndefined();
    expect(toNativeFormula(`=QCITY.SECTIONTOTAL(A1,${C},${S})`, OFFICIAL_RUBRIC)).toBeUndefined();
    expect(toNativeFormula(`=QCITY.SECTIONTOTAL("9",${C},${S})`, OFFICIAL_RUBRIC)).toBeUndefined();
    expect(toNativeFormula(`=QCITY.TOTAL(${C})`, OFFICIAL_RUBRIC)).toBeUndefined();
    expect(toNativeFormula(`=QCITY.TOTAL(${C},${S}`, OFFICIAL_RUBRIC)).toBeUndefined();
    expect(toNativeFormula(`=QCITY.TOTAL(${C},${S})+QCITY.CHECK(${C},${S})`, OFFICIAL_RUBRIC)).toBeUndefined();
  });

  it("turns every qcity-style layout formula into the native-style layout's formula in the same cell", () => {
    const native = buildLayout(OFFICIAL_RUBRIC, { formulaStyle: "native" });
    const qcity = buildLayout(OFFICIAL_RUBRIC, { formulaStyle: "qcity" });
    const formulas = (cells: readonly (readonly LayoutCell[])[]) =>
      cells.flatMap((line, r) => line.flatMap((cell, c) => (cell !== null && typeof cell === "object" ? [{ r, c, f: (cell as Formula).formula }] : [])));
    const expected = formulas(native.cells);
    const converted = formulas(qcity.cells).map(({ r, c, f }) => ({ r, c, f: toNativeFormula(f, OFFICIAL_RUBRIC) }));
    expect(converted).toEqual(expected);
    expect(expected.length).toBe(11);
  });
});

describe("native totals in a formula engine (HyperFormula)", () => {
  // Column A: the 98 criterion cells as the sheet has them; column B: a score for each.
  const criteria = OFFICIAL_RUBRIC.criteria;
  const scores = criteria.map((c, i) => (i % 3 === 0 ? c.points : i % 3 === 1 ? c.points / 2 : null));
  const sheet = criteria.map((c, i) => [criterionLabel(c), scores[i] ?? null]);
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
  const id = hf.getSheetId("Sheet1") as number;
  const evaluate = (qcity: string): unknown => {
    const native = toNativeFormula(`=${qcity}`, OFFICIAL_RUBRIC);
    if (native === undefined) throw new Error(`no native form for ${qcity}`);
    hf.setCellContents({ sheet: id, row: 0, col: 3 }, [[native]]);
    return hf.getCellValue({ sheet: id, row: 0, col: 3 });
  };
  const expectedSum = (section: string) =>
    criteria.reduce((sum, c, i) => (c.code === section || c.code.startsWith(`${section}.`) ? sum + (scores[i] ?? 0) : sum), 0);
  const range = "A1:A98,B1:B98";

  afterAll(() => hf.destroy());

  it.each(["1", "2", "3", "4", "3.1", "3.6", "3.10", "3.6.1", "3.6.18", "4.7.1"])("sums section %s as the rubric nests it", (section) => {
    expect(evaluate(`QCITY.SECTIONTOTAL("${section}",${range})`)).toBeCloseTo(expectedSum(section), 9);
  });

  it("does not count 3.6.10–3.6.18 in criterion 3.6.1, nor 3.10 in item 3.1", () => {
    expect(toNativeFormula(`=QCITY.SECTIONTOTAL("3.6.2",${C},${S})`, OFFICIAL_RUBRIC)).toBe(`=SUMIF(${C},"3.6.2*",${S})`);
    expect(toNativeFormula(`=QCITY.SECTIONTOTAL("3.6.1",${C},${S})`, OFFICIAL_RUBRIC)).toMatch(/^=\(SUMIF\(.*"3\.6\.1\*".*-SUMIF\(.*"3\.6\.18\*".*\)$/);
    expect(expectedSum("3.6.1")).toBe(scores[criteria.findIndex((c) => c.code === "3.6.1")] ?? 0);
    expect(evaluate(`QCITY.SECTIONTOTAL("3.6.1",${range})`)).toBe(expectedSum("3.6.1"));
    expect(evaluate(`QCITY.SECTIONTOTAL("3.1",${range})`)).toBe(expectedSum("3.1"));
  });

  it("computes the grand total and a rate", () => {
    const total = scores.reduce((s: number, v) => s + (v ?? 0), 0);
    expect(evaluate(`QCITY.TOTAL(${range})`)).toBeCloseTo(total, 9);
    expect(evaluate(`QCITY.SCORERATE("3",${range})`)).toBeCloseTo(expectedSum("3") / 465, 9);
  });
});
