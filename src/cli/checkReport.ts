import type { SheetLocale } from "../layout/headers";
import type { TableCheck } from "../scoring/checkTable";
import { CHECKS_STRINGS } from "../i18n/checksStrings";
import { FINDING_KINDS, type Severity } from "../scoring/findings";

const SEVERITY_TITLES: Record<SheetLocale, Record<Severity, string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  "en-US": { error: "error", warning: "warning", info: "info" },
};

/** The findings of one sheet as text: a heading, the findings grouped by kind (errors first), the totals. */
export function checkReportText(file: string, sheet: string, check: TableCheck, locale: SheetLocale): string {
  const { findings, summary } = check;
  const lines: string[] = [
    locale === "en-US"
      ? `${file}, sheet "${sheet}": ${findings.length === 0 ? "no problems found" : `${findings.length} finding(s)`}`
      : `${file}，工作表“${sheet}”：${findings.length === 0 ? "没有发现问题" : `发现 ${findings.length} 个问题`}`,
  ];
  for (const kind of FINDING_KINDS) {
    const group = findings.filter((f) => f.kind === kind);
    if (group.length === 0) continue;
    lines.push("", `${CHECKS_STRINGS[locale].kinds[kind]} (${group.length})`);
    for (const f of group) lines.push(`  ${SEVERITY_TITLES[locale][f.severity].padEnd(locale === "en-US" ? 8 : 3)}${f.address.padEnd(7)}${f.message}`);
  }
  lines.push(
    "",
    locale === "en-US"
      ? `Total ${summary.total} / ${summary.cap}; scored ${summary.scored} / ${summary.criteria}`
      : `总评分 ${summary.total} / ${summary.cap}，已打分 ${summary.scored} / ${summary.criteria}`,
  );
  return lines.join("\n");
}

/** The same as JSON: file, sheet, findings (kind, severity, code, address, message) and the summary. */
export function checkReportJson(file: string, sheet: string, check: TableCheck): string {
  const findings = check.findings.map(({ kind, severity, code, address, message }) => ({ kind, severity, code, address, message }));
  return JSON.stringify({ file, sheet, findings, summary: check.summary }, null, 2);
}
