/** The active sheet's values from A1, for importing the table typed into it. */
export interface TypedSheet {
  readonly sheetName: string;
  /** Rows × columns from A1 to the last used cell; "" for empty cells, merged cells other than the anchor included. */
  readonly cells: unknown[][];
}

/**
 * Reads the active sheet's used range (values only) in one context.sync(),
 * padded with empty cells so that it starts at A1, as the importer wants it.
 * An empty sheet gives no cells.
 */
export async function readTypedSheet(context: Excel.RequestContext): Promise<TypedSheet> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  await context.sync();
  if (used.isNullObject) return { sheetName: sheet.name, cells: [] };
  const before = Array<unknown>(used.columnIndex).fill("");
  const above = Array.from({ length: used.rowIndex }, () => [] as unknown[]);
  return { sheetName: sheet.name, cells: [...above, ...used.values.map((row) => [...before, ...row])] };
}
