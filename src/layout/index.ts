export * from "./types";
export { buildLayout } from "./buildLayout";
export { toNativeFormula } from "./toNativeFormula";
export { RANGE_NAMES } from "./names";
export { COLUMN_TITLES, OFFICIAL_COLUMNS, EVIDENCE_COLUMNS, columnKeyOfTitle, type SheetLocale } from "./headers";
export { SHEET_TEXT } from "./sheetText";
export { cellAddress, columnLetters, rectAddress } from "./a1";
export { readTable, type DuplicateTitle, type FoundTable, type Grid, type GridValue, type TableRow } from "./readTable";
export { TABLE_WINDOW, TABLE_WINDOW_ADDRESS, type Extent } from "./tableWindow";
