import { addressOrigin, columnIndex, columnLetters } from "../../src/table/a1";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %p is %p and back", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it("reads the origin of an address as Excel reports it, with a quoted sheet name", () => {
    expect(addressOrigin("'质量兴市评价 (2)'!B2:K120")).toEqual({ row: 1, col: 1 });
    expect(addressOrigin("Sheet1!$AA$10")).toEqual({ row: 9, col: 26 });
    expect(() => addressOrigin("Sheet1!H:I")).toThrow("Not an A1 cell address");
  });
});
