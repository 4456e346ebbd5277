import type { CellStyle, SheetContent } from "./types";

/** Merges `next` over `base` property by property (font properties one by one), as the layout contract says. */
function mergeStyle(base: CellStyle | undefined, next: CellStyle): CellStyle {
  if (base === undefined) return next;
  const font = base.font || next.font ? { ...base.font, ...next.font } : undefined;
  return font ? { ...base, ...next, font } : { ...base, ...next };
}

/**
 * The resolved style of every cell the layout styles, rowCount × columnCount,
 * row-major (undefined = unstyled): what a writer that styles cell by cell
 * (ExcelJS, the memory workbook) applies.
 */
export function resolveStyles(layout: SheetContent): (CellStyle | undefined)[][] {
  const grid: (CellStyle | undefined)[][] = Array.from({ length: layout.rowCount }, () => Array<CellStyle | undefined>(layout.columnCount).fill(undefined));
  for (const { rect, style } of layout.styles) {
    for (let r = rect.top; r <= rect.bottom; r++) {
      const line = grid[r];
      if (line === undefined) continue;
      for (let c = rect.left; c <= rect.right && c < layout.columnCount; c++) line[c] = mergeStyle(line[c], style);
    }
  }
  return grid;
}
