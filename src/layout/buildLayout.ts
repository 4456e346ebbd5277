import type { Rubric } from "../rubric/types";
import { rect } from "../table/a1";
import { layoutContext } from "./context";
import { writeCriterionRows } from "./criterionRows";
import { optionalScoreValidations, writeGradeRow, writeVetoBlock } from "./gradeBlock";
import { writeHeaderRows } from "./headerRows";
import { printSetup } from "./printSetup";
import { scoreConditionalFormats, scoreValidations } from "./scoreChecks";
import { SheetBuilder } from "./sheetBuilder";
import { writeSignOff } from "./signOffBlock";
import { writeSummaryBlock } from "./summaryBlock";
import type { LayoutOptions, NamedRange, WorksheetLayout } from "./types";

/**
 * The rubric sheet as a worksheet description, for both writers (Office.js
 * and ExcelJS): title rows, the header row, one row per criterion (98 for the
 * official table) with the document's merges, the summary block, data
 * validation, conditional formats, worksheet-scoped names and print setup.
 * Options default to zh-CN, evidence columns on and native formulas.
 * Pure; throws only on a malformed rubric.
 */
export function buildLayout(rubric: Rubric, options: LayoutOptions = {}): WorksheetLayout {
  const ctx = layoutContext(rubric, options);
  const b = new SheetBuilder(
    ctx.rows.count,
    ctx.columns.map((column) => column.width),
  );
  const grandTotalCell = writeHeaderRows(b, ctx);
  const grade = writeGradeRow(b, ctx, grandTotalCell);
  writeCriterionRows(b, ctx);
  const summary = writeSummaryBlock(b, ctx);
  const signOff = writeSignOff(b, ctx);
  const listValidations = writeVetoBlock(b, ctx);
  const customValidations = optionalScoreValidations(ctx);

  const { rows } = ctx;
  const names: NamedRange[] = ctx.columns.flatMap((column, col) =>
    column.rangeName === undefined ? [] : [{ name: column.rangeName, rect: rect(rows.firstCriterion, col, rows.lastCriterion, col) }],
  );

  return {
    sheetName: ctx.text.sheetName,
    rowCount: b.rowCount,
    columnCount: b.columnCount,
    cells: b.cells,
    merges: b.merges,
    styles: b.styles,
    columnWidths: b.columnWidths,
    rowHeights: b.rowHeights(),
    validations: scoreValidations(ctx),
    ...(listValidations.length > 0 && { listValidations }),
    ...(customValidations.length > 0 && { customValidations }),
    conditionalFormats: scoreConditionalFormats(ctx),
    names,
    freeze: { rows: rows.header + 1, columns: 0 },
    print: printSetup(ctx, b.columnCount),
    table: {
      headerRow: rows.header,
      firstCriterionRow: rows.firstCriterion,
      lastCriterionRow: rows.lastCriterion,
      columns: { ...ctx.col },
      grandTotalCell,
      summary,
      signOff,
      ...(grade !== undefined && { grade }),
    },
    marker: {
      rubric: rubric.id,
      role: options.role ?? "assessment",
      ...(options.assessor !== undefined && options.assessor.trim() !== "" && { assessor: options.assessor.trim() }),
    },
  };
}
