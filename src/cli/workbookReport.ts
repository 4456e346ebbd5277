import type { TableCheck } from "../scoring/checkTable";
import type { SummaryPanel } from "../scoring/panel/summaryPanel";
import type { NoTable } from "../scoring/locateTable";
import { describeNoTable } from "../scoring/noTableMessage";
import type { Locale } from "../table/locale";
import { checkReportText, sheetReportData, type ReportOptions } from "./checkReport";
import { summaryPanelLines } from "./panelReportText";

/** One checked sheet: its findings (and, for a summary, its panel's), or why its table cannot be checked. */
export type SheetReport =
  | { readonly sheet: string; readonly check: TableCheck; readonly panel?: SummaryPanel }
  | { readonly sheet: string; readonly noTable: NoTable };

export type CheckedReport = Extract<SheetReport, { check: TableCheck }>;

/** One checked sheet as text: its findings and totals, then for a summary its panel (members' totals, panel findings). */
export function sheetReportText(file: string, report: CheckedReport, locale: Locale, options: ReportOptions = {}): string {
  const lines = [checkReportText(file, report.sheet, report.check, locale, { ...options, panelFindings: report.panel?.findings.map((f) => f.severity) ?? [] })];
  if (report.panel) lines.push("", ...summaryPanelLines(report.panel, report.check.summary.criteria, locale));
  return lines.join("\n");
}

/** One checked sheet as the JSON report holds it; a summary adds `panel` (method, thresholds, members' totals, findings). */
export function sheetReportJsonData(report: CheckedReport) {
  const data = sheetReportData(report.sheet, report.check);
  if (!report.panel) return data;
  const { findings, ...panel } = report.panel;
  return { ...data, panel: { ...panel, findings: findings.map(({ kind, severity, code, experts, message }) => ({ kind, severity, code, experts, message })) } };
}

/** Findings and panel findings of a checked sheet. */
function findingCount(report: CheckedReport): number {
  return report.check.findings.length + (report.panel?.findings.length ?? 0);
}

/** A sheet with a rubric table's header that was not checked because it holds only part of the table (a 扣分汇总 fragment…). */
export interface SkippedSheet {
  readonly sheet: string;
  /** How many of the rubric's criteria it holds. */
  readonly criteria: number;
}

const TEXT = {
  "zh-CN": {
    cannotCheck: (sheet: string) => `工作表“${sheet}”：`,
    totals: (checked: number, clean: number, withFindings: number, unusable: number) =>
      `共检查 ${checked} 张工作表：${clean} 张没有问题，${withFindings} 张发现问题` + (unusable > 0 ? `，${unusable} 张无法检查。` : "。"),
    skipped: (sheets: readonly SkippedSheet[], of: number) =>
      `未检查：${sheets.map((s) => `工作表“${s.sheet}”（${of} 条评价准则中只有 ${s.criteria} 条）`).join("、")}，不是完整的评价表。`,
  },
  "en-US": {
    cannotCheck: (sheet: string) => `Sheet "${sheet}": `,
    totals: (checked: number, clean: number, withFindings: number, unusable: number) =>
      `${checked} sheets checked: ${clean} without problems, ${withFindings} with findings` + (unusable > 0 ? `, ${unusable} could not be checked.` : "."),
    skipped: (sheets: readonly SkippedSheet[], of: number) =>
      `Not checked, not a whole rubric table: ${sheets.map((s) => `sheet "${s.sheet}" (only ${s.criteria} of the ${of} criteria)`).join(", ")}.`,
  },
} as const;

/**
 * The report of a whole-workbook check as text: each sheet's report (or why it
 * cannot be checked) in workbook order, a line with the counts when there are
 * several sheets, and the fragments left out. `criteria`: the rubric's number of criteria.
 */
export function workbookReportText(
  file: string,
  reports: readonly SheetReport[],
  skipped: readonly SkippedSheet[],
  criteria: number,
  locale: Locale,
  options: ReportOptions = {},
): string {
  const text = TEXT[locale];
  const blocks = reports.map((r) =>
    "check" in r ? sheetReportText(file, r, locale, options) : `${text.cannotCheck(r.sheet)}${describeNoTable(r.noTable, locale)}`,
  );
  if (reports.length > 1) {
    const checks = reports.flatMap((r) => ("check" in r ? [r] : []));
    const clean = checks.filter((c) => findingCount(c) === 0).length;
    blocks.push(text.totals(reports.length, clean, checks.length - clean, reports.length - checks.length));
  }
  if (skipped.length > 0) blocks.push(text.skipped(skipped, criteria));
  return blocks.join("\n\n");
}

/**
 * The same as JSON. One sheet checked: checkReportJson's shape, as before
 * (`{ file, sheet, findings, summary }`). Several: `{ file, sheets: [{ sheet,
 * findings, summary } | { sheet, error }], skipped: [{ sheet, criteria }] }`.
 */
export function workbookReportJson(file: string, reports: readonly SheetReport[], skipped: readonly SkippedSheet[], locale: Locale): string {
  const [only] = reports;
  if (reports.length === 1 && only !== undefined && "check" in only) return JSON.stringify({ file, ...sheetReportJsonData(only) }, null, 2);
  const sheets = reports.map((r) => ("check" in r ? sheetReportJsonData(r) : { sheet: r.sheet, error: describeNoTable(r.noTable, locale) }));
  return JSON.stringify({ file, sheets, skipped }, null, 2);
}

/** The exit code of the whole check: 2 when a sheet cannot be checked, else 1 when any sheet has findings, else 0. */
export function workbookExitCode(reports: readonly SheetReport[]): 0 | 1 | 2 {
  if (reports.some((r) => !("check" in r))) return 2;
  return reports.some((r) => "check" in r && findingCount(r) > 0) ? 1 : 0;
}
