import type { Locale } from "../table/locale";
import { KIND_TITLES } from "../scoring/messages";
import type { ReportModel } from "./reportModel";
import { PANEL_KIND_TITLES } from "../scoring/panel/panelMessages";
import { REPORT_TEXT, formatPoints, formatRate, memberName, vetoedGrade, type ReportText } from "./reportText";
import { methodLabel } from "../layout/panel/summaryText";

export interface ReportHtmlOptions {
  readonly locale: Locale;
  /** The category chart as an SVG document (categoryChartSvg), put inline. */
  readonly chartSvg: string;
  /** The date printed in the footer, e.g. "2026-12-01". */
  readonly generatedOn: string;
}

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string);
}

/** Print-ready styles: A4 portrait, serif CJK body, sans headings, tables that break between rows only. */
const STYLE = `
@page { size: A4 portrait; margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 182mm; padding: 8mm 0; color: #111; font: 10.5pt/1.45 "Noto Serif CJK SC", "SimSun", "Songti SC", serif; }
h1, h2, h3, th, .figure { font-family: "Noto Sans CJK SC", "SimHei", "Microsoft YaHei", "PingFang SC", sans-serif; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 4mm; letter-spacing: 0.05em; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5px solid #2f5597; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 3mm 0 1.5mm; break-after: avoid; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 2mm; }
th, td { border: 0.75px solid #888; padding: 1.2mm 1.8mm; vertical-align: top; text-align: left; }
th { background: #dde4f0; font-weight: 600; font-size: 9.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.code { white-space: nowrap; }
tr.sum td { font-weight: 600; background: #f2f4f8; }
.meta { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 1mm 3mm; margin-bottom: 3mm; }
.meta dt { color: #444; }
.meta dd { margin: 0; }
.figures { display: flex; gap: 3mm; margin: 2mm 0; }
.figure { flex: 1; border: 1px solid #2f5597; padding: 2mm; text-align: center; }
.figure .label { font-size: 9pt; color: #444; }
.figure .value { font-size: 15pt; font-weight: 700; color: #1f3864; }
.veto { border: 1.5px solid #c00000; color: #c00000; padding: 2mm; margin: 2mm 0; }
.chart { break-inside: avoid; text-align: center; }
.chart svg { max-width: 100%; height: auto; }
.criterion { font-size: 9pt; }
.muted { color: #555; }
.codes { margin: 1mm 0; }
.signoff { display: flex; gap: 8mm; margin-top: 8mm; break-inside: avoid; }
.signoff div { flex: 1; }
.signoff .line { display: inline-block; min-width: 32mm; border-bottom: 1px solid #111; }
footer { margin-top: 6mm; font-size: 8.5pt; color: #666; text-align: right; }
`;

/**
 * The report as one self-contained HTML document (styles and the chart's SVG
 * inline, no scripts, no external files) that prints on A4 portrait from any
 * browser: header and figures, the category table and chart, 扣分情况 with the
 * points lost and 扣分说明, missing evidence, unscored criteria, every other
 * finding of the checks, and the sign-off lines.
 */
export function renderReportHtml(model: ReportModel, options: ReportHtmlOptions): string {
  const t = REPORT_TEXT[options.locale];
  const body = [
    `<h1>${escapeHtml(t.title)}</h1>`,
    headerSection(model, t),
    `<h2>${escapeHtml(t.categoriesTitle)}</h2>`,
    categoryTable(model, t),
    `<div class="chart" role="img" aria-label="${escapeHtml(t.chartTitle)}">${stripXmlProlog(options.chartSvg)}</div>`,
    panelSection(model, t, options.locale),
    `<h2>${escapeHtml(t.deductionsTitle)}</h2>`,
    deductionTable(model, t),
    `<h2>${escapeHtml(t.missingEvidenceTitle)}</h2>`,
    codeList(model.missingEvidence, t, model.hasEvidenceColumn ? t.noMissingEvidence : t.noEvidenceColumn),
    `<h2>${escapeHtml(t.unscoredTitle)}</h2>`,
    codeList(model.unscored, t, t.noUnscored),
    `<h2>${escapeHtml(t.findingsTitle)}</h2>`,
    findingTable(model, t, options.locale),
    signOff(model, t),
    `<footer>${escapeHtml(t.generated(options.generatedOn))}</footer>`,
  ].join("\n");
  const title = [model.header.province, model.header.city, t.title].filter((s) => s !== "").join(" ");
  return [
    "<!DOCTYPE html>",
    `<html lang="${options.locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function headerSection(model: ReportModel, t: ReportText): string {
  const h = model.header;
  const blank = "—";
  const meta: [string, string][] = [
    [t.province, h.province || blank],
    [t.city, h.city || blank],
    [t.rubric, h.rubricSource === "" ? h.rubricTitle : `${h.rubricTitle}${t.paren(h.rubricSource)}`],
    [t.sheet, h.file !== undefined ? `${h.sheetName} · ${h.file}` : h.sheetName],
  ];
  const figures: [string, string][] = [
    [t.total, `${formatPoints(h.total)} / ${formatPoints(h.points)}`],
    [t.applicablePoints, formatPoints(h.applicablePoints)],
    [t.rate, formatRate(h.rate)],
  ];
  if (h.rescaled !== undefined) figures.push([t.rescaled(h.rescaled.scale), formatPoints(h.rescaled.value)]);
  if (h.grade !== undefined) figures.push([t.grade, vetoedGrade(h, t)]);
  figures.push([t.scored, `${model.scored} / ${model.criteria}`]);
  const vetoes =
    h.vetoes.length === 0
      ? ""
      : `<div class="veto"><strong>${escapeHtml(t.veto)}</strong>${escapeHtml(t.colon)}${escapeHtml(t.vetoApplies)}<ul>${h.vetoes
          .map((v) => `<li>${escapeHtml(v.code)} ${escapeHtml(v.text)}</li>`)
          .join("")}</ul></div>`;
  return [
    `<dl class="meta">${meta.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("")}</dl>`,
    `<div class="figures">${figures
      .map(([k, v]) => `<div class="figure"><div class="label">${escapeHtml(k)}</div><div class="value" data-figure="${escapeHtml(k)}">${escapeHtml(v)}</div></div>`)
      .join("")}</div>`,
    vetoes,
  ].join("\n");
}

function categoryTable(model: ReportModel, t: ReportText): string {
  // The applicable points only differ from the caps where optional criteria are marked 不适用.
  const applicable = model.categories.some((c) => c.applicablePoints !== c.cap);
  const num = (value: string) => `<td class="num">${value}</td>`;
  const line = (label: string, cap: number, points: number, score: number, rate: number) =>
    `<td>${escapeHtml(label)}</td>${num(formatPoints(cap))}${applicable ? num(formatPoints(points)) : ""}${num(formatPoints(score))}${num(formatRate(rate))}`;
  const h = model.header;
  const rows = [
    ...model.categories.map((c) => `<tr data-category="${escapeHtml(c.code)}">${line(`${c.code} ${c.name}`, c.cap, c.applicablePoints, c.score, c.rate)}</tr>`),
    `<tr class="sum">${line(t.sum, h.points, h.applicablePoints, h.total, h.rate)}</tr>`,
  ];
  const head = applicable ? [t.category, t.cap, t.applicable, t.score, t.rate] : [t.category, t.cap, t.score, t.rate];
  return table(head, [false, ...head.slice(1).map(() => true)], rows, "categories");
}

function deductionTable(model: ReportModel, t: ReportText): string {
  if (model.deductions.length === 0) return `<p>${escapeHtml(t.noDeductions)}</p>`;
  const rows = model.deductions.map(
    (d) =>
      `<tr data-code="${escapeHtml(d.code)}"><td class="criterion"><b>${escapeHtml(d.code)}</b> ${escapeHtml(d.text)}</td>` +
      `<td class="num">${formatPoints(d.cap)}</td><td class="num">${formatPoints(d.score)}</td><td class="num">${formatPoints(d.lost)}</td>` +
      `<td>${d.note === "" ? `<span class="muted">${escapeHtml(t.noNote)}</span>` : escapeHtml(d.note)}</td></tr>`,
  );
  return [
    table([t.criterion, t.cap, t.score, t.lost, t.note], [false, true, true, true, false], rows, "deductions"),
    `<p>${escapeHtml(t.deductionsTotal(model.deductions.length, formatPoints(model.pointsLost)))}</p>`,
  ].join("\n");
}

/** For a summary sheet: the consolidation method, each member's total, and the panel findings; "" for any other sheet. */
function panelSection(model: ReportModel, t: ReportText, locale: Locale): string {
  const panel = model.panel;
  if (panel === undefined) return "";
  const members = panel.members.map(
    (m) => `<tr${m.self ? ' class="self"' : ""}><td>${escapeHtml(memberName(m, t))}</td><td class="num">${formatPoints(m.total)}</td><td class="num">${m.scored} / ${model.criteria}</td></tr>`,
  );
  const findings =
    panel.findings.length === 0
      ? `<p>${escapeHtml(t.noPanelFindings)}</p>`
      : table(
          [t.kind, t.message],
          [false, false],
          panel.findings.map((f) => `<tr data-kind="${escapeHtml(f.kind)}"><td>${escapeHtml(PANEL_KIND_TITLES[locale][f.kind])}</td><td>${escapeHtml(f.message)}</td></tr>`),
          "panel-findings",
        );
  return [
    `<h2>${escapeHtml(t.panelTitle)}</h2>`,
    `<p class="method">${escapeHtml(t.method + t.colon + methodLabel(panel.method, locale))}</p>`,
    table([t.member, t.memberTotal, t.memberScored], [false, true, true], members, "panel"),
    `<h3>${escapeHtml(t.panelFindingsTitle)}</h3>`,
    findings,
  ].join("\n");
}

function codeList(cells: ReportModel["unscored"], t: ReportText, none: string): string {
  if (cells.length === 0) return `<p>${escapeHtml(none)}</p>`;
  const items = cells.map((c) => `<span data-code="${escapeHtml(c.code)}">${escapeHtml(c.code + t.paren(c.address))}</span>`);
  return `<p class="codes">${escapeHtml(t.count(cells.length))}${items.join(escapeHtml(t.listSeparator))}</p>`;
}

function findingTable(model: ReportModel, t: ReportText, locale: Locale): string {
  if (model.findings.length === 0) return `<p>${escapeHtml(t.noFindings)}</p>`;
  const rows = model.findings.map(
    (f) =>
      `<tr data-kind="${escapeHtml(f.kind)}"><td class="code">${escapeHtml(f.address)}</td><td>${escapeHtml(KIND_TITLES[locale][f.kind] + t.paren(t.severity[f.severity]))}</td>` +
      `<td>${escapeHtml(f.message)}</td></tr>`,
  );
  return table([t.cell, t.kind, t.message], [false, false, false], rows, "findings");
}

/** 评价人 / 复核人 / 日期: what the sheet's sign-off line holds, on a line to sign on where it is blank. */
function signOff(model: ReportModel, t: ReportText): string {
  const { assessor, reviewer, date } = model.signOff;
  const line = ([label, value]: readonly [string, string]) =>
    `<div>${escapeHtml(label + t.colon)}<span class="line">${value === "" ? "&nbsp;" : escapeHtml(value)}</span></div>`;
  const lines = ([[t.assessor, assessor], [t.reviewer, reviewer], [t.date, date]] as const).map(line);
  return `<h2>${escapeHtml(t.signOffTitle)}</h2>\n<div class="signoff">${lines.join("")}</div>`;
}

function table(head: readonly string[], numeric: readonly boolean[], rows: readonly string[], id: string): string {
  const cells = head.map((h, i) => `<th${numeric[i] ? ' class="num"' : ""}>${escapeHtml(h)}</th>`).join("");
  return `<table id="${id}"><thead><tr>${cells}</tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>`;
}

/** An SVG document's own `<?xml …?>` line is not allowed inside HTML. */
function stripXmlProlog(svg: string): string {
  return svg.replace(/^\s*<\?xml[^>]*\?>\s*/, "");
}
