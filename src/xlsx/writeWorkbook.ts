import type ExcelJS from "exceljs";
import { cellAddress, rectAddress, rowsAddress } from "../table/a1";
import type { WorksheetLayout } from "../layout/types";
import type { Rubric } from "../rubric/types";
import { writeCarriedRubrics } from "./carriedRubricSheet";
import { resolveStyles } from "../layout/resolveStyles";
import { MARKER_NAME, markerConstant } from "../table/marker";
import { applyCellStyle, argb } from "./cellStyles";
import { Workbook } from "./exceljsWorkbook";
import { addScopedNames } from "./scopedNames";

/** Quotes a sheet name for a reference: 质量兴市评价 → '质量兴市评价'. */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Writes the layout as a new worksheet of `workbook` (a new workbook by
 * default) with ExcelJS: merges first, then values and formulas, styles,
 * column widths, row heights, data validation, conditional formats,
 * worksheet-scoped names, freeze panes and print setup. Strings are written as
 * text, never as formulas. Formulas have no cached results; the workbook asks
 * Excel to recalculate on load.
 */
export function writeWorkbook(layout: WorksheetLayout, workbook: ExcelJS.Workbook = new Workbook()): ExcelJS.Workbook {
  workbook.creator = "QCity Assessor";
  workbook.calcProperties.fullCalcOnLoad = true;
  const ws = workbook.addWorksheet(layout.sheetName);

  for (const m of layout.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);

  const styles = resolveStyles(layout);
  layout.cells.forEach((line, r) => {
    const row = ws.getRow(r + 1);
    line.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      if (value !== null) cell.value = typeof value === "object" ? { formula: value.formula, date1904: false } : value;
      const style = styles[r]?.[c];
      if (style) applyCellStyle(cell, style);
    });
  });

  layout.columnWidths.forEach((width, c) => (ws.getColumn(c + 1).width = width));
  for (const { row, height } of layout.rowHeights) ws.getRow(row + 1).height = height;

  const validations = (ws as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
  // The stop alert and the input prompt every rule has.
  const alert = (v: { errorTitle: string; errorMessage: string; promptTitle?: string; promptMessage?: string }) => ({
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: v.errorTitle,
    error: v.errorMessage,
    ...(v.promptMessage !== undefined && { showInputMessage: true, prompt: v.promptMessage }),
    ...(v.promptTitle !== undefined && { promptTitle: v.promptTitle }),
  });
  for (const v of layout.validations) validations.add(rectAddress(v.rect), { type: "decimal", operator: "between", formulae: [v.min, v.max], ...alert(v) } as ExcelJS.DataValidation);
  for (const v of layout.listValidations ?? []) validations.add(rectAddress(v.rect), { type: "list", formulae: [`"${v.values.join(",")}"`], ...alert(v) } as ExcelJS.DataValidation);
  for (const v of layout.customValidations ?? []) validations.add(rectAddress(v.rect), { type: "custom", formulae: [v.formula], ...alert(v) } as ExcelJS.DataValidation);

  layout.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: rectAddress(cf.rect),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cf.formula],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
            ...(cf.fontColor !== undefined && { font: { color: { argb: argb(cf.fontColor) } } }),
          },
        },
      ],
    });
  });

  const sheetRef = quotedSheet(layout.sheetName);
  addScopedNames(
    workbook,
    workbook.worksheets.indexOf(ws),
    [
      ...layout.names.map((n) => ({ name: n.name, ref: `${sheetRef}!${rectAddress(n.rect, true)}` })),
      { name: MARKER_NAME, ref: markerConstant(layout.marker) },
      // Written here rather than through pageSetup.printArea/printTitlesRow: ExcelJS quotes the sheet name there
      // without doubling an apostrophe, which breaks both for a sheet named O'Neil Chen.
      { name: "_xlnm.Print_Area", ref: `${sheetRef}!${rectAddress(layout.print.printArea, true)}` },
      { name: "_xlnm.Print_Titles", ref: `${sheetRef}!${rowsAddress(layout.print.titleRows.first, layout.print.titleRows.last, true)}` },
    ],
  );

  const { freeze, print } = layout;
  ws.views = [
    {
      state: "frozen",
      xSplit: freeze.columns,
      ySplit: freeze.rows,
      topLeftCell: cellAddress(freeze.rows, freeze.columns),
      activeCell: cellAddress(layout.table.firstCriterionRow, layout.table.columns.score ?? 0),
    },
  ];
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    horizontalCentered: print.horizontalCentered,
    margins: print.margins,
  };
  ws.headerFooter = { oddFooter: `&C${print.footerCenter}` };
  return workbook;
}

/** The layout as .xlsx file content; with `carried`, the workbook also carries those rubrics (a very hidden QCITY_RUBRIC sheet). */
export async function workbookBuffer(layout: WorksheetLayout, carried: readonly Rubric[] = []): Promise<Buffer> {
  const workbook = writeWorkbook(layout);
  if (carried.length > 0) writeCarriedRubrics(workbook, carried);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** Several layouts as the sheets of one .xlsx file, in order (e.g. a panel: summary, self-assessment, experts); with `carried`, as workbookBuffer. */
export async function workbookBufferOf(layouts: readonly WorksheetLayout[], carried: readonly Rubric[] = []): Promise<Buffer> {
  const workbook = new Workbook();
  for (const layout of layouts) writeWorkbook(layout, workbook);
  if (carried.length > 0) writeCarriedRubrics(workbook, carried);
  // Fastest deflate: for a seven-sheet panel it halves the zip time for a file about a fifth larger.
  const data = await workbook.xlsx.writeBuffer({ zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions);
  return Buffer.from(data as ArrayBuffer);
}
