/**
 * Whole-process time of `qcity merge` of five filled expert workbooks and a
 * self-assessment with the trimmed mean (Node start-up, reading and checking
 * six files, writing the seven-sheet workbook): `node bin/qcity.js merge`,
 * median of 5 runs after one warm-up. Yardstick: `qcity export` (one sheet
 * written, nothing read) in the same process. Target: ≤ 1.5 s.
 * Run: npm run bench -- bench/merge.bench.ts
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { OFFICIAL_RUBRIC } from "../test/helpers/rubrics";
import { craftPanelFile } from "../test/cli/panelFiles";

const ROOT = resolve(__dirname, "..");
const RUNS = 5;

function timeCommand(args: string[], cwd: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, "bin", "qcity.js"), ...args], { cwd, encoding: "utf8" });
  const elapsed = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`qcity ${args.join(" ")} failed:\n${result.stderr}`);
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function measure(label: string, args: string[], cwd: string): number {
  timeCommand(args, cwd);
  const times = Array.from({ length: RUNS }, () => timeCommand(args, cwd));
  const m = median(times);
  console.log(`${label}: median ${m.toFixed(0)} ms over ${RUNS} runs (${times.map((t) => t.toFixed(0)).join(", ")} ms)`);
  return m;
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build:cli failed:\n${build.stdout}${build.stderr}`);
  const dir = mkdtempSync(join(tmpdir(), "qcity-bench-merge-"));
  const names = ["张三", "李四", "王五", "赵六", "钱七"];
  for (const [e, name] of names.entries()) {
    const scores = new Map(OFFICIAL_RUBRIC.criteria.map((c, i) => [c.code, { score: Math.max(0, c.points - ((e + i) % 4)) as unknown, note: "部分未落实" }]));
    await craftPanelFile(dir, `${name}.xlsx`, scores);
  }
  await craftPanelFile(dir, "自评.xlsx", new Map(OFFICIAL_RUBRIC.criteria.map((c) => [c.code, { score: c.points as unknown }])));
  const files = names.map((n) => `${n}.xlsx`);
  const merge = measure("node bin/qcity.js merge (5 experts + self, trimmed)", ["merge", ...files, "--self", "自评.xlsx", "--method", "trimmed", "--out", "汇总.xlsx", "--force"], dir);
  const exported = measure("yardstick: node bin/qcity.js export", ["export", "--out", "export.xlsx", "--force"], dir);
  console.log(`ratio merge / export: ${(merge / exported).toFixed(2)}; target merge ≤ 1500 ms: ${merge <= 1500 ? "met" : "NOT met"}`);
}

void main();
