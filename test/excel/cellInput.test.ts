import { formulaInput, needsTextPrefix } from "../../src/excel/cellInput";

describe("formulaInput", () => {
  it("keeps strings Excel would reinterpret as literal text with a quote prefix", () => {
    for (const text of ["=SUM(A1)", "+86", "-5", "@x", "'quoted", "12", "12.5", "1,000", "50%", "1e3", "TRUE", "false", "2009-5-1", "5/1", "12:30", "2009年5月", "5月1日", "2009年5月1日"]) {
      expect([text, formulaInput(text)]).toEqual([text, `'${text}`]);
    }
  });

  it("writes ordinary text as is", () => {
    for (const text of ["质量兴市绩效评价指南（试行）", "1领导重视（140分）", "3.6.2推动企业加快技术进步步伐", "省（自治区、直辖市）：=河北省", "５", "", "A-1"]) {
      expect([text, formulaInput(text)]).toEqual([text, text]);
    }
  });

  it("writes numbers as numbers and null as 'leave unchanged'", () => {
    expect(formulaInput(10)).toBe(10);
    expect(formulaInput(0)).toBe(0);
    expect(formulaInput(null)).toBeNull();
    expect(() => formulaInput(Number.NaN)).toThrow(RangeError);
  });

  it("makes formulas start with exactly one '='", () => {
    expect(formulaInput({ formula: "SUM(G5:G102)" })).toBe("=SUM(G5:G102)");
    expect(formulaInput({ formula: "=SUM(G5:G102)" })).toBe("=SUM(G5:G102)");
  });

  it("flags only text that needs the prefix", () => {
    expect(needsTextPrefix("3.6")).toBe(true);
    // A bare code reads as a date where "." separates dates (de-DE, ru-RU).
    expect(needsTextPrefix("3.6.2")).toBe(true);
    expect(needsTextPrefix("3.6.2推动企业")).toBe(false);
  });
});
