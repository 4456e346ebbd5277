import { cellAddress, columnLetters, columnsAddress, parseRect, rectAddress, rectShape, rowsAddress } from "../../src/table/a1";
import { continuationRuns, runsOf, valueRuns } from "../../src/table/runs";

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

  it("reads back the rectangle of an address, whole rows and columns included", () => {
    expect(parseRect("'质量兴市评价'!$B$2:D5")).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
    expect(parseRect("G5")).toEqual({ top: 4, left: 6, bottom: 4, right: 6 });
    expect(parseRect("H:I")).toEqual({ top: 0, left: 7, bottom: 1048575, right: 8 });
    expect(parseRect("$1:$4")).toEqual({ top: 0, left: 0, bottom: 3, right: 16383 });
    expect(() => parseRect("A1,B2")).toThrow("Not an A1 range address");
    expect(() => parseRect("A:4")).toThrow("Not an A1 range address");
  });
});

describe("runs", () => {
  it("groups runs of equal neighbours", () => {
    expect(valueRuns([8, 8, 12, 8])).toEqual([
      { first: 0, last: 1, key: 8 },
      { first: 2, last: 2, key: 12 },
      { first: 3, last: 3, key: 8 },
    ]);
    expect(valueRuns([])).toEqual([]);
  });

  it("breaks a run at a gap in the positions, even with the same key", () => {
    const heights = [
      { row: 0, height: 30 },
      { row: 1, height: 20 },
      { row: 2, height: 20 },
      { row: 4, height: 20 },
    ];
    expect(runsOf(heights, (h) => h.row, (h) => h.height)).toEqual([
      { first: 0, last: 0, key: 30 },
      { first: 1, last: 2, key: 20 },
      { first: 4, last: 4, key: 20 },
    ]);
  });

  it("continues a cell over the rows marked as continuing it; row 0 always starts one", () => {
    expect(continuationRuns([true, true, false, true, false])).toEqual([
      { first: 0, last: 1 },
      { first: 2, last: 3 },
      { first: 4, last: 4 },
    ]);
  });
});
