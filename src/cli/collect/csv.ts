import type { OutputTable, OutputValue } from "./tables";

/** Text a spreadsheet would run as a formula (or that hides one behind a tab or carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: OutputValue): string {
  if (value === null) return "";
  // A number is written as a number (-3 stays -3); only text is escaped.
  const text = typeof value === "number" ? String(value) : FORMULA_START.test(String(value)) ? `'${String(value)}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line
 * ends) in UTF-8 with a byte-order mark, so that Excel and Power Query read the
 * Chinese text as such; numbers as JavaScript writes them (95.5, -3), blanks
 * empty. Text that starts with = + - @, a tab or a carriage return gets a
 * leading apostrophe (OWASP's advice on CSV injection), so that a spreadsheet
 * shows it instead of running it as a formula: "=1+1" is written '=1+1.
 */
export function tableCsv(table: OutputTable): string {
  const lines = [table.columns.map((c) => field(c.title)), ...table.rows.map((row) => row.map(field))];
  return `\uFEFF${lines.map((line) => line.join(",")).join("\r\n")}\r\n`;
}

/** A table's rows as objects keyed by the columns' keys, for the JSON output. */
export function tableObjects(table: OutputTable): Record<string, OutputValue>[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c.key, row[i] ?? null])));
}
