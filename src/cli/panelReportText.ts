import { methodLabel } from "../layout/panel/summaryText";
import { PANEL_FINDING_KINDS, type PanelFinding } from "../scoring/panel/panelFindings";
import { shownPoints, shownShare, PANEL_KIND_TITLES } from "../scoring/panel/panelMessages";
import type { SummaryPanel } from "../scoring/panel/summaryPanel";
import type { Locale } from "../table/locale";

const TEXT = {
  "zh-CN": {
    heading: (count: number) => (count === 0 ? "没有发现评审问题。" : `评审问题 ${count} 个：`),
    settings: (method: string, spread: string, self: string) => `汇总方法：${method}；专家分歧阈值 ${spread}，自评偏高阈值 ${self}（占分值）`,
    member: (name: string, total: string, scored: number, criteria: number, sheet: string | undefined) =>
      `  ${name}：${total} 分，已打分 ${scored} / ${criteria}${sheet === undefined ? "（工作簿中没有该专家的评分表）" : ""}`,
    self: "自评",
    members: "各位专家的合计：",
  },
  "en-US": {
    heading: (count: number) => (count === 0 ? "No panel findings." : `${count} panel finding(s):`),
    settings: (method: string, spread: string, self: string) => `Method: ${method}; disagreement threshold ${spread}, self-assessment threshold ${self} (of the points)`,
    member: (name: string, total: string, scored: number, criteria: number, sheet: string | undefined) =>
      `  ${name}: ${total} points, scored ${scored} / ${criteria}${sheet === undefined ? " (no score sheet of this expert in the workbook)" : ""}`,
    self: "Self-assessment",
    members: "Each expert's total:",
  },
} as const;

/** The panel findings as lines: a heading with the count, then each kind (errors first) with its findings. */
export function panelFindingsLines(findings: readonly PanelFinding[], locale: Locale): string[] {
  const lines = [TEXT[locale].heading(findings.length)];
  for (const kind of PANEL_FINDING_KINDS) {
    const group = findings.filter((f) => f.kind === kind);
    if (group.length === 0) continue;
    lines.push(`${PANEL_KIND_TITLES[locale][kind]} (${group.length})`);
    for (const f of group) lines.push(`  ${f.message}`);
  }
  return lines;
}

/** A summary's panel as lines: the method and thresholds, each member's total, then the panel findings. */
export function summaryPanelLines(panel: SummaryPanel, criteria: number, locale: Locale): string[] {
  const text = TEXT[locale];
  const method = methodLabel(panel.method, locale);
  const lines = [text.settings(method, shownShare(panel.spreadThreshold), shownShare(panel.selfThreshold)), text.members];
  for (const m of panel.experts) lines.push(text.member(m.name, shownPoints(m.total), m.scored, criteria, m.sheet));
  if (panel.self) lines.push(text.member(text.self, shownPoints(panel.self.total), panel.self.scored, criteria, panel.self.sheet ?? ""));
  lines.push("", ...panelFindingsLines(panel.findings, locale));
  return lines;
}
