import type { Locale } from "../table/locale";
import type { TableCheck } from "../scoring/checkTable";
import { FINDING_KINDS, type Severity } from "../scoring/findings";
import { INVALID_LEFT_OUT, KIND_TITLES } from "../scoring/messages";
import { shownPoints } from "../scoring/panel/panelMessages";

/** Severity words as the reports print them. */
export const SEVERITY_TITLES: Record<Locale, Record<Severity, string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  "en-US": { error: "error", warning: "warning", info: "info" },
};

const TEXT = {
  "zh-CN": {
    unscored: (count: number) => `${count} 项未打分`,
    listHint: "（加 --verbose 逐项列出）",
    separator: "、",
    counts: (errors: number, warnings: number, infos: number) => `共 ${errors} 个错误、${warnings} 个警告、${infos} 个提示。`,
  },
  "en-US": {
    unscored: (count: number) => `${count} ${count === 1 ? "criterion" : "criteria"} not scored`,
    listHint: " (add --verbose to list them)",
    separator: ", ",
    counts: (errors: number, warnings: number, infos: number) =>
      `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}, ${infos} info.`,
  },
} as const;

/** Unscored criteria listed one by one only up to this many; beyond, one line (a fresh sheet has 98). */
const UNSCORED_LISTED = 10;

export interface ReportOptions {
  /** List every unscored criterion on its own line, as the other findings are. */
  readonly everyFinding?: boolean;
  /** The severities of a summary's panel findings, listed after the report: the heading and the counts include them. */
  readonly panelFindings?: readonly Severity[];
}

/**
 * The findings of one sheet as text: a heading, the findings grouped by kind
 * (errors first; unscored criteria in one line unless `everyFinding`), the
 * totals, how many invalid scores the totals leave out, and the counts by severity.
 */
export function checkReportText(file: string, sheet: string, check: TableCheck, locale: Locale, options: ReportOptions = {}): string {
  const { findings, summary } = check;
  const text = TEXT[locale];
  const panel = options.panelFindings ?? [];
  const found = findings.length + panel.length;
  const lines: string[] = [
    locale === "en-US"
      ? `${file}, sheet "${sheet}": ${found === 0 ? "no problems found" : `${found} finding(s)`}`
      : `${file}，工作表“${sheet}”：${found === 0 ? "没有发现问题" : `发现 ${found} 个问题`}`,
  ];
  for (const kind of FINDING_KINDS) {
    const group = findings.filter((f) => f.kind === kind);
    if (group.length === 0) continue;
    if (kind === "unscored" && !options.everyFinding) {
      const where = group.length <= UNSCORED_LISTED ? `${locale === "en-US" ? ": " : "："}${group.map((f) => f.address).join(text.separator)}` : text.listHint;
      lines.push("", `${text.unscored(group.length)}${where}`);
      continue;
    }
    lines.push("", `${KIND_TITLES[locale][kind]} (${group.length})`);
    for (const f of group) lines.push(`  ${SEVERITY_TITLES[locale][f.severity].padEnd(locale === "en-US" ? 8 : 3)}${f.address.padEnd(7)}${f.message}`);
  }
  lines.push(
    "",
    locale === "en-US"
      ? `Total ${shownPoints(summary.total)} / ${summary.cap}; scored ${summary.scored} / ${summary.criteria}`
      : `总评分 ${shownPoints(summary.total)} / ${summary.cap}，已打分 ${summary.scored} / ${summary.criteria}`,
  );
  if (summary.invalid > 0) lines.push(INVALID_LEFT_OUT[locale](summary.invalid));
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length + panel.filter((s) => s === severity).length;
  lines.push(text.counts(count("error"), count("warning"), count("info")));
  return lines.join("\n");
}

/** One sheet's findings (kind, severity, code, address, message) and summary, as the JSON report holds them. */
export function sheetReportData(sheet: string, check: TableCheck) {
  const findings = check.findings.map(({ kind, severity, code, address, message }) => ({ kind, severity, code, address, message }));
  return { sheet, findings, summary: check.summary };
}

/** The same as JSON: file, sheet, findings (kind, severity, code, address, message) and the summary. */
export function checkReportJson(file: string, sheet: string, check: TableCheck): string {
  return JSON.stringify({ file, ...sheetReportData(sheet, check) }, null, 2);
}
