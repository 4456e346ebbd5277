/**
 * Whole-process time of `qcity export` (Node start-up, loading, building the
 * layout, writing the .xlsx): `node bin/qcity.js export`, median of 5 runs
 * after one warm-up; then the same through `npx qcity export` when npm has
 * linked node_modules/.bin/qcity.
 * Run: npm run bench -- bench/export.bench.ts
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";

const ROOT = resolve(__dirname, "..");
const RUNS = 5;

function timeCommand(program: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(program, args, { cwd: ROOT, encoding: "utf8" });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${program} ${args.join(" ")} failed:\n${result.stderr}`);
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function measure(label: string, program: string, args: string[]): void {
  timeCommand(program, args);
  const times = Array.from({ length: RUNS }, () => timeCommand(program, args));
  console.log(`${label}: median ${median(times).toFixed(0)} ms over ${RUNS} runs (${times.map((t) => t.toFixed(0)).join(", ")} ms)`);
}

// The CLI runs from lib/: build it first, untimed, so the figures are for the current source.
const build = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, encoding: "utf8" });
if (build.status !== 0) throw new Error(`build:cli failed:\n${build.stdout}${build.stderr}`);

const out = join(mkdtempSync(join(tmpdir(), "qcity-bench-")), "质量兴市绩效评价表.xlsx");
measure("node bin/qcity.js export", process.execPath, [join(ROOT, "bin", "qcity.js"), "export", "--out", out, "--force"]);
console.log(`workbook size: ${(statSync(out).size / 1024).toFixed(1)} KiB`);

if (existsSync(join(ROOT, "node_modules", ".bin", "qcity"))) {
  measure("npx qcity export", "npx", ["qcity", "export", "--out", out, "--force"]);
} else {
  console.log("npx qcity export: not measured (node_modules/.bin/qcity is missing; run npm install)");
}
