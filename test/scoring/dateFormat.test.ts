import { dateScore, excelSerialToDate, isDateNumberFormat, readerDateToSerial } from "../../src/scoring/dateFormat";

describe("isDateNumberFormat", () => {
  it.each(["yyyy/m/d", 'm"月"d"日"', "[$-804]yyyy-mm-dd", "h:mm", "[h]:mm:ss", "d-mmm", 'yyyy"年"m"月"'])("sees %p as a date format", (format) => {
    expect(isDateNumberFormat(format)).toBe(true);
  });

  it.each(["General", "0", "0.0", "0.0%", "@", '0"分"', "#,##0.00", "[Red]0.0", "[DBNum1]0", null, 5])("does not see %p as a date format", (format) => {
    expect(isDateNumberFormat(format)).toBe(false);
  });
});

describe("excelSerialToDate", () => {
  it("uses Excel's 1900 date system: serial 1 is 1900-01-01, 61 is 1900-03-01", () => {
    expect(excelSerialToDate(46145)).toEqual(new Date(Date.UTC(2026, 4, 3)));
    expect(excelSerialToDate(1)).toEqual(new Date(Date.UTC(1900, 0, 1)));
    expect(excelSerialToDate(5)).toEqual(new Date(Date.UTC(1900, 0, 5)));
    expect(excelSerialToDate(59)).toEqual(new Date(Date.UTC(1900, 1, 28)));
    expect(excelSerialToDate(59.5)).toEqual(new Date(Date.UTC(1900, 1, 28, 12)));
    expect(excelSerialToDate(61)).toEqual(new Date(Date.UTC(1900, 2, 1)));
  });

  it("has no date for the days Excel shows that never were: 1900-02-29 (60) and 1900-01-00 (0)", () => {
    expect(excelSerialToDate(60)).toBeUndefined();
    expect(excelSerialToDate(60.5)).toBeUndefined();
    expect(excelSerialToDate(0)).toBeUndefined();
    expect(excelSerialToDate(-1)).toBeUndefined();
  });
});

describe("dateScore", () => {
  it("gives what Excel shows for a score in a date-formatted cell", () => {
    expect(dateScore(5)).toEqual(new Date(Date.UTC(1900, 0, 5)));
    expect(dateScore(60)).toBe("1900-02-29");
    expect(dateScore(0)).toBe("1900-01-00");
    expect(dateScore(-3)).toBe(-3);
    expect(dateScore(Number.NaN)).toBeNaN();
  });

  it("undoes ExcelJS's one-day shift before 1900-03-01 through readerDateToSerial", () => {
    // ExcelJS reads serial 5 as 1900-01-04 and serial 60 as 1900-02-28 (one epoch for every serial).
    expect(readerDateToSerial(new Date(Date.UTC(1900, 0, 4)))).toBe(5);
    expect(dateScore(readerDateToSerial(new Date(Date.UTC(1900, 0, 4))))).toEqual(new Date(Date.UTC(1900, 0, 5)));
    expect(dateScore(readerDateToSerial(new Date(Date.UTC(1900, 1, 28))))).toBe("1900-02-29");
    expect(dateScore(readerDateToSerial(new Date(Date.UTC(2026, 4, 3))))).toEqual(new Date(Date.UTC(2026, 4, 3)));
  });
});
