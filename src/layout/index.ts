export * from "./types";
export { buildLayout } from "./buildLayout";
export { toNativeFormula } from "./toNativeFormula";
export { SHEET_TEXT } from "./sheetText";
