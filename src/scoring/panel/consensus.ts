/**
 * Consolidating a panel's scores for one criterion: the rules that the summary
 * sheet's native formulas, QCITY.CONSENSUS / QCITY.SPREAD and `qcity merge`
 * share. Pure; scores are points, one per expert, `null` for an expert who
 * left the criterion blank (or whose cell held no valid score).
 */

/** 平均 (mean), 去掉一个最高分和一个最低分后平均 (trimmed), 中位数 (median). */
export type ConsensusMethod = "mean" | "trimmed" | "median";

export const CONSENSUS_METHODS: readonly ConsensusMethod[] = ["mean", "trimmed", "median"];

/** The trimmed mean drops one highest and one lowest score only when at least this many experts scored. */
export const TRIMMED_MIN_SCORES = 5;

export interface Consensus {
  /** The consolidated score in points, unrounded; null when no expert scored. */
  readonly value: number | null;
  /** How many experts scored (non-blank). */
  readonly count: number;
  /** The method actually applied: "mean" when "trimmed" had fewer than TRIMMED_MIN_SCORES scores. */
  readonly applied: ConsensusMethod;
  /** Highest minus lowest score (极差), in points; null when no expert scored. */
  readonly spread: number | null;
}

/** The method applied for `count` scores: the trimmed mean falls back to the mean below TRIMMED_MIN_SCORES. */
export function appliedMethod(method: ConsensusMethod, count: number): ConsensusMethod {
  return method === "trimmed" && count < TRIMMED_MIN_SCORES ? "mean" : method;
}

/**
 * Consolidates one criterion's scores (`scores`: one entry per expert, points
 * or null for blank). Blanks are left out: the consolidation is over the
 * experts who scored. The trimmed mean drops exactly one highest and one
 * lowest score (ties: one of each only), as Excel's TRIMMEAN(range, 2/n) does.
 */
export function consensus(scores: readonly (number | null)[], method: ConsensusMethod): Consensus {
  const given = scores.filter((s): s is number => s !== null);
  const count = given.length;
  const applied = appliedMethod(method, count);
  if (count === 0) return { value: null, count, applied, spread: null };
  const sorted = [...given].sort((a, b) => a - b);
  const spread = (sorted[count - 1] as number) - (sorted[0] as number);
  return { value: consolidate(sorted, applied), count, applied, spread };
}

/** `sorted` ascending and non-empty. */
function consolidate(sorted: readonly number[], applied: ConsensusMethod): number {
  const n = sorted.length;
  if (applied === "median") {
    const mid = Math.floor(n / 2);
    return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  }
  const kept = applied === "trimmed" ? sorted.slice(1, n - 1) : sorted;
  return kept.reduce((sum, s) => sum + s, 0) / kept.length;
}

/** Rounds points to `decimals` places the way Excel's ROUND does (half away from zero), for the "round" setting. */
export function roundPoints(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // Nudge by a relative epsilon so that 2.675 (stored as 2.67499999…) rounds as Excel shows it.
  const rounded = Math.round(scaled * (1 + Number.EPSILON)) / factor;
  return Math.sign(value) * rounded;
}
