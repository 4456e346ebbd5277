import { formulaRefersToCells } from "../../src/scoring/formulaRefs";

describe("formulaRefersToCells", () => {
  it.each([
    "=SUM(G4:G101)",
    "=SUM($G$4:$G$101)",
    "=G4+G5",
    "=SUM(G:G)",
    "=SUM(4:101)",
    "=SUM( 4 : 101 )",
    "=Sheet2!A1",
    "='评价 表'!G4",
    "=SUM(得分)",
    "=SUM(Table1[得分])",
    "=QCITY.TOTAL(C4:C101,G4:G101)",
    '=SUMIF(C4:C101,"1.*",G4:G101)',
  ])("sees a reference in %s", (formula) => {
    expect(formulaRefersToCells(formula)).toBe(true);
  });

  it.each(["=1000", '="998"', '="G4"', "=500+500", "=1E+3", "=SUM(1000)", "=TRUE", "=SUM({1,2;3,4})", "=#REF!", "=SUM(#REF!)", "=TODAY()", "=_xlfn.ROUND(2.5,0)"])(
    "sees no reference in %s",
    (formula) => {
      expect(formulaRefersToCells(formula)).toBe(false);
    },
  );
});
