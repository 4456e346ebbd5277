import { columnWidthPoints, inchesToPoints } from "../../src/layout/units";

describe("units", () => {
  it("converts .xlsx character widths to the points Excel shows for them", () => {
    // Excel's default width: 8.43 characters in the dialog, stored as 9.140625, 64 px = 48 pt.
    expect(columnWidthPoints(9.140625)).toBe(48);
    expect(columnWidthPoints(10)).toBe(52.5); // 70 px
    expect(columnWidthPoints(0)).toBe(0);
    expect(() => columnWidthPoints(-1)).toThrow(RangeError);
  });

  it("converts inches to points", () => {
    expect(inchesToPoints(1)).toBe(72);
    expect(inchesToPoints(0.6)).toBe(43.2);
  });
});
