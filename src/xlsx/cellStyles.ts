import type ExcelJS from "exceljs";
import type { CellStyle, WorksheetLayout } from "../layout/types";

/** "#RRGGBB" → ExcelJS ARGB "FFRRGGBB". */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** Merges `next` over `base` property by property (font properties one by one), as the layout contract says. */
function mergeStyle(base: CellStyle | undefined, next: CellStyle): CellStyle {
  if (base === undefined) return next;
  const font = base.font || next.font ? { ...base.font, ...next.font } : undefined;
  return font ? { ...base, ...next, font } : { ...base, ...next };
}

/** The resolved style of every cell the layout styles, row-major (undefined = unstyled). */
export function resolveStyles(layout: WorksheetLayout): (CellStyle | undefined)[][] {
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

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

/** Applies one resolved layout style to an ExcelJS cell. Input cells are unlocked, so a protected sheet still takes scores. */
export function applyCellStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.font) {
    const { name, size, bold, underline, color } = style.font;
    cell.font = {
      ...(name !== undefined && { name }),
      ...(size !== undefined && { size }),
      ...(bold !== undefined && { bold }),
      ...(underline !== undefined && { underline }),
      ...(color !== undefined && { color: { argb: argb(color) } }),
    };
  }
  if (style.fill !== undefined) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.horizontal !== undefined || style.vertical !== undefined || style.wrap !== undefined) {
    cell.alignment = {
      ...(style.horizontal !== undefined && { horizontal: style.horizontal }),
      ...(style.vertical !== undefined && { vertical: style.vertical === "center" ? "middle" : style.vertical }),
      ...(style.wrap !== undefined && { wrapText: style.wrap }),
    };
  }
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
  if (style.input) cell.protection = { locked: false };
}
