import { SheetBuilder } from "../layout/sheetBuilder";
import { SHEET_TEXT } from "../layout/sheetText";
import { BODY_STYLE, FONT, FONT_SIZE, HEADER_STYLE, SUMMARY_FILL, TITLE_STYLE } from "../layout/styles";
import type { CellStyle, LayoutCell, SheetContent } from "../layout/types";
import { KIND_TITLES } from "../scoring/messages";
import { rect, type Rect } from "../table/a1";
import type { Locale } from "../table/locale";
import type { ReportModel } from "./reportModel";
import { PANEL_KIND_TITLES } from "../scoring/panel/panelMessages";
import { REPORT_TEXT, formatPoints, memberName, vetoedGrade } from "./reportText";
import { methodLabel } from "../layout/panel/summaryText";

/** The 评价报告 sheet: its content, and the native chart of the category rates to add over its reserved rows. */
export interface ReportSheet {
  readonly content: SheetContent;
  readonly chart: ReportChart;
}

export interface ReportChart {
  /** The category labels (one column, one cell per category). */
  readonly labels: Rect;
  /** The category rates (one column, fractions formatted as percentages), beside the labels row by row. */
  readonly rates: Rect;
  /** The cells the chart covers (rows left empty for it). */
  readonly anchor: Rect;
  readonly title: string;
}

export const REPORT_SHEET_NAME: Record<Locale, string> = { "zh-CN": "评价报告", "en-US": "Assessment report" };

/** Column widths (Excel character units): the wide column holds names, criteria and messages. */
const WIDTHS = [46, 10, 10, 10, 34];
const LAST = WIDTHS.length - 1;
/** Rows left empty for the chart. */
const CHART_ROWS = 15;

const LABEL_STYLE: CellStyle = { font: { name: FONT.heading, size: FONT_SIZE.body, bold: true }, vertical: "center", wrap: true };
const TEXT_STYLE: CellStyle = { font: { name: FONT.body, size: FONT_SIZE.body }, vertical: "center", wrap: true };
const SECTION_STYLE: CellStyle = { font: { name: FONT.heading, size: FONT_SIZE.header, bold: true }, vertical: "center" };
const CELL_STYLE: CellStyle = { ...BODY_STYLE, horizontal: "left" };
const NUMBER_STYLE: CellStyle = { ...BODY_STYLE, horizontal: "right" };
const RATE_FORMAT = "0.0%";

/**
 * The report as a worksheet for Excel: the same header, figures and tables as
 * the HTML report (src/report/reportHtml.ts), with the rates as numbers in a
 * percentage format, rows left empty under the category table for a native
 * chart (placed by the writer from `chart`), and A4 portrait print setup, one
 * page wide. The deduction table is headed 扣分项, not 评价准则, so that no
 * reader takes the report sheet for a rubric table.
 */
export function buildReportSheet(model: ReportModel, locale: Locale): ReportSheet {
  const t = REPORT_TEXT[locale];
  const ops: ((b: SheetBuilder) => void)[] = [];
  let row = 0;
  const line = (write: (b: SheetBuilder, r: number) => void, height?: number) => {
    const r = row++;
    ops.push((b) => {
      write(b, r);
      if (height !== undefined) b.minHeight(r, height);
    });
    return r;
  };
  const text = (b: SheetBuilder, area: Rect, value: LayoutCell, style: CellStyle) => {
    b.put(area, value, typeof value === "string" ? FONT_SIZE.body : undefined);
    b.style(area, style);
  };
  const blank = () => line(() => undefined);
  const section = (title: string) => {
    blank();
    line((b, r) => text(b, rect(r, 0, r, LAST), title, SECTION_STYLE), 22);
  };
  const tableHeader = (titles: readonly (string | undefined)[]) =>
    line((b, r) => {
      titles.forEach((title, c) => title !== undefined && b.set(r, c, title, FONT_SIZE.header));
      b.style(rect(r, 0, r, LAST), HEADER_STYLE);
    }, 22);

  const h = model.header;
  line((b, r) => {
    b.put(rect(r, 0, r, LAST), t.title);
    b.style(rect(r, 0, r, LAST), TITLE_STYLE);
  }, 36);
  const pair = (label: string, value: LayoutCell, style: CellStyle = TEXT_STYLE) =>
    line((b, r) => {
      text(b, rect(r, 0), label, LABEL_STYLE);
      text(b, rect(r, 1, r, LAST), value, style);
    });
  pair(t.province, h.province);
  pair(t.city, h.city);
  pair(t.rubric, h.rubricSource === "" ? h.rubricTitle : `${h.rubricTitle}${t.paren(h.rubricSource)}`);
  pair(t.sheet, h.file !== undefined ? `${h.sheetName} · ${h.file}` : h.sheetName);
  blank();
  const left = { ...TEXT_STYLE, horizontal: "left" as const };
  pair(t.total, `${formatPoints(h.total)} / ${formatPoints(h.points)}`, { ...left, font: { name: FONT.heading, size: FONT_SIZE.header, bold: true } });
  pair(t.applicablePoints, h.applicablePoints, left);
  pair(t.rate, h.rate, { ...left, numberFormat: RATE_FORMAT });
  if (h.rescaled !== undefined) pair(t.rescaled(h.rescaled.scale), Math.round(h.rescaled.value * 100) / 100, left);
  if (h.grade !== undefined) pair(t.grade, vetoedGrade(h, t), { ...left, font: { name: FONT.heading, size: FONT_SIZE.header, bold: true } });
  for (const veto of h.vetoes) pair(t.veto, `${veto.code} ${veto.text}${t.paren(t.vetoApplies)}`, { ...left, font: { name: FONT.heading, size: FONT_SIZE.body, bold: true, color: "#C00000" } });
  pair(t.scored, `${model.scored} / ${model.criteria}`, left);

  // 分项得分: the chart's data are this table's label and rate cells.
  section(t.categoriesTitle);
  const applicable = model.categories.some((c) => c.applicablePoints !== c.cap);
  const rateCol = applicable ? 4 : 3;
  tableHeader(applicable ? [t.category, t.cap, t.applicable, t.score, t.rate] : [t.category, t.cap, t.score, t.rate]);
  const categoryRow = (label: string, cap: number, points: number, score: number, rate: number, sum: boolean) =>
    line((b, r) => {
      const values: LayoutCell[] = applicable ? [label, cap, points, score, rate] : [label, cap, score, rate, null];
      values.forEach((value, c) => b.set(r, c, value, c === 0 ? FONT_SIZE.body : undefined));
      b.style(rect(r, 0), CELL_STYLE);
      b.style(rect(r, 1, r, LAST), NUMBER_STYLE);
      b.style(rect(r, rateCol), { numberFormat: RATE_FORMAT });
      if (sum) b.style(rect(r, 0, r, LAST), { fill: SUMMARY_FILL, font: { bold: true } });
    });
  const firstCategory = row;
  for (const c of model.categories) categoryRow(`${c.code} ${c.name}`, c.cap, c.applicablePoints, c.score, c.rate, false);
  const lastCategory = row - 1;
  categoryRow(t.sum, h.points, h.applicablePoints, h.total, h.rate, true);
  blank();
  const chartTop = row;
  for (let i = 0; i < CHART_ROWS; i++) blank();

  const panel = model.panel;
  if (panel !== undefined) {
    section(t.panelTitle);
    pair(t.method, methodLabel(panel.method, locale));
    tableHeader([t.member, t.memberTotal, t.memberScored]);
    for (const m of panel.members) {
      line((b, r) => {
        b.set(r, 0, memberName(m, t), FONT_SIZE.body);
        b.set(r, 1, m.total);
        b.set(r, 2, `${m.scored} / ${model.criteria}`);
        b.style(rect(r, 0), CELL_STYLE);
        b.style(rect(r, 1, r, 2), NUMBER_STYLE);
      });
    }
    blank();
    line((b, r) => text(b, rect(r, 0, r, LAST), t.panelFindingsTitle, LABEL_STYLE));
    if (panel.findings.length === 0) line((b, r) => text(b, rect(r, 0, r, LAST), t.noPanelFindings, TEXT_STYLE));
    else {
      tableHeader([t.message, t.kind]);
      for (const f of panel.findings) {
        line((b, r) => {
          b.set(r, 0, f.message, FONT_SIZE.body);
          b.put(rect(r, 1, r, LAST), PANEL_KIND_TITLES[locale][f.kind], FONT_SIZE.body);
          b.style(rect(r, 0, r, LAST), CELL_STYLE);
        });
      }
    }
  }

  section(t.deductionsTitle);
  if (model.deductions.length === 0) line((b, r) => text(b, rect(r, 0, r, LAST), t.noDeductions, TEXT_STYLE));
  else {
    tableHeader([t.deductedCriterion, t.cap, t.score, t.lost, t.note]);
    for (const d of model.deductions) {
      line((b, r) => {
        b.set(r, 0, `${d.code} ${d.text}`, FONT_SIZE.body);
        b.set(r, 1, d.cap);
        b.set(r, 2, d.score);
        b.set(r, 3, d.lost);
        b.set(r, 4, d.note === "" ? t.noNote : d.note, FONT_SIZE.body);
        b.style(rect(r, 0), CELL_STYLE);
        b.style(rect(r, 1, r, 3), NUMBER_STYLE);
        b.style(rect(r, 4), CELL_STYLE);
      });
    }
    line((b, r) => text(b, rect(r, 0, r, LAST), t.deductionsTotal(model.deductions.length, formatPoints(model.pointsLost)), TEXT_STYLE));
  }

  const codes = (cells: ReportModel["unscored"], none: string) =>
    cells.length === 0 ? none : `${t.count(cells.length)}${cells.map((c) => c.code + t.paren(c.address)).join(t.listSeparator)}`;
  section(t.missingEvidenceTitle);
  line((b, r) => text(b, rect(r, 0, r, LAST), codes(model.missingEvidence, model.hasEvidenceColumn ? t.noMissingEvidence : t.noEvidenceColumn), TEXT_STYLE));
  section(t.unscoredTitle);
  line((b, r) => text(b, rect(r, 0, r, LAST), codes(model.unscored, t.noUnscored), TEXT_STYLE));

  section(t.findingsTitle);
  if (model.findings.length === 0) line((b, r) => text(b, rect(r, 0, r, LAST), t.noFindings, TEXT_STYLE));
  else {
    tableHeader([t.message, t.cell, t.kind]);
    for (const f of model.findings) {
      line((b, r) => {
        b.set(r, 0, f.message, FONT_SIZE.body);
        b.set(r, 1, f.address);
        b.put(rect(r, 2, r, LAST), KIND_TITLES[locale][f.kind] + t.paren(t.severity[f.severity]), FONT_SIZE.body);
        b.style(rect(r, 0, r, LAST), CELL_STYLE);
      });
    }
  }

  // The sheet's own sign-off where filled; the label alone leaves room to sign.
  section(t.signOffTitle);
  const { assessor, reviewer, date } = model.signOff;
  line((b, r) => {
    ([[t.assessor, assessor, 0], [t.reviewer, reviewer, 1], [t.date, date, 4]] as const).forEach(([label, value, col]) => {
      b.set(r, col, `${label}${t.colon}${value}`, FONT_SIZE.body);
    });
    b.style(rect(r, 0, r, LAST), { ...TEXT_STYLE, font: { name: FONT.body, size: FONT_SIZE.body }, vertical: "bottom" });
  }, 30);

  const b = new SheetBuilder(row, WIDTHS);
  for (const op of ops) op(b);
  return {
    content: {
      sheetName: REPORT_SHEET_NAME[locale],
      rowCount: b.rowCount,
      columnCount: b.columnCount,
      cells: b.cells,
      merges: b.merges,
      styles: b.styles,
      columnWidths: WIDTHS,
      rowHeights: b.rowHeights(),
      freeze: { rows: 0, columns: 0 },
      print: {
        paperSize: "A4",
        orientation: "portrait",
        fitToWidth: 1,
        fitToHeight: 0,
        titleRows: { first: 0, last: 0 },
        footerCenter: SHEET_TEXT[locale].footer,
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
        horizontalCentered: true,
        printArea: rect(0, 0, b.rowCount - 1, LAST),
      },
    },
    chart: {
      labels: rect(firstCategory, 0, lastCategory, 0),
      rates: rect(firstCategory, rateCol, lastCategory, rateCol),
      anchor: rect(chartTop, 0, chartTop + CHART_ROWS - 1, LAST),
      title: t.chartTitle,
    },
  };
}
