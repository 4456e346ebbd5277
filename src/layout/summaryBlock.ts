import { cellAddress, rect } from "../table/a1";
import { criterionCells } from "./gradeBlock";
import { applicablePointsFormula, applicableRateFormula } from "./gradeFormulas";
import { GRADE_TEXT } from "./gradeText";
import { officialColumn, type LayoutContext } from "./context";
import type { SheetBuilder } from "./sheetBuilder";
import { BODY_STYLE, FONT, FONT_SIZE, HEADER_STYLE, SUMMARY_FILL } from "./styles";
import { grandRateFormula, grandTotalFormula, scoreRateFormula, sectionTotalFormula } from "./totalFormulas";
import type { SummaryPlacement } from "./types";

/**
 * The summary block below the table: per category its cap (分值, points), its
 * score and its score rate, then 合计. The label spans the columns left of 分值,
 * so the block prints inside the table's width; caps sit under 分值.
 */
export function writeSummaryBlock(b: SheetBuilder, ctx: LayoutContext): SummaryPlacement {
  const { rows, text, formulaStyle: style, criteriaRef: c, scoresRef: s, rubric } = ctx;
  const labelLast = officialColumn(ctx, "method");
  const capCol = officialColumn(ctx, "points");
  const scoreCol = capCol + 1;
  const rateCol = capCol + 2;
  // With criteria that may be 不适用: an 适用分值 column right of the rate, which the rate divides by (when the sheet is that wide).
  const applicableCol = rubric.criteria.some((k) => k.optional) && rateCol + 1 < b.columnCount ? rateCol + 1 : undefined;
  const lastCol = applicableCol ?? rateCol;
  const cells = criterionCells(ctx);
  const address = (row: number, col: number) => cellAddress(row, col);
  const label = (row: number) => rect(row, 0, row, labelLast);

  b.put(rect(rows.summaryTitle, 0, rows.summaryTitle, rateCol), text.summaryTitle, FONT_SIZE.header);
  b.style(rect(rows.summaryTitle, 0, rows.summaryTitle, rateCol), { font: { name: FONT.heading, size: FONT_SIZE.header, bold: true }, horizontal: "left", vertical: "center" });
  b.minHeight(rows.summaryTitle, 24);

  const h = rows.summaryHeader;
  b.put(label(h), text.summaryHeaders.section, FONT_SIZE.header);
  b.set(h, capCol, text.summaryHeaders.cap, FONT_SIZE.header);
  b.set(h, scoreCol, text.summaryHeaders.score, FONT_SIZE.header);
  b.set(h, rateCol, text.summaryHeaders.rate, FONT_SIZE.header);
  if (applicableCol !== undefined) b.set(h, applicableCol, GRADE_TEXT[ctx.locale].summaryApplicable, FONT_SIZE.header);
  b.style(rect(h, 0, h, lastCol), HEADER_STYLE);
  b.minHeight(h, 22);

  const placed: SummaryPlacement["rows"][number][] = [];
  rubric.categories.forEach((category, i) => {
    const row = rows.summaryFirst + i;
    b.put(label(row), `${category.code}${category.name}`, FONT_SIZE.body);
    b.set(row, capCol, category.points);
    b.set(row, scoreCol, { formula: sectionTotalFormula(style, category.code, c, s, rubric) });
    if (applicableCol === undefined) b.set(row, rateCol, { formula: scoreRateFormula(style, category.code, category.points, c, s, rubric) });
    else {
      b.set(row, applicableCol, { formula: applicablePointsFormula(category.points, category.criteria, cells) });
      b.set(row, rateCol, { formula: applicableRateFormula(address(row, scoreCol), address(row, applicableCol)) });
    }
    b.minHeight(row, 20);
    placed.push({ section: category.code, row, capCol, scoreCol, rateCol, ...(applicableCol !== undefined && { applicableCol }) });
  });
  const total = rows.summaryTotal;
  b.put(label(total), text.summaryTotal, FONT_SIZE.body);
  b.set(total, capCol, rubric.totalPoints);
  b.set(total, scoreCol, { formula: grandTotalFormula(style, c, s) });
  if (applicableCol === undefined) b.set(total, rateCol, { formula: grandRateFormula(style, rubric.totalPoints, c, s) });
  else {
    b.set(total, applicableCol, { formula: applicablePointsFormula(rubric.totalPoints, rubric.criteria, cells) });
    b.set(total, rateCol, { formula: applicableRateFormula(address(total, scoreCol), address(total, applicableCol)) });
  }
  b.minHeight(total, 20);
  placed.push({ section: "", row: total, capCol, scoreCol, rateCol, ...(applicableCol !== undefined && { applicableCol }) });

  b.style(rect(rows.summaryFirst, 0, total, lastCol), BODY_STYLE);
  b.style(rect(total, 0, total, lastCol), { fill: SUMMARY_FILL, font: { bold: true } });
  b.style(rect(rows.summaryFirst, rateCol, total, rateCol), { numberFormat: "0.0%" });
  return { titleRow: rows.summaryTitle, headerRow: h, rows: placed };
}
