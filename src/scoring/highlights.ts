import type { Finding, Severity } from "./findings";
import { rect, rectAddress } from "../table/a1";
import { runsOf } from "../table/runs";

/** Every highlight formula starts with this text, so the add-in finds its own conditional formats again (and only those). */
export const HIGHLIGHT_MARK = "qcity-check";

const COLORS: Partial<Record<Severity, { readonly fill: string; readonly fontColor: string }>> = {
  error: { fill: "#FFC7CE", fontColor: "#9C0006" },
  warning: { fill: "#FFEB9C", fontColor: "#9C5700" },
};

/** One conditional format that highlights the cells of one severity. */
export interface HighlightRule {
  readonly severity: Severity;
  /** Cells and runs of cells, e.g. ["H5:H7", "I9"]; Excel gets one conditional format per run, all with `formula`. */
  readonly addresses: readonly string[];
  /** Always TRUE; the text names the mark, severity and cells, so an unchanged highlight is recognised and not rewritten. */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
}

/**
 * The conditional formats that highlight findings: one per severity (error,
 * warning), over exactly the offending cells. Info findings (unscored) and
 * findings that point at no offending cell of their own (a missing column, a
 * missing row) are not highlighted.
 */
export function planHighlights(findings: readonly Finding[]): HighlightRule[] {
  const rules: HighlightRule[] = [];
  for (const severity of ["error", "warning"] as const) {
    const cells = findings.filter((f) => f.severity === severity && isOwnCell(f));
    if (cells.length === 0) continue;
    const addresses = compressCells(cells);
    const colors = COLORS[severity]!;
    rules.push({ severity, addresses, formula: `=N("${HIGHLIGHT_MARK}:${severity}:${fingerprint(addresses.join(","))}")=0`, ...colors });
  }
  return rules;
}

/** True for a conditional format formula written by planHighlights. */
export function isHighlightFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.includes(`"${HIGHLIGHT_MARK}:`);
}

function isOwnCell(finding: Finding): boolean {
  return finding.kind !== "missing-evidence-column" && finding.problem.detail !== "missing-row";
}

/** Cells grouped into vertical runs per column: H5, H6, H7, I9 → "H5:H7", "I9". */
function compressCells(cells: readonly { readonly row: number; readonly col: number }[]): string[] {
  const unique = [...new Map(cells.map((c) => [`${c.col}:${c.row}`, c])).values()].sort((a, b) => a.col - b.col || a.row - b.row);
  return runsOf(unique, (c) => c.row, (c) => c.col).map((run) => rectAddress(rect(run.first, run.key, run.last, run.key)));
}

/** FNV-1a, base 36: short and stable. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
