// Time to check the 98-row rubric table as the task pane and `qcity check` do: median of many runs.
import { performance } from "node:perf_hooks";
import { buildLayout } from "../src/layout/buildLayout";

import { checkTable, planHighlights } from "../src/scoring";
import { OFFICIAL_RUBRIC } from "../test/helpers/rubrics";

const layout = buildLayout(OFFICIAL_RUBRIC);
const { table } = layout;
const values = layout.cells.map((line) => line.map((cell) => (cell !== null && typeof cell === "object" ? 0 : cell)));
const formulas = layout.cells.map((line) => line.map((cell) => (cell !== null && typeof cell === "object" ? `=${cell.formula}` : (cell ?? ""))));
// A realistic mid-assessment sheet: most rows scored with evidence, a few problems of each kind.
OFFICIAL_RUBRIC.criteria.forEach((c, i) => {
  const row = values[table.firstCriterionRow + i]!;
  const pick = i % 10;
  row[table.columns.score!] = pick === 0 ? null : pick === 1 ? c.points + 5 : pick === 2 ? "５" : pick === 3 ? c.points - 1 : c.points;
  row[table.columns.evidence!] = pick === 4 ? null : "自评报告";
});
const snapshot = { values, formulas, origin: { row: 0, col: 0 } };

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(label: string, run: () => unknown, iterations = 1000): void {
  for (let i = 0; i < 100; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  console.log(`${label.padEnd(44)} median ${median(samples).toFixed(3)} ms  (${iterations} runs)`);
}

const findings = checkTable(snapshot, { rubric: OFFICIAL_RUBRIC })!.findings;
console.log(`98-row table, ${values.length}×${values[0]!.length} grid, ${findings.length} findings`);
time("checkTable (read table, rules, messages)", () => checkTable(snapshot, { rubric: OFFICIAL_RUBRIC }));
time("checkTable + planHighlights", () => planHighlights(checkTable(snapshot, { rubric: OFFICIAL_RUBRIC })!.findings));
