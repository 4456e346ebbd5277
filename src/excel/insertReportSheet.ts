import type { ReportSheetOutcome } from "../ports/report";
import { buildReport } from "../report/reportModel";
import { buildReportSheet, type ReportChart, type ReportSheet } from "../report/reportSheet";
import type { Rubric } from "../rubric/types";
import { checkSheet } from "../scoring/checkTable";
import { describeNoTable } from "../scoring/noTableMessage";
import { readSheetFacts } from "../scoring/sheetFacts";
import { rectAddress } from "../table/a1";
import type { Locale } from "../table/locale";
import { applySheetContent } from "./applyLayout";
import { removePartialSheet } from "./insertRubricSheet";
import { readSheetWithRubric } from "./readSheetRubric";
import { activeSummary } from "./panel/panelSheets";
import { sanitizeSheetName, uniqueSheetName } from "../layout/sheetName";

export interface ReportRequest {
  readonly locale: Locale;
  readonly rubric: Rubric;
}

/**
 * 生成评价报告: checks the rubric table on the active sheet and adds its report
 * as a new sheet (评价报告, or 评价报告 (2)… when taken; no sheet is ever
 * overwritten or renamed) with a native column chart of the category rates,
 * then activates it. Two context.sync() calls whatever the size of the table
 * or report: one reads the sheet names with the active sheet, one writes the
 * whole report. When the write fails, one more sync removes the partly written
 * sheet and the error is rethrown. With no table on the active sheet, nothing
 * is written and the outcome says why. A summary sheet's report shows its panel
 * (method, each member's total, the panel findings): three syncs more read the
 * expert and self-assessment sheets, whatever their number.
 */
export async function insertReportSheet(context: Excel.RequestContext, request: ReportRequest): Promise<ReportSheetOutcome> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  // The sheet's own rubric (its marker's, carried or shipped); `request.rubric` for a sheet without one.
  const chosen = await readSheetWithRubric(context, request.rubric, request.locale);
  const { read } = chosen;
  if ("message" in chosen) return { status: "no-table", sheetName: read.sheetName, message: chosen.message };
  const { rubric } = chosen;
  const result = checkSheet(read.snapshot, { locale: request.locale, rubric });
  if (!result.ok) return { status: "no-table", sheetName: read.sheetName, message: describeNoTable(result.noTable, request.locale, read.sheetName) };

  // A summary's report shows its panel.
  const summary = await activeSummary(context, { name: read.sheetName, snapshot: read.snapshot }, result.check, rubric, request.locale);
  const check = summary?.check ?? result.check;
  const model = buildReport({ check, rubric, sheetName: read.sheetName, ...readSheetFacts(summary?.snapshot ?? read.snapshot, check, rubric), ...(summary && { panel: summary.panel }) });
  const report = buildReportSheet(model, request.locale);
  const sheetName = uniqueSheetName(
    sanitizeSheetName(report.content.sheetName),
    sheets.items.map((sheet) => sheet.name),
  );
  const sheet = sheets.add(sheetName);
  try {
    writeReportSheet(sheet, report);
    sheet.activate();
    await context.sync();
  } catch (error) {
    await removePartialSheet(context, sheet, sheetName, error);
    throw error;
  }
  return { status: "added", sheetName, sourceSheet: read.sheetName, total: model.header.total, points: model.header.points };
}

/** Queues the report's cells, formats and page setup, then its chart, onto a new sheet; no sync. */
export function writeReportSheet(sheet: Excel.Worksheet, report: ReportSheet): void {
  applySheetContent(sheet, report.content);
  addRateChart(sheet, report.chart);
}

/**
 * A clustered column chart of the category rates over the rows the report
 * leaves for it: one series (the rate cells), the category labels as its
 * x-axis values, values 0–100% with the rates as data labels, no legend
 * (ExcelApi 1.1, with setXAxisValues 1.7 and number formats 1.8).
 */
function addRateChart(sheet: Excel.Worksheet, spec: ReportChart): void {
  const chart = sheet.charts.add("ColumnClustered", sheet.getRange(rectAddress(spec.rates)), "Columns");
  chart.series.getItemAt(0).setXAxisValues(sheet.getRange(rectAddress(spec.labels)));
  chart.title.text = spec.title;
  chart.legend.visible = false;
  chart.axes.valueAxis.minimum = 0;
  chart.axes.valueAxis.maximum = 1;
  chart.axes.valueAxis.numberFormat = "0%";
  chart.dataLabels.showValue = true;
  chart.dataLabels.numberFormat = "0.0%";
  const { top, left, bottom, right } = spec.anchor;
  chart.setPosition(rectAddress({ top, left, bottom: top, right: left }), rectAddress({ top: bottom, left: right, bottom, right }));
}
