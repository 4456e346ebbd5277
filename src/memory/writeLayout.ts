import { resolveStyles } from "../layout/resolveStyles";
import type { CellStyle, LayoutCell, SheetContent, WorksheetLayout } from "../layout/types";
import { columnWidthPoints } from "../layout/units";
import type { CellFormat, CellValue, MemorySheet } from "./memorySheet";

/** A layout cell as content: formulas get their "=", strings stay literal text. */
function content(cell: Exclude<LayoutCell, null>): { value: CellValue; formula?: string } {
  if (typeof cell !== "object") return { value: cell };
  const formula = cell.formula.trim();
  return { value: null, formula: formula.startsWith("=") ? formula : `=${formula}` };
}

function applyStyle(format: CellFormat, style: CellStyle): void {
  if (style.font) format.font = { ...format.font, ...style.font };
  if (style.fill !== undefined) format.fill = style.fill;
  if (style.horizontal !== undefined) format.horizontal = style.horizontal;
  if (style.vertical !== undefined) format.vertical = style.vertical;
  if (style.wrap !== undefined) format.wrap = style.wrap;
  if (style.numberFormat !== undefined) format.numberFormat = style.numberFormat;
  if (style.input !== undefined) format.locked = !style.input;
  if (style.border) format.borders = { top: true, bottom: true, left: true, right: true };
}

/**
 * Writes a sheet's content (SheetContent: the 评价报告 sheet, or the part of a
 * rubric sheet every sheet has) onto an empty memory sheet: merges first (so,
 * as in Excel, nothing lands in a non-anchor cell), then cells, resolved
 * styles, widths and heights (points, as Excel reports them), frozen panes and
 * print setup. Formulas are kept, not calculated: their values are null.
 */
export function writeSheetContent(sheet: MemorySheet, layout: SheetContent): void {
  for (const merge of layout.merges) sheet.merge(merge);
  const styles = resolveStyles(layout);
  layout.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell !== null) {
        const { value, formula } = content(cell);
        sheet.setContent(r, c, value, formula);
      }
      const style = styles[r]?.[c];
      if (style) sheet.setFormat(r, c, (format) => applyStyle(format, style));
    }),
  );
  layout.columnWidths.forEach((width, c) => sheet.columnWidths.set(c, columnWidthPoints(width)));
  for (const { row, height } of layout.rowHeights) sheet.rowHeights.set(row, height);
  sheet.freeze = { ...layout.freeze };
  sheet.print = layout.print;
}

/**
 * Writes everything a WorksheetLayout describes onto an empty memory sheet:
 * its content (writeSheetContent), then data validation, conditional formats,
 * names and the sheet marker.
 */
export function writeLayout(sheet: MemorySheet, layout: WorksheetLayout): void {
  writeSheetContent(sheet, layout);
  sheet.validations.push(...layout.validations);
  for (const { rect, formula, fill, fontColor } of layout.conditionalFormats) {
    sheet.addConditionalFormat({ ranges: [rect], formula: formula.startsWith("=") ? formula : `=${formula}`, fill, ...(fontColor !== undefined && { fontColor }) });
  }
  sheet.names.push(...layout.names);
  sheet.marker = layout.marker;
}
