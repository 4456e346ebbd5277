import type ExcelJS from "exceljs";
import type { CellStyle } from "../layout/types";

/** "#RRGGBB" → ExcelJS ARGB "FFRRGGBB". */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

/** Applies one resolved layout style to an ExcelJS cell. Input cells are unlocked, so a protected sheet still takes scores. */
export function applyCellStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  // ExcelJS gives a merged area's other cells the anchor's style object itself: styling one would restyle the anchor.
  if (cell.master !== cell) cell.style = { ...cell.style };
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
