import { TABLE_WINDOW } from "../table/window";
import type { SheetSnapshot } from "../scoring/snapshot";
import type { MemorySheet } from "./memorySheet";

/**
 * What the checks read from a memory sheet, as the Office.js adapter reads
 * Excel: values ("" for an empty cell, null for a formula, which is not
 * calculated), formulas ("=…", or the value) and number formats ("General" by
 * default) of the block from A1 to the last used cell inside TABLE_WINDOW, and
 * how far the sheet's values reach beyond it; the sheet's marker, when it has one, and its merged areas.
 */
export function readSnapshot(sheet: MemorySheet): SheetSnapshot {
  const used = sheet.usedExtent();
  const rows = Math.min(used.rows, TABLE_WINDOW.rows);
  const cols = Math.min(used.cols, TABLE_WINDOW.cols);
  const grid = <T,>(pick: (row: number, col: number) => T): T[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (__, c) => pick(r, c)));
  return {
    values: grid((r, c) => sheet.cell(r, c).value ?? (sheet.cell(r, c).formula === undefined ? "" : null)),
    formulas: grid((r, c) => sheet.cell(r, c).formula ?? sheet.cell(r, c).value ?? ""),
    numberFormats: grid((r, c) => sheet.cell(r, c).format.numberFormat ?? "General"),
    origin: { row: 0, col: 0 },
    bounds: { window: TABLE_WINDOW, used },
    ...(sheet.marker !== undefined && { marker: sheet.marker }),
    // Merged areas inside the block read, as Excel reports them (ExcelApi 1.13).
    ...(sheet.merges.some((m) => m.top < rows && m.left < cols) && { merges: sheet.merges.filter((m) => m.top < rows && m.left < cols) }),
  };
}
