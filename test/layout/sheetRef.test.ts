import { formulaSheetName, sheetReference } from "../../src/layout/sheetRef";

describe("sheet names in formulas", () => {
  it.each([
    ["质量兴市评价", "质量兴市评价"],
    ["张三", "张三"],
    ["Expert_1", "Expert_1"],
    ["O'Neil Chen", "'O''Neil Chen'"],
    ["阿依古丽·买买提", "'阿依古丽·买买提'"],
    ["2024 专家", "'2024 专家'"],
    ["1号专家", "'1号专家'"],
    ["专家 (2)", "'专家 (2)'"],
    ["A1", "'A1'"],
    ["XFD100", "'XFD100'"],
    ["R1C1", "'R1C1'"],
    ["TRUE", "'TRUE'"],
    ["张-三", "'张-三'"],
    ["李四，组长", "'李四，组长'"],
  ])("%s → %s", (name, quoted) => {
    expect(formulaSheetName(name)).toBe(quoted);
  });

  it("joins the name and the address", () => {
    expect(sheetReference("O'Neil Chen", "G5")).toBe("'O''Neil Chen'!G5");
    expect(sheetReference("张三", "$G$4:$G$101")).toBe("张三!$G$4:$G$101");
  });
});
