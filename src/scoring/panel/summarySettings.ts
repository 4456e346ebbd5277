import { SUMMARY_TEXT } from "../../layout/panel/summaryText";
import type { FoundTable } from "../../table/readTable";
import { LOCALES } from "../../table/locale";
import type { Grid } from "../../table/grid";
import { CONSENSUS_METHODS, type ConsensusMethod } from "./consensus";
import { DEFAULT_SELF_THRESHOLD, DEFAULT_SPREAD_THRESHOLD } from "./panelFindings";

/** What a summary sheet's title rows say: the method and the two thresholds (shares of 分值, 0.3 = 30 %). */
export interface SummarySettings {
  readonly method: ConsensusMethod;
  readonly spreadThreshold: number;
  readonly selfThreshold: number;
}

const trimmed = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

function methodNamed(text: string): ConsensusMethod | undefined {
  // Longest name first: 平均 is a prefix of none, but "Mean" is the prefix of "Mean without…".
  const names = LOCALES.flatMap((l) => CONSENSUS_METHODS.map((m) => ({ method: m, name: SUMMARY_TEXT[l].methods[m] })));
  names.sort((a, b) => b.name.length - a.name.length);
  return names.find((n) => text.startsWith(n.name))?.method;
}

function threshold(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * Reads the settings lines above a summary's header (as buildSummaryLayout
 * writes them, in either language): the 汇总方法 label and the method's name
 * to its right, the 专家分歧 threshold in the 得分 column of that line and the
 * 自评偏高 threshold in the line below. A line that is missing or unreadable
 * gives the default: the mean, 30 % and 30 %.
 */
export function readSummarySettings(values: Grid, table: FoundTable): SummarySettings {
  const labels = new Set(LOCALES.map((l) => SUMMARY_TEXT[l].methodLabel));
  const scoreCol = table.columns.score;
  for (let r = 0; r < table.headerRow; r += 1) {
    const line = values[r] ?? [];
    const labelAt = line.findIndex((v) => labels.has(trimmed(v)));
    if (labelAt < 0) continue;
    const name = line.slice(labelAt + 1).map(trimmed).find((t) => t !== "") ?? "";
    const at = (row: number) => (scoreCol === undefined ? undefined : values[row]?.[scoreCol]);
    return {
      method: methodNamed(name) ?? "mean",
      spreadThreshold: threshold(at(r), DEFAULT_SPREAD_THRESHOLD),
      selfThreshold: threshold(at(r + 1), DEFAULT_SELF_THRESHOLD),
    };
  }
  return { method: "mean", spreadThreshold: DEFAULT_SPREAD_THRESHOLD, selfThreshold: DEFAULT_SELF_THRESHOLD };
}
