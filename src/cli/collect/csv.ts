import type { OutputTable, OutputValue } from "./tables";

function field(value: OutputValue): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line
 * ends) in UTF-8 with a byte-order mark, so that Excel and Power Query read the
 * Chinese text as such; numbers as JavaScript writes them (95.5), blanks empty.
 */
export function tableCsv(table: OutputTable): string {
  const lines = [table.columns.map((c) => field(c.title)), ...table.rows.map((row) => row.map(field))];
  return `\uFEFF${lines.map((line) => line.join(",")).join("\r\n")}\r\n`;
}

/** A table's rows as objects keyed by the columns' keys, for the JSON output. */
export function tableObjects(table: OutputTable): Record<string, OutputValue>[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c.key, row[i] ?? null])));
}
