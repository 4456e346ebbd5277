import { cellAddress, columnLetters, columnsAddress, rectAddress, rectShape, rowsAddress, runsOf } from "../../src/excel/address";

describe("A1 addresses", () => {
  it("names columns like Excel", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"]);
    expect(() => columnLetters(-1)).toThrow(RangeError);
  });

  it("addresses cells, rectangles, whole rows and columns", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(rectAddress({ top: 4, left: 6, bottom: 4, right: 6 })).toBe("G5");
    expect(rectAddress({ top: 0, left: 0, bottom: 102, right: 8 })).toBe("A1:I103");
    expect(columnsAddress(0, 1)).toBe("A:B");
    expect(rowsAddress(0, 3)).toBe("1:4");
    expect(rowsAddress(0, 3, true)).toBe("$1:$4");
    expect(() => rectAddress({ top: 2, left: 0, bottom: 1, right: 0 })).toThrow(RangeError);
  });

  it("gives a rectangle's shape", () => {
    expect(rectShape({ top: 3, left: 2, bottom: 5, right: 2 })).toEqual({ rows: 3, columns: 1 });
  });

  it("groups runs of equal neighbours", () => {
    expect(runsOf([8, 8, 12, 8])).toEqual([
      { first: 0, last: 1, value: 8 },
      { first: 2, last: 2, value: 12 },
      { first: 3, last: 3, value: 8 },
    ]);
    expect(runsOf([])).toEqual([]);
  });
});
