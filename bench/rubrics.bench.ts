// Rubrics as data: importing a 300-criterion typed table (`qcity rubric import`), and `qcity check` on a workbook that
// carries its own rubric (the very hidden QCITY_RUBRIC sheet), each against a yardstick run in the same process:
// reading the same workbook alone (ExcelJS grids for the import, the streaming reader for the check).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { CliIo } from "../src/cli/command";
import { main } from "../src/cli/main";
import { buildLayout } from "../src/layout/buildLayout";
import { buildRubric } from "../src/rubric/build";
import { readWorkbookGrids } from "../src/xlsx/readWorkbookGrid";
import { streamWorkbookSnapshots } from "../src/xlsx/streamSnapshots";
import { workbookBuffer } from "../src/xlsx/writeWorkbook";
import { bigRubricSource } from "../test/helpers/bigRubric";

const quiet: CliIo = { cwd: mkdtempSync(join(tmpdir(), "qcity-bench-rubrics-")), out: () => undefined, err: () => undefined };

async function median(label: string, run: () => Promise<unknown>, runs = 15): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  const value = [...samples].sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  console.log(`${label.padEnd(58)} median ${value.toFixed(1).padStart(7)} ms  (${runs} runs)`);
  return value;
}

async function benchmark(): Promise<void> {
  const rubric = buildRubric(bigRubricSource(300));
  const dir = quiet.cwd;
  // The typed table: the rubric's sheet without its carried copy, as a province's table pasted into Excel would be.
  writeFileSync(join(dir, "table.xlsx"), await workbookBuffer(buildLayout(rubric)));
  let n = 0;
  const importing = await median("qcity rubric import (300 criteria)", async () => {
    const code = await main(["rubric", "import", "table.xlsx", "--id", "big", "--out", `big-${n++}.json`], quiet);
    if (code !== 0) throw new Error(`import exited ${code}`);
  });
  const reading = await median("yardstick: ExcelJS grids of the same file", () => readWorkbookGrids(join(dir, "table.xlsx")));
  console.log(`import / yardstick: ${(importing / reading).toFixed(2)}`);

  writeFileSync(join(dir, "carried.xlsx"), await workbookBuffer(buildLayout(rubric), [rubric]));
  const checking = await median("qcity check, workbook carrying its 300-criterion rubric", async () => {
    const code = await main(["check", "carried.xlsx", "--json"], quiet);
    if (code === 2) throw new Error("check exited 2");
  });
  const streaming = await median("yardstick: streaming reader of the same file", () => streamWorkbookSnapshots(join(dir, "carried.xlsx")));
  console.log(`check / yardstick: ${(checking / streaming).toFixed(2)}`);
}

void benchmark();
