/** A cell value as read back from Excel (Office.js `values`), from a .xlsx (ExcelJS) or from the in-memory grid. */
export type GridValue = string | number | boolean | Date | null | undefined;

/** A block of cell values, row-major; rows may differ in length. */
export type Grid = readonly (readonly GridValue[])[];
