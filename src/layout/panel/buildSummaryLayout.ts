import type { Rubric } from "../../rubric/types";
import { DEFAULT_SELF_THRESHOLD, DEFAULT_SPREAD_THRESHOLD } from "../../scoring/panel/panelFindings";
import { cellAddress, rect, rectAddress } from "../../table/a1";
import { layoutContext, officialColumn, type LayoutContext } from "../context";
import { writeCriterionRows } from "../criterionRows";
import { writeHeaderRows } from "../headerRows";
import { RANGE_NAMES } from "../../table/rangeNames";
import { assessorScoreColumn, COLUMN_KINDS, officialSchema, selfScoreColumn, withColumns } from "../../table/schema";
import { printSetup } from "../printSetup";
import { SheetBuilder } from "../sheetBuilder";
import { writeSignOff } from "../signOffBlock";
import { writeGradeRow, writeVetoBlock } from "../gradeBlock";
import { sheetReference } from "../sheetRef";
import { BODY_STYLE, FONT_SIZE, INFO_STYLE, INPUT_STYLE, MISSING_FILL, SUMMARY_FILL } from "../styles";
import { writeSummaryBlock } from "../summaryBlock";
import type { FormulaConditionalFormat, LayoutCell, NamedRange } from "../types";
import type { PanelSheetRef, SummaryLayout, SummaryOptions } from "./panelTypes";
import {
  consensusFormula,
  DEFAULT_ROUNDING,
  disagreementFlagFormula,
  expertScoreFormula,
  gatheredNotesFormula,
  panelVetoFormula,
  scoredCountFormula,
  selfAboveFlagFormula,
  selfScoreFormula,
  spreadFormula,
  textOrBlankFormula,
  unscoredNamesFormula,
} from "./summaryFormulas";
import { methodLabel, SUMMARY_TEXT } from "./summaryText";

/** Rows the summary adds above the header: the method line and the rounding line, each with a threshold. */
const SETTINGS_ROWS = 2;

const WIDTH = { score: 8, spread: 6, scored: 6, flag: 8, unscored: 12, evidence: 18, note: 26 } as const;

/**
 * The panel's summary sheet (汇总表) as a worksheet description, for every
 * writer (Office.js, ExcelJS, memory). The seven official columns keep their
 * order; 得分 is the consolidated score. To its right: 自评得分 (with a
 * self-assessment), one column per expert headed by the name, 极差, the flag
 * columns (评分人数, 专家分歧, 自评偏高, 专家未打分), 佐证材料 (the
 * self-assessment's) and 扣分说明 (the experts' notes, each prefixed with the
 * name). Every formula is native (see summaryFormulas): the expert columns
 * refer to the expert sheets by name, and the consolidation runs over the
 * expert columns of its row. The title rows show the method and the rounding
 * and hold the two thresholds as input cells. Under the criteria: the totals
 * of 得分, 自评得分 and each expert; then the category totals and score rates
 * as on the single sheet; then the 评价人 / 复核人 / 日期 sign-off block.
 * Rounding happens only where the setting says: in the number format
 * ("display", the default), or in each consolidated score ("round").
 * Pure; throws a RangeError without experts.
 */
export function buildSummaryLayout(rubric: Rubric, options: SummaryOptions): SummaryLayout {
  const { experts, self } = options;
  if (experts.length === 0) throw new RangeError("A summary needs at least one expert sheet");
  const locale = options.locale ?? "zh-CN";
  const text = SUMMARY_TEXT[locale];
  const method = options.method ?? "mean";
  const rounding = options.rounding ?? DEFAULT_ROUNDING;
  const ctx = summaryContext(rubric, options, text.title, text.sheetName);
  if (ctx.columns.length !== officialColumn(ctx, "score") + 1 + (self ? 1 : 0) + experts.length) throw new Error("Unexpected summary schema");
  const { rows } = ctx;

  // Columns right of the official seven: the schema's (自评得分, one per expert), then the summary's own.
  let next = officialColumn(ctx, "score") + 1;
  const selfCol = self === undefined ? undefined : next++;
  const expertCols = experts.map((e) => ({ name: e.name, sheetName: e.sheetName, col: next++ }));
  const spreadCol = next++;
  const scoredCol = next++;
  const disagreementCol = next++;
  const selfAboveCol = self === undefined ? undefined : next++;
  const unscoredCol = next++;
  const evidenceCol = next++;
  const noteCol = next++;
  const widths = ctx.columns.map((column) => column.width);
  const extra: [number | undefined, number][] = [
    ...expertCols.map((e): [number, number] => [e.col, Math.max(WIDTH.score, Math.min(16, displayWidth(e.name) + 6))]),
    [spreadCol, WIDTH.spread],
    [scoredCol, WIDTH.scored],
    [disagreementCol, WIDTH.flag],
    [selfAboveCol, WIDTH.flag],
    [unscoredCol, WIDTH.unscored],
    [evidenceCol, WIDTH.evidence],
    [noteCol, WIDTH.note],
  ];
  for (const [col, width] of extra) if (col !== undefined) widths[col] = width;
  const b = new SheetBuilder(rows.count, widths);
  const last = b.columnCount - 1;

  const grandTotalCell = writeHeaderRows(b, ctx);
  // 适用分值, 折算得分 and 评价等级 over the consolidated scores, as on the single sheet.
  const grade = writeGradeRow(b, ctx, grandTotalCell);
  const header = rows.header;
  const titles: [number | undefined, string][] = [
    [spreadCol, text.headers.spread],
    [scoredCol, text.headers.scored],
    [disagreementCol, text.headers.disagreement],
    [selfAboveCol, text.headers.selfAbove],
    [unscoredCol, text.headers.unscored],
    [evidenceCol, COLUMN_KINDS.evidence.titles[locale]],
    [noteCol, COLUMN_KINDS.note.titles[locale]],
  ];
  for (const [col, title] of titles) if (col !== undefined) b.set(header, col, title, FONT_SIZE.header);

  // The settings lines: method and rounding on the left, the thresholds (input cells) beside them.
  const methodRow = rows.info + 1;
  const roundingRow = methodRow + 1;
  const methodText = methodLabel(method, locale);
  const labelCol = officialColumn(ctx, "category");
  const valueArea = (row: number) => rect(row, officialColumn(ctx, "item"), row, officialColumn(ctx, "criterion"));
  const thresholdLabel = (row: number) => rect(row, officialColumn(ctx, "method"), row, officialColumn(ctx, "guidance"));
  const thresholdCol = officialColumn(ctx, "score");
  b.set(methodRow, labelCol, text.methodLabel, FONT_SIZE.info);
  b.put(valueArea(methodRow), methodText, FONT_SIZE.info);
  b.put(thresholdLabel(methodRow), text.spreadThresholdLabel, FONT_SIZE.info);
  b.set(methodRow, thresholdCol, options.spreadThreshold ?? DEFAULT_SPREAD_THRESHOLD);
  b.set(roundingRow, labelCol, text.roundingLabel, FONT_SIZE.info);
  b.put(valueArea(roundingRow), text.rounding(rounding.decimals, rounding.mode), FONT_SIZE.info);
  b.put(thresholdLabel(roundingRow), text.selfThresholdLabel, FONT_SIZE.info);
  b.set(roundingRow, thresholdCol, options.selfThreshold ?? DEFAULT_SELF_THRESHOLD);
  b.style(rect(methodRow, 0, roundingRow, last), INFO_STYLE);
  b.style(rect(methodRow, labelCol, roundingRow, labelCol), { horizontal: "right" });
  b.style(rect(methodRow, thresholdLabel(methodRow).left, roundingRow, thresholdLabel(methodRow).left), { horizontal: "right" });
  b.style(rect(methodRow, thresholdCol, roundingRow, thresholdCol), { ...INPUT_STYLE, border: true, horizontal: "center", numberFormat: "0%" });
  for (const row of [methodRow, roundingRow]) b.minHeight(row, 22);
  const spreadThresholdRef = cellAddress(methodRow, thresholdCol, true);
  const selfThresholdRef = cellAddress(roundingRow, thresholdCol, true);

  writeCriterionRows(b, ctx);
  const first = rows.firstCriterion;
  const lastRow = rows.lastCriterion;
  const pointsCol = officialColumn(ctx, "points");
  const scoreCol = officialColumn(ctx, "score");
  const criterionRows = new Map<string, number>();
  const firstExpert = expertCols[0]?.col as number;
  const lastExpert = expertCols[expertCols.length - 1]?.col as number;
  const flags = text.headers;
  rubric.criteria.forEach((criterion, i) => {
    const r = first + i;
    criterionRows.set(criterion.code, r);
    const cap = cellAddress(r, pointsCol);
    const range = rectAddress(rect(r, firstExpert, r, lastExpert));
    const refOn = (sheet: PanelSheetRef, cells: ReadonlyMap<string, string> | undefined): string | undefined => {
      const address = cells?.get(criterion.code);
      return address === undefined ? undefined : sheetReference(sheet.sheetName, address);
    };
    const formula = (f: string): LayoutCell => ({ formula: f });
    b.set(r, scoreCol, formula(consensusFormula(method, range, rounding)));
    if (self !== undefined && selfCol !== undefined) {
      const ref = refOn(self, self.scoreCells);
      if (ref !== undefined) b.set(r, selfCol, formula(selfScoreFormula(ref)));
      const evidence = refOn(self, self.evidenceCells);
      if (evidence !== undefined) b.set(r, evidenceCol, formula(textOrBlankFormula(evidence)));
    }
    experts.forEach((expert, e) => {
      const ref = refOn(expert, expert.scoreCells);
      if (ref !== undefined) b.set(r, (expertCols[e] as { col: number }).col, formula(expertScoreFormula(ref, cap)));
    });
    const spread = cellAddress(r, spreadCol);
    b.set(r, spreadCol, formula(spreadFormula(range)));
    b.set(r, scoredCol, formula(scoredCountFormula(range)));
    b.set(r, disagreementCol, formula(disagreementFlagFormula(spread, cap, spreadThresholdRef, flags.disagreement)));
    if (selfCol !== undefined && selfAboveCol !== undefined) {
      b.set(r, selfAboveCol, formula(selfAboveFlagFormula(cellAddress(r, selfCol), cellAddress(r, scoreCol), cap, selfThresholdRef, flags.selfAbove)));
    }
    const expertCells = expertCols.map((e) => ({ ref: cellAddress(r, e.col), name: e.name }));
    b.set(r, unscoredCol, formula(unscoredNamesFormula(expertCells, text.listSeparator)));
    const notes = experts.flatMap((expert) => {
      const ref = refOn(expert, expert.noteCells);
      return ref === undefined ? [] : [{ ref, name: expert.name }];
    });
    b.set(r, noteCol, formula(gatheredNotesFormula(notes, text.nameSeparator)));
  });
  // Nothing on the summary is typed in but the thresholds: the computed columns lose the input fill.
  b.style(rect(first, scoreCol, lastRow, last), { fill: "#FFFFFF", input: false });
  const decimals = rounding.decimals > 0 ? `0.${"0".repeat(rounding.decimals)}` : "0";
  b.style(rect(first, scoreCol, lastRow, scoreCol), { numberFormat: decimals, font: { bold: true } });
  for (const col of [evidenceCol, noteCol, unscoredCol]) b.style(rect(first, col, lastRow, col), { horizontal: "left" });

  // Totals of the consolidated score, the self-assessment and each expert, in points.
  const totalsRow = lastRow + 1;
  b.put(rect(totalsRow, 0, totalsRow, pointsCol), text.totalsLabel, FONT_SIZE.body);
  const sumOf = (col: number): LayoutCell => ({ formula: `SUM(${rectAddress(rect(first, col, lastRow, col))})` });
  for (const col of [scoreCol, selfCol, ...expertCols.map((e) => e.col)]) if (col !== undefined) b.set(totalsRow, col, sumOf(col));
  b.style(rect(totalsRow, 0, totalsRow, last), { ...BODY_STYLE, fill: SUMMARY_FILL, font: { bold: true } });
  b.style(rect(totalsRow, scoreCol, totalsRow, scoreCol), { numberFormat: decimals });
  b.minHeight(totalsRow, 20);

  b.style(rect(grandTotalCell.row, grandTotalCell.col), { numberFormat: decimals });
  const summary = writeSummaryBlock(b, ctx);
  b.style(rect(rows.summaryFirst, summary.rows[0]?.scoreCol ?? scoreCol, rows.summaryTotal, summary.rows[0]?.scoreCol ?? scoreCol), { numberFormat: decimals });
  const signOff = writeSignOff(b, ctx);
  // The 一票否决 block: each condition's answer is the panel's, computed from the experts' 是/否 cells.
  writeVetoBlock(b, ctx);
  if (grade?.vetoAnswers !== undefined) {
    const answers = grade.vetoAnswers;
    rubric.veto.forEach((condition, i) => {
      const refs = experts.flatMap((e) => {
        const address = e.vetoCells?.get(condition.code);
        return address === undefined ? [] : [sheetReference(e.sheetName, address)];
      });
      b.set(answers.top + i, answers.left, { formula: panelVetoFormula(refs) });
    });
    b.style(answers, { fill: "#FFFFFF", input: false });
  }

  const flagArea = rect(first, disagreementCol, lastRow, unscoredCol);
  const conditionalFormats: FormulaConditionalFormat[] = [
    { rect: flagArea, formula: `LEN(${cellAddress(first, disagreementCol)})>0`, fill: MISSING_FILL },
  ];
  const column = (col: number) => rect(first, col, lastRow, col);
  const names: NamedRange[] = [
    ...ctx.columns.flatMap((c, col) => (c.rangeName === undefined ? [] : [{ name: c.rangeName, rect: column(col) }])),
    { name: RANGE_NAMES.evidence, rect: column(evidenceCol) },
    { name: RANGE_NAMES.notes, rect: column(noteCol) },
  ];

  return {
    sheetName: text.sheetName,
    rowCount: b.rowCount,
    columnCount: b.columnCount,
    cells: b.cells,
    merges: b.merges,
    styles: b.styles,
    columnWidths: b.columnWidths,
    rowHeights: b.rowHeights(),
    validations: [],
    conditionalFormats,
    names,
    marker: { rubric: rubric.id, role: "summary" },
    freeze: { rows: header + 1, columns: 0 },
    print: printSetup(ctx, b.columnCount),
    table: {
      headerRow: header,
      firstCriterionRow: first,
      lastCriterionRow: lastRow,
      columns: { ...ctx.col, evidence: evidenceCol, note: noteCol },
      grandTotalCell,
      summary,
      signOff,
      ...(grade !== undefined && { grade }),
    },
    panel: {
      method,
      methodCell: { row: methodRow, col: valueArea(methodRow).left },
      spreadThresholdCell: { row: methodRow, col: thresholdCol },
      selfThresholdCell: { row: roundingRow, col: thresholdCol },
      ...(selfCol !== undefined && { selfCol }),
      expertCols,
      spreadCol,
      scoredCol,
      disagreementCol,
      ...(selfAboveCol !== undefined && { selfAboveCol }),
      unscoredCol,
      totalsRow,
      criterionRows,
    },
  };
}

/** Character units a name needs: two for a Han character or other wide one, one otherwise. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

/** The single sheet's context with the summary's title, two settings rows above the header, and the totals row under the criteria. */
function summaryContext(rubric: Rubric, options: SummaryOptions, title: string, sheetName: string): LayoutContext {
  // The schema covers the columns a table reader knows: the official seven, 自评得分 and 得分（张三）…; the rest are the summary's own.
  const scoreColumns = [...(options.self ? [selfScoreColumn()] : []), ...options.experts.map((e, i) => assessorScoreColumn(e.name, i + 1))];
  const base = layoutContext(rubric, {
    schema: withColumns(officialSchema({ evidenceColumns: false }), scoreColumns),
    ...(options.locale !== undefined && { locale: options.locale }),
    ...(options.province !== undefined && { province: options.province }),
    ...(options.city !== undefined && { city: options.city }),
  });
  const header = base.rows.header + SETTINGS_ROWS;
  const firstCriterion = header + 1;
  const lastCriterion = firstCriterion + rubric.criteria.length - 1;
  const summaryTitle = lastCriterion + 3;
  const summaryFirst = summaryTitle + 2;
  const summaryTotal = summaryFirst + rubric.categories.length;
  return {
    ...base,
    text: { ...base.text, title, sheetName },
    rows: {
      ...base.rows,
      // Below the two settings lines, right above the header.
      grade: base.rows.grade === undefined ? undefined : header - 1,
      header,
      firstCriterion,
      lastCriterion,
      summaryTitle,
      summaryHeader: summaryTitle + 1,
      summaryFirst,
      summaryTotal,
      ...vetoRows(rubric, summaryTotal),
    },
  };
}

/** The 一票否决 block's rows under the category summary (as on the single sheet), and the sign-off line below it. */
function vetoRows(rubric: Rubric, summaryTotal: number): Pick<LayoutContext["rows"], "veto" | "signOff" | "count"> {
  if (rubric.veto.length === 0) return { veto: undefined, signOff: summaryTotal + 2, count: summaryTotal + 3 };
  const title = summaryTotal + 2;
  const veto = { title, header: title + 1, first: title + 2, last: title + 1 + rubric.veto.length };
  return { veto, signOff: veto.last + 2, count: veto.last + 3 };
}
