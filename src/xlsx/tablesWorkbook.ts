import type ExcelJS from "exceljs";
import { Workbook } from "./exceljsWorkbook";

/** A cell of a plain table: text, a number, or nothing. */
export type PlainValue = string | number | null;

/** A column of a plain table: header title, width in characters, and the number format of its numbers. */
export interface PlainColumn {
  readonly title: string;
  readonly width: number;
  readonly numberFormat?: string;
}

/** A list as one worksheet: a header row and rows of values. */
export interface PlainTable {
  readonly sheetName: string;
  readonly columns: readonly PlainColumn[];
  readonly rows: readonly (readonly PlainValue[])[];
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

/**
 * Writes each table as a worksheet, formatted for Excel users: a bold header
 * row frozen at the top with filters over the whole list, the columns' widths
 * and number formats. Text is written as text, never as a formula. Returns
 * the workbook's bytes.
 */
export async function tablesWorkbook(tables: readonly PlainTable[]): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = "QCity Assessor";
  for (const table of tables) {
    const ws = workbook.addWorksheet(table.sheetName, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
    ws.columns = table.columns.map((c) => ({ width: c.width, ...(c.numberFormat !== undefined && { style: { numFmt: c.numberFormat } }) }));
    const header = ws.addRow(table.columns.map((c) => c.title));
    header.font = { bold: true };
    header.alignment = { vertical: "middle", wrapText: true };
    header.eachCell((cell) => (cell.fill = HEADER_FILL));
    for (const row of table.rows) ws.addRow([...row]);
    const last = Math.max(1, table.rows.length + 1);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: table.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
