/**
 * Median time per call of QCITY.SECTIONTOTAL and QCITY.CHECK on the 98-row
 * table, on 10,000 rows and on a whole column (1,048,576 rows, nearly all
 * blank), beside HyperFormula's native SUMIF recalculating the same section
 * over the same data (the ratio to beat). Run: npm run bench -- bench/functions.bench.ts
 */
import { HyperFormula } from "hyperformula";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { check, sectionTotal } from "../src/functions/functions";
import { criterionLabel } from "../src/rubric";
import { installCustomFunctionsStub } from "../test/functions/customFunctionsStub";
import { registerQcityPlugin, sendBlankCellsAs, type BlankCell } from "../test/integration/hyperformula/qcityPlugin";
import { OFFICIAL_RUBRIC } from "../test/helpers/rubrics";

installCustomFunctionsStub();

// A full collection before each measurement, so garbage from building the data is not collected while timing.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

interface Columns {
  readonly criteria: unknown[][];
  readonly scores: unknown[][];
  readonly evidence: unknown[][];
  readonly notes: unknown[][];
}

const HEADER_ROWS = 3;

/** The official table under a title and header, padded with blank rows to `rows`. */
function table(rows: number, blank: BlankCell): Columns {
  const criteria: unknown[][] = new Array(rows);
  const scores: unknown[][] = new Array(rows);
  const evidence: unknown[][] = new Array(rows);
  const notes: unknown[][] = new Array(rows);
  const head = [["质量兴市绩效评价指南（试行）", "总评分", null, null], ["省（自治区、直辖市）", null, null, null], ["评价准则", "得分", "佐证材料", "扣分说明"]];
  for (let r = 0; r < rows; r++) {
    const top = head[r];
    criteria[r] = [top ? top[0] : blank];
    scores[r] = [top ? (top[1] ?? blank) : blank];
    evidence[r] = [top ? (top[2] ?? blank) : blank];
    notes[r] = [top ? (top[3] ?? blank) : blank];
  }
  OFFICIAL_RUBRIC.criteria.forEach((c, i) => {
    const r = HEADER_ROWS + i;
    if (r >= rows) return;
    criteria[r] = [criterionLabel(c)];
    scores[r] = [i % 7 === 0 ? blank : Math.round(c.points * 0.8 * 10) / 10];
    evidence[r] = [i % 5 === 0 ? blank : "文件、会议纪要"];
    notes[r] = [i % 3 === 0 ? blank : "部分工作未落实"];
  });
  // Each argument arrives parsed on its own (Excel sends ranges serialised), so rebuild each column from JSON.
  const parsed = (column: unknown[][]) => JSON.parse(JSON.stringify(column)) as unknown[][];
  return { criteria: parsed(criteria), scores: parsed(scores), evidence: parsed(evidence), notes: parsed(notes) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median milliseconds per call: `samples` timed batches of `batch` calls each, after a warm-up. */
function timePerCall(run: () => unknown, samples: number, batch: number): number {
  collectGarbage();
  for (let i = 0; i < Math.min(samples, 5) * batch; i++) run();
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6 / batch);
  }
  return median(times);
}

/**
 * Median milliseconds for HyperFormula to recalculate one formula after a score
 * changes (setCellContents + reading the result), over the same criteria and
 * scores columns with blanks as truly empty cells; and, as its floor, the same
 * for a change to a cell no formula depends on.
 */
function engineRecalc(columns: Columns, formula: (rows: number) => string, samples: number): { recalc: number; floor: number } {
  const rows = columns.criteria.length;
  const engine = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", maxRows: 1_048_576 });
  const sheet = engine.getSheetId(engine.addSheet("质量兴市评价")) as number;
  const cells: (string | number | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const c = columns.criteria[r]?.[0];
    const s = columns.scores[r]?.[0];
    if (c === null && s === null) continue;
    cells[r] = [typeof c === "string" ? `'${c}` : (c as number | null), typeof s === "string" ? `'${s}` : (s as number | null)];
  }
  engine.setSheetContent(sheet, cells);
  engine.setCellContents({ sheet, row: 0, col: 3 }, `=${formula(rows)}`);
  const score = { sheet, row: HEADER_ROWS + OFFICIAL_RUBRIC.criteria.findIndex((c) => c.code === "3.6.2"), col: 1 };
  const unrelated = { sheet, row: 0, col: 5 };
  const time = (target: typeof score) => {
    collectGarbage();
    const times: number[] = [];
    for (let s = 0; s < samples + 3; s++) {
      const start = process.hrtime.bigint();
      engine.setCellContents(target, (s % 10) + 0.5);
      const value = engine.getCellValue({ sheet, row: 0, col: 3 });
      if (typeof value !== "number") throw new Error(`Engine gave ${JSON.stringify(value)} for ${formula(rows)}`);
      if (s >= 3) times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return median(times);
  };
  const result = { recalc: time(score), floor: time(unrelated) };
  engine.destroy();
  return result;
}

interface Case {
  readonly label: string;
  readonly rows: number;
  readonly blank: BlankCell;
  readonly samples: number;
  readonly batch: number;
  readonly engineSamples: number;
}

const CASES: readonly Case[] = [
  { label: "98-row table", rows: HEADER_ROWS + 98, blank: null, samples: 200, batch: 50, engineSamples: 200 },
  { label: "10,000 rows", rows: 10_000, blank: null, samples: 100, batch: 5, engineSamples: 50 },
  { label: "C:C, blanks null", rows: 1_048_576, blank: null, samples: 25, batch: 1, engineSamples: 3 },
  { label: "C:C, blanks 0", rows: 1_048_576, blank: 0, samples: 25, batch: 1, engineSamples: 0 },
  { label: 'C:C, blanks ""', rows: 1_048_576, blank: "", samples: 25, batch: 1, engineSamples: 0 },
];

registerQcityPlugin();
const fmt = (ms: number | undefined) => (ms === undefined ? "—" : ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

// The functions first, then the engine: the engine's own arrays would otherwise reshape what the functions were optimised for.
const direct = CASES.map((c) => {
  const columns = table(c.rows, c.blank);
  return {
    total: sectionTotal("3", columns.criteria, columns.scores),
    section: timePerCall(() => sectionTotal("3", columns.criteria, columns.scores), c.samples, c.batch),
    checked: timePerCall(() => check(columns.criteria, columns.scores, columns.evidence, columns.notes), c.samples, c.batch),
  };
});
const engine = CASES.map((c) => {
  if (c.engineSamples === 0) return undefined;
  const columns = table(c.rows, c.blank);
  sendBlankCellsAs(c.blank);
  return {
    sumif: engineRecalc(columns, (n) => `SUMIF(A1:A${n},"3.*",B1:B${n})`, c.engineSamples),
    qcity: engineRecalc(columns, (n) => `QCITY.SECTIONTOTAL("3",A1:A${n},B1:B${n})`, c.engineSamples),
  };
});

const rowsOut: string[][] = [
  ["data", "SECTIONTOTAL", "CHECK", "native SUMIF (HF recalc)", "QCITY.SECTIONTOTAL (HF recalc)", "HF change, no formula", "SECTIONTOTAL ÷ SUMIF"],
];
CASES.forEach((c, i) => {
  const d = direct[i]!;
  const e = engine[i];
  rowsOut.push([
    `${c.label} (${c.rows.toLocaleString("en-US")} rows; section 3 = ${d.total})`,
    fmt(d.section),
    fmt(d.checked),
    fmt(e?.sumif.recalc),
    fmt(e?.qcity.recalc),
    fmt(e?.sumif.floor),
    e === undefined ? "—" : (d.section / e.sumif.recalc).toFixed(3),
  ]);
});

const widths = rowsOut[0]!.map((_, i) => Math.max(...rowsOut.map((r) => [...(r[i] as string)].length)));
for (const row of rowsOut) console.log(row.map((cell, i) => cell.padEnd(widths[i] as number)).join(" | "));
console.log("\nMedian per call. HF recalc = setCellContents on one score + reading the formula cell; \"no formula\" is the same for an unrelated cell. Node", process.version);
