import type { Locale } from "../../table/locale";
import { SUMMARY_TEXT } from "../../layout/panel/summaryText";
import { SELF_SHEET_NAME } from "../../layout/panel/panelLayouts";
import { panelFindingsLines } from "../panelReportText";
import type { MergeResult } from "./mergeCommand";
import { MERGE_TEXT } from "./mergeText";

/** The merge as text: what was written, per file what was read (and its own findings), then the panel findings by kind. */
export function mergeReportText(result: MergeResult, locale: Locale): string {
  const text = MERGE_TEXT[locale];
  const lines = [text.done(result.out, result.experts.length, result.self !== undefined, SUMMARY_TEXT[locale].methods[result.method])];
  for (const e of result.experts) lines.push(text.perFile(e.name, e.file, e.panel.scored, result.criteria));
  if (result.self) lines.push(text.selfLine(result.self.file, result.self.panel.scored, result.criteria));
  for (const f of [...result.experts, ...(result.self ? [result.self] : [])]) {
    if (f.panel.findings.length === 0) continue;
    // The self-assessment goes by its sheet's name (自评表), as in the list above, not by its file's.
    lines.push("", text.ownFindings(f === result.self ? SELF_SHEET_NAME[locale] : f.name, f.panel.findings.length));
    for (const finding of f.panel.findings) lines.push(`  ${finding.address.padEnd(7)}${finding.message}`);
  }
  lines.push("", ...panelFindingsLines(result.findings, locale));
  return lines.join("\n");
}

/** The same as JSON. */
export function mergeReportJson(result: MergeResult): string {
  const file = (f: MergeResult["experts"][number]) => ({
    name: f.name,
    file: f.file,
    sheet: f.sheet,
    scored: f.panel.scored,
    findings: f.panel.findings.map(({ kind, severity, code, address, message }) => ({ kind, severity, code, address, message })),
  });
  return JSON.stringify(
    {
      out: result.out,
      method: result.method,
      experts: result.experts.map(file),
      ...(result.self && { self: file(result.self) }),
      findings: result.findings.map(({ kind, severity, code, experts, message }) => ({ kind, severity, code, experts, message })),
    },
    null,
    2,
  );
}
