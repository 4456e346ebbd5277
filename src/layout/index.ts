export * from "./types";
export { buildLayout } from "./buildLayout";
export { toNativeFormula } from "./toNativeFormula";
export { RANGE_NAMES } from "./names";
export { COLUMN_TITLES, OFFICIAL_COLUMNS, EVIDENCE_COLUMNS, columnKeyOfTitle, type SheetLocale } from "./headers";
export { SHEET_TEXT } from "./sheetText";
export { cellAddress, columnLetters, rectAddress } from "./a1";
export { readTable, type FoundTable, type Grid, type GridValue, type TableRow } from "./readTable";
