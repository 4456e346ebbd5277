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

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The date an Excel serial number (1900 date system) stands for, in UTC. */
export function excelSerialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_MS));
}
