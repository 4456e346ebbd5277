import { excelSerialToDate, isDateNumberFormat } from "../../src/scoring/dateFormat";

describe("isDateNumberFormat", () => {
  it.each(["yyyy/m/d", 'm"月"d"日"', "[$-804]yyyy-mm-dd", "h:mm", "[h]:mm:ss", "d-mmm", 'yyyy"年"m"月"'])("sees %p as a date format", (format) => {
    expect(isDateNumberFormat(format)).toBe(true);
  });

  it.each(["General", "0", "0.0", "0.0%", "@", '0"分"', "#,##0.00", "[Red]0.0", "[DBNum1]0", null, 5])("does not see %p as a date format", (format) => {
    expect(isDateNumberFormat(format)).toBe(false);
  });
});

describe("excelSerialToDate", () => {
  it("uses Excel's 1900 date system", () => {
    expect(excelSerialToDate(46145)).toEqual(new Date(Date.UTC(2026, 4, 3)));
    expect(excelSerialToDate(1)).toEqual(new Date(Date.UTC(1899, 11, 31)));
  });
});
