/**
 * `qcity check` on a workbook with one stray cell far from the table: the
 * exported table, fully scored, plus a value at A1048576 or XFD1048576, or only
 * a fill at G200000. Prints the whole-process time (`node bin/qcity.js check`,
 * median of 5 runs after one warm-up) and peak memory (max RSS) beside the
 * clean workbook; the read is bounded to A1:AN400, so all four should match.
 * Needs `npm run build:cli`. Run: npm run bench -- bench/strayCells.bench.ts
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { buildLayout } from "../src/layout/buildLayout";

import { workbookBuffer } from "../src/xlsx/writeWorkbook";
import { OFFICIAL_RUBRIC } from "../test/helpers/rubrics";

const ROOT = resolve(__dirname, "..");
const CLI = join(ROOT, "bin", "qcity.js");
const RUNS = 5;

const CASES: Record<string, (ws: ExcelJS.Worksheet) => void> = {
  clean: () => undefined,
  "value at A1048576": (ws) => void (ws.getCell("A1048576").value = "x"),
  "value at XFD1048576": (ws) => void (ws.getCell("XFD1048576").value = "x"),
  "fill only at G200000": (ws) => void (ws.getCell("G200000").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } }),
};

async function craft(folder: string, name: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const layout = buildLayout(OFFICIAL_RUBRIC);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbookBuffer(layout)) as never);
  const ws = wb.worksheets[0]!;
  const { columns, firstCriterionRow } = layout.table;
  for (const c of OFFICIAL_RUBRIC.criteria) {
    ws.getCell(firstCriterionRow + c.index + 1, columns.score! + 1).value = c.points;
    ws.getCell(firstCriterionRow + c.index + 1, columns.evidence! + 1).value = "自评报告";
  }
  edit(ws);
  const path = join(folder, `${name.replace(/\W+/g, "-")}.xlsx`);
  writeFileSync(path, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return path;
}

/** One run under GNU time when present (for max RSS), else timed here. */
function run(path: string): { ms: number; rssMb?: number; status: number | null } {
  const timed = existsSync("/usr/bin/time");
  const start = performance.now();
  const result = timed
    ? spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, CLI, "check", path], { encoding: "utf8" })
    : spawnSync(process.execPath, [CLI, "check", path], { encoding: "utf8" });
  const ms = performance.now() - start;
  const kb = timed ? Number(result.stderr.trim().split("\n").pop()) : NaN;
  return { ms, status: result.status, ...(Number.isFinite(kb) && { rssMb: kb / 1024 }) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function benchmark(): Promise<void> {
  if (!existsSync(join(ROOT, "lib", "cli", "main.js"))) throw new Error('The CLI is not built: run "npm run build:cli" first.');
  const folder = mkdtempSync(join(tmpdir(), "qcity-stray-"));
  for (const [name, edit] of Object.entries(CASES)) {
    const path = await craft(folder, name, edit);
    run(path);
    const runs = Array.from({ length: RUNS }, () => run(path));
    const rss = runs.flatMap((r) => (r.rssMb === undefined ? [] : [r.rssMb]));
    console.log(
      `qcity check, ${name.padEnd(22)} median ${median(runs.map((r) => r.ms)).toFixed(0)} ms` +
        (rss.length > 0 ? `, max RSS ${Math.max(...rss).toFixed(0)} MB` : "") +
        `, exit ${runs[0]?.status}`,
    );
  }
}

void benchmark();
