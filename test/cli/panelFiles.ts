import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { main } from "../../src/cli/main";
import { craftWorkbook } from "./craftedWorkbook";

/** A panel member's cells, by criterion code: a score (any cell value) and optional note. */
export type CraftedScores = ReadonlyMap<string, { score?: unknown; note?: string }>;

/** Deterministic scores in half points from 0 to the cap, varied by `seed`, with each expert's own blanks. */
export function variedScores(seed: number, blanks: readonly string[] = []): Map<string, { score?: unknown; note?: string }> {
  const scores = new Map<string, { score?: unknown; note?: string }>();
  OFFICIAL_RUBRIC.criteria.forEach((c, i) => {
    if (blanks.includes(c.code)) return;
    const steps = c.points * 2;
    const value = (((i + 1) * (seed * 7 + 3)) % (steps + 1)) / 2;
    scores.set(c.code, { score: value, ...(value < c.points && { note: `扣分：${c.code}` }) });
  });
  return scores;
}

/** Writes an expert's (or the self-assessment's) workbook, as `qcity export` writes it and an assessor fills it. */
export function craftPanelFile(folder: string, fileName: string, scores: CraftedScores): Promise<string> {
  return craftWorkbook(folder, fileName, (_ws, at) => {
    for (const [code, cell] of scores) {
      if (cell.score !== undefined) at(code, "score").value = cell.score as never;
      at(code, "evidence").value = "材料";
      if (cell.note !== undefined) at(code, "note").value = cell.note;
    }
  });
}

/** Runs `qcity merge ARGS` in `folder`, collecting its exit code and output. */
export async function runMerge(folder: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["merge", ...args], { cwd: folder, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
