import { DEFAULT_SHEET_NAME, MAX_SHEET_NAME_LENGTH, sanitizeSheetName, uniqueSheetName } from "../../src/layout/sheetName";

describe("sanitizeSheetName", () => {
  it("keeps a valid name", () => {
    expect(sanitizeSheetName("质量兴市评价")).toBe("质量兴市评价");
    expect(sanitizeSheetName("杭州市 2024 (复评)")).toBe("杭州市 2024 (复评)");
  });

  it("replaces each of []:*?/\\ and collapses the spaces they leave", () => {
    expect(sanitizeSheetName("a[b]c:d*e?f/g\\h")).toBe("a b c d e f g h");
    expect(sanitizeSheetName("杭州市::评价")).toBe("杭州市 评价");
  });

  it("strips apostrophes at either end, keeps inner ones", () => {
    expect(sanitizeSheetName("'杭州'市'")).toBe("杭州'市");
    expect(sanitizeSheetName("''''")).toBe(DEFAULT_SHEET_NAME);
  });

  it("cuts to 31 characters without leaving an apostrophe or space at the end", () => {
    const long = "很".repeat(40);
    expect(sanitizeSheetName(long)).toBe("很".repeat(MAX_SHEET_NAME_LENGTH));
    expect(sanitizeSheetName(`${"a".repeat(29)} 'b`)).toBe("a".repeat(29));
  });

  it("does not split a surrogate pair when cutting", () => {
    const name = sanitizeSheetName(`${"a".repeat(30)}😀`);
    expect(name).toBe("a".repeat(30));
  });

  it("falls back to the default for an empty or reserved name, whatever its case", () => {
    expect(sanitizeSheetName("   ")).toBe(DEFAULT_SHEET_NAME);
    expect(sanitizeSheetName("History")).toBe(DEFAULT_SHEET_NAME);
    expect(sanitizeSheetName("HISTORY")).toBe(DEFAULT_SHEET_NAME);
    expect(sanitizeSheetName("History 2")).toBe("History 2");
    expect(sanitizeSheetName("", "Rubric")).toBe("Rubric");
  });

  it("removes control characters", () => {
    expect(sanitizeSheetName("杭州\n市\t评价")).toBe("杭州 市 评价");
  });
});

describe("uniqueSheetName", () => {
  it("uses the name itself when free", () => {
    expect(uniqueSheetName("质量兴市评价", ["Sheet1"])).toBe("质量兴市评价");
  });

  it("adds (2), (3)… past every taken name", () => {
    expect(uniqueSheetName("质量兴市评价", ["质量兴市评价"])).toBe("质量兴市评价 (2)");
    expect(uniqueSheetName("质量兴市评价", ["质量兴市评价", "质量兴市评价 (2)", "质量兴市评价 (3)"])).toBe("质量兴市评价 (4)");
    expect(uniqueSheetName("质量兴市评价", ["质量兴市评价", "质量兴市评价 (3)"])).toBe("质量兴市评价 (2)");
  });

  it("compares without regard to case", () => {
    expect(uniqueSheetName("Rubric", ["RUBRIC"])).toBe("Rubric (2)");
    expect(uniqueSheetName("rubric", ["Rubric", "RUBRIC (2)"])).toBe("rubric (3)");
  });

  it("shortens the base, not the suffix, to stay within 31 characters", () => {
    const base = "评".repeat(31);
    const next = uniqueSheetName(base, [base]);
    expect(next).toBe(`${"评".repeat(27)} (2)`);
    expect(next.length).toBe(31);
    const many = Array.from({ length: 9 }, (_, i) => (i === 0 ? base : `${"评".repeat(27)} (${i + 1})`));
    expect(uniqueSheetName(base, many)).toBe(`${"评".repeat(26)} (10)`);
  });

  it("sanitises the base first", () => {
    expect(uniqueSheetName("a/b", ["a b"])).toBe("a b (2)");
  });
});
