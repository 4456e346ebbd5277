import type { CellStyle, DecimalValidation, PrintSetup, Rect, SheetContent, WorksheetLayout } from "../layout/types";
import { columnsAddress, rectAddress, rectShape, rowsAddress } from "../table/a1";
import { MARKER_NAME, markerConstant } from "../table/marker";
import { runsOf, valueRuns } from "../table/runs";
import { formulaInput } from "./cellInput";
import { queueFormulaConditionalFormat } from "./conditionalFormat";
import { columnWidthPoints, inchesToPoints } from "../layout/units";

/** Excel's limits on data validation texts (characters); longer texts make the whole batch fail. */
const VALIDATION_TITLE_MAX = 32;
const VALIDATION_MESSAGE_MAX = 225;

/**
 * Queues everything a WorksheetLayout describes onto a new, empty worksheet,
 * without calling context.sync(): the caller syncs once for the whole batch.
 * The named ranges come first, so the totals that use them never see an
 * undefined name (#NAME?), with the sheet's marker (a text constant name); then merges, then the cell grid as one `formulas`
 * array whose shape is exactly rowCount × columnCount, then formats; last, one
 * recalculation, so the totals are current even when the workbook calculates
 * manually. Throws RangeError before queuing anything when the layout's grid
 * does not match its declared size.
 */
export function applyLayout(context: Excel.RequestContext, sheet: Excel.Worksheet, layout: WorksheetLayout): void {
  const grid = formulaGrid(layout);
  for (const name of layout.names) sheet.names.add(name.name, sheet.getRange(rectAddress(name.rect)));
  sheet.names.add(MARKER_NAME, `=${markerConstant(layout.marker)}`);
  applyCells(sheet, layout, grid);

  for (const validation of layout.validations) applyValidation(sheet.getRange(rectAddress(validation.rect)), validation);
  for (const validation of layout.listValidations ?? []) applyRuleValidation(sheet.getRange(rectAddress(validation.rect)), { list: { inCellDropDown: true, source: validation.values.join(",") } }, validation);
  for (const validation of layout.customValidations ?? []) {
    applyRuleValidation(sheet.getRange(rectAddress(validation.rect)), { custom: { formula: `=${validation.formula}` } }, validation);
  }
  for (const format of layout.conditionalFormats) queueFormulaConditionalFormat(sheet, format);

  applyFreeze(sheet, layout.freeze);
  applyPrint(sheet.pageLayout, layout.print);
  // Not suspendApiCalculationUntilNextSync: Microsoft leaves the recalculation after it to the caller.
  context.workbook.application.calculate("Recalculate");
}

/**
 * Queues a sheet's content (SheetContent: no table, names or marker, e.g. the
 * 评价报告 sheet) onto a new, empty worksheet, without calling context.sync():
 * merges, the cell grid as one `formulas` array, formats, widths and heights,
 * frozen panes and page setup. Throws RangeError before queuing anything when
 * the grid does not match its declared size.
 */
export function applySheetContent(sheet: Excel.Worksheet, content: SheetContent): void {
  applyCells(sheet, content, formulaGrid(content));
  applyFreeze(sheet, content.freeze);
  applyPrint(sheet.pageLayout, content.print);
}

/** Merges first (values written to a merged area's other cells would be dropped), then the grid, formats, widths and heights. */
function applyCells(sheet: Excel.Worksheet, content: SheetContent, grid: (string | number | null)[][]): void {
  for (const merge of content.merges) sheet.getRange(rectAddress(merge)).merge(false);
  sheet.getRange(rectAddress({ top: 0, left: 0, bottom: content.rowCount - 1, right: content.columnCount - 1 })).formulas = grid;
  for (const { rect, style } of content.styles) applyStyle(sheet.getRange(rectAddress(rect)), rect, style);

  for (const run of valueRuns(content.columnWidths)) {
    sheet.getRange(columnsAddress(run.first, run.last)).format.columnWidth = columnWidthPoints(run.key);
  }
  const heights = [...content.rowHeights].sort((a, b) => a.row - b.row);
  for (const run of runsOf(heights, (h) => h.row, (h) => h.height)) {
    sheet.getRange(rowsAddress(run.first, run.last)).format.rowHeight = run.key;
  }
}

/** The content's cells as `Range.formulas` input, checked against rowCount × columnCount. */
function formulaGrid(layout: SheetContent): (string | number | null)[][] {
  if (layout.rowCount < 1 || layout.columnCount < 1 || layout.cells.length !== layout.rowCount) {
    throw new RangeError(`Layout grid has ${layout.cells.length} rows; expected ${layout.rowCount} (≥ 1)`);
  }
  return layout.cells.map((row, r) => {
    if (row.length !== layout.columnCount) {
      throw new RangeError(`Layout row ${r + 1} has ${row.length} cells; expected ${layout.columnCount}`);
    }
    return row.map(formulaInput);
  });
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

function applyStyle(range: Excel.Range, rect: Rect, style: CellStyle): void {
  const { font, fill, horizontal, vertical, wrap, border, numberFormat, input } = style;
  if (font?.name !== undefined) range.format.font.name = font.name;
  if (font?.size !== undefined) range.format.font.size = font.size;
  if (font?.bold !== undefined) range.format.font.bold = font.bold;
  if (font?.underline !== undefined) range.format.font.underline = font.underline ? "Single" : "None";
  if (font?.color !== undefined) range.format.font.color = font.color;
  if (fill !== undefined) range.format.fill.color = fill;
  if (horizontal !== undefined) range.format.horizontalAlignment = HORIZONTAL[horizontal];
  if (vertical !== undefined) range.format.verticalAlignment = VERTICAL[vertical];
  if (wrap !== undefined) range.format.wrapText = wrap;
  if (border) applyThinBorders(range, rect);
  if (numberFormat !== undefined) {
    const { rows, columns } = rectShape(rect);
    range.numberFormat = Array.from({ length: rows }, () => Array<string>(columns).fill(numberFormat));
  }
  if (input !== undefined) range.format.protection.locked = !input;
}

type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function applyThinBorders(range: Excel.Range, rect: Rect): void {
  const { rows, columns } = rectShape(rect);
  const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (rows > 1) edges.push("InsideHorizontal");
  if (columns > 1) edges.push("InsideVertical");
  for (const edge of edges) {
    const line = range.format.borders.getItem(edge);
    line.style = "Continuous";
    line.weight = "Thin";
    line.color = "#000000";
  }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function applyValidation(range: Excel.Range, validation: DecimalValidation): void {
  applyRuleValidation(range, { decimal: { formula1: validation.min, formula2: validation.max, operator: "Between" } }, validation);
}

/** A validation rule with its error alert and, when there is one, its input prompt (titles and messages clipped to Excel's limits). */
function applyRuleValidation(range: Excel.Range, rule: Excel.DataValidationRule, validation: { errorTitle: string; errorMessage: string; promptTitle?: string; promptMessage?: string }): void {
  range.dataValidation.ignoreBlanks = true;
  range.dataValidation.rule = rule;
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: clip(validation.errorTitle, VALIDATION_TITLE_MAX),
    message: clip(validation.errorMessage, VALIDATION_MESSAGE_MAX),
  };
  if (validation.promptMessage !== undefined) {
    range.dataValidation.prompt = {
      showPrompt: true,
      title: clip(validation.promptTitle ?? "", VALIDATION_TITLE_MAX),
      message: clip(validation.promptMessage, VALIDATION_MESSAGE_MAX),
    };
  }
}

function applyFreeze(sheet: Excel.Worksheet, freeze: SheetContent["freeze"]): void {
  if (freeze.rows > 0 && freeze.columns > 0) {
    sheet.freezePanes.freezeAt(sheet.getRange(rectAddress({ top: 0, left: 0, bottom: freeze.rows - 1, right: freeze.columns - 1 })));
  } else if (freeze.rows > 0) {
    sheet.freezePanes.freezeRows(freeze.rows);
  } else if (freeze.columns > 0) {
    sheet.freezePanes.freezeColumns(freeze.columns);
  }
}

function applyPrint(page: Excel.PageLayout, print: PrintSetup): void {
  page.paperSize = "A4";
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // verticalFitToPages is left unset for "as many pages tall as needed".
  page.zoom = print.fitToHeight > 0 ? { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight } : { horizontalFitToPages: print.fitToWidth };
  page.leftMargin = inchesToPoints(print.margins.left);
  page.rightMargin = inchesToPoints(print.margins.right);
  page.topMargin = inchesToPoints(print.margins.top);
  page.bottomMargin = inchesToPoints(print.margins.bottom);
  page.headerMargin = inchesToPoints(print.margins.header);
  page.footerMargin = inchesToPoints(print.margins.footer);
  page.centerHorizontally = print.horizontalCentered;
  page.setPrintTitleRows(rowsAddress(print.titleRows.first, print.titleRows.last, true));
  page.setPrintArea(rectAddress(print.printArea));
  page.headersFooters.defaultForAllPages.centerFooter = print.footerCenter;
}
