/**
 * Office.js reports a date cell as its serial number; only the number format
 * says it is a date. These helpers let the checks see such a cell as the date
 * Excel turned the typed score into (e.g. "5/3" typed into 得分).
 */

/** True for an Excel number format that shows a date or time, e.g. "yyyy/m/d", 'm"月"d"日"', "h:mm". */
export function isDateNumberFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  const code = format
    .replace(/"[^"]*"/g, "") // literal text
    .replace(/\\./g, "") // escaped characters
    .replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, "") // [$-804], [Red], [DBNum1]; keeps elapsed [h]
    .split(";")[0] as string;
  if (/^general$/i.test(code.trim())) return false;
  return /[ymdhs]/i.test(code);
}

const DAY_MS = 86_400_000;
/** Day 0 for serials from 61 (1900-03-01) on. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Day 0 below serial 60: Excel counts the fictitious 1900-02-29 (serial 60), so earlier serials sit one day later. */
const EXCEL_EARLY_EPOCH_MS = Date.UTC(1899, 11, 31);

/**
 * The date an Excel serial number (1900 date system) stands for, in UTC:
 * 1 = 1900-01-01, 59 = 1900-02-28, 61 = 1900-03-01, 46145 = 2026-05-03.
 * Undefined where Excel shows a day that never was: serial 60 (1900-02-29,
 * kept from Lotus 1-2-3), below 1 (1900-01-00) and negative serials.
 */
export function excelSerialToDate(serial: number): Date | undefined {
  if (!(serial >= 1) || (serial >= 60 && serial < 61)) return undefined;
  const epoch = serial < 60 ? EXCEL_EARLY_EPOCH_MS : EXCEL_EPOCH_MS;
  return new Date(epoch + Math.round(serial * DAY_MS));
}

/**
 * The serial of a Date a .xlsx reader made of a date cell. ExcelJS counts every
 * serial from 1899-12-30, so its dates before 1900-03-01 are a day early; going
 * back to the serial lets `dateScore` show what Excel shows.
 */
export function readerDateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

/**
 * A score cell Excel shows as a date, as the checks report it: the Date of its
 * serial, or Excel's own text for the days that never were ("1900-02-29" for
 * 60, "1900-01-00" for 0 to 1). A negative or non-finite serial (Excel shows
 * ####) stays the number.
 */
export function dateScore(serial: number): Date | string | number {
  if (!Number.isFinite(serial) || serial < 0) return serial;
  if (serial < 1) return "1900-01-00";
  return excelSerialToDate(serial) ?? "1900-02-29";
}
