import { rect } from "../table/a1";
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
  const label = (row: number) => rect(row, 0, row, labelLast);

  b.put(rect(rows.summaryTitle, 0, rows.summaryTitle, rateCol), text.summaryTitle, FONT_SIZE.header);
  b.style(rect(rows.summaryTitle, 0, rows.summaryTitle, rateCol), { font: { name: FONT.heading, size: FONT_SIZE.header, bold: true }, horizontal: "left", vertical: "center" });
  b.minHeight(rows.summaryTitle, 24);

  const h = rows.summaryHeader;
  b.put(label(h), text.summaryHeaders.section, FONT_SIZE.header);
  b.set(h, capCol, text.summaryHeaders.cap, FONT_SIZE.header);
  b.set(h, scoreCol, text.summaryHeaders.score, FONT_SIZE.header);
  b.set(h, rateCol, text.summaryHeaders.rate, FONT_SIZE.header);
  b.style(rect(h, 0, h, rateCol), HEADER_STYLE);
  b.minHeight(h, 22);

  const placed: SummaryPlacement["rows"][number][] = [];
  rubric.categories.forEach((category, i) => {
    const row = rows.summaryFirst + i;
    b.put(label(row), `${category.code}${category.name}`, FONT_SIZE.body);
    b.set(row, capCol, category.points);
    b.set(row, scoreCol, { formula: sectionTotalFormula(style, category.code, c, s, rubric) });
    b.set(row, rateCol, { formula: scoreRateFormula(style, category.code, category.points, c, s, rubric) });
    b.minHeight(row, 20);
    placed.push({ section: category.code, row, capCol, scoreCol, rateCol });
  });
  const total = rows.summaryTotal;
  b.put(label(total), text.summaryTotal, FONT_SIZE.body);
  b.set(total, capCol, rubric.totalPoints);
  b.set(total, scoreCol, { formula: grandTotalFormula(style, c, s) });
  b.set(total, rateCol, { formula: grandRateFormula(style, rubric.totalPoints, c, s) });
  b.minHeight(total, 20);
  placed.push({ section: "", row: total, capCol, scoreCol, rateCol });

  b.style(rect(rows.summaryFirst, 0, total, rateCol), BODY_STYLE);
  b.style(rect(total, 0, total, rateCol), { fill: SUMMARY_FILL, font: { bold: true } });
  b.style(rect(rows.summaryFirst, rateCol, total, rateCol), { numberFormat: "0.0%" });
  return { titleRow: rows.summaryTitle, headerRow: h, rows: placed };
}
