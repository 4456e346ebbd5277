/**
 * Median time per call of QCITY.CONSENSUS (trimmed) and QCITY.SPREAD over
 * 98 criteria × 7 experts (seven ranges, one per expert, and one 98×7 range),
 * and over seven whole columns (1,048,576 rows each, 98 filled, blanks as null,
 * 0 and ""). Yardstick in the same process: the same consolidation computed by
 * a plain loop over the 98×7 numbers (sort each row, drop one highest and one
 * lowest). Target: whole columns ≤ 40 ms. Run: npm run bench -- bench/consensus.bench.ts
 */
import { consensus, spread } from "../src/functions/functions";
import { installCustomFunctionsStub } from "../test/functions/customFunctionsStub";

installCustomFunctionsStub();

const EXPERTS = 7;
const CRITERIA = 98;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] as number;
}

function timePerCall(run: () => unknown, samples: number, batch: number): number {
  for (let i = 0; i < 3 * batch; i++) run();
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6 / batch);
  }
  return median(times);
}

const score = (e: number, r: number) => ((e * 5 + r * 3) % 21) / 2;

/** One column per expert, `rows` tall, criteria from row 3; Excel sends each range serialised, so each is rebuilt from JSON. */
function columns(rows: number, blank: null | 0 | ""): unknown[][][] {
  return Array.from({ length: EXPERTS }, (_, e) => {
    const column: unknown[][] = Array.from({ length: rows }, () => [blank]);
    for (let r = 0; r < CRITERIA && r + 3 < rows; r++) column[r + 3] = [r % 11 === e ? blank : score(e, r)];
    return JSON.parse(JSON.stringify(column)) as unknown[][];
  });
}

const fmt = (ms: number) => (ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

const table = columns(CRITERIA + 3, null);
const rowsRange = [Array.from({ length: CRITERIA + 3 }, (_, r) => table.map((c) => (c[r] as unknown[])[0]))];
const numbers = Array.from({ length: CRITERIA }, (_, r) => Array.from({ length: EXPERTS }, (_, e) => score(e, r)));
const yardstick = timePerCall(() => numbers.map((row) => [...row].sort((a, b) => a - b).slice(1, -1).reduce((a, b) => a + b, 0) / (row.length - 2)), 200, 50);
console.log(`yardstick: plain loop, 98×7 trimmed mean: ${fmt(yardstick)}`);

const small = timePerCall(() => consensus("trimmed", table), 200, 50);
console.log(`CONSENSUS trimmed, 7 ranges of 101 rows: ${fmt(small)} (${(small / yardstick).toFixed(1)}× the yardstick)`);
const oneRange = timePerCall(() => consensus("trimmed", rowsRange), 200, 50);
console.log(`CONSENSUS trimmed, one 101×7 range: ${fmt(oneRange)} (${(oneRange / yardstick).toFixed(1)}×)`);
console.log(`SPREAD, 7 ranges of 101 rows: ${fmt(timePerCall(() => spread(table), 200, 50))}`);

for (const blank of [null, 0, ""] as const) {
  const whole = columns(1_048_576, blank);
  if (blank === null) {
    // The floor: reading every cell of the seven columns once, with nothing else done.
    const floor = timePerCall(() => {
      let filled = 0;
      for (const column of whole) for (const row of column) if (row[0] !== null) filled++;
      return filled;
    }, 15, 1);
    console.log(`yardstick: reading 7 whole columns once: ${fmt(floor)}`);
  }
  const ms = timePerCall(() => consensus("trimmed", whole), 15, 1);
  const label = blank === null ? "null" : blank === 0 ? "0" : '""';
  console.log(`CONSENSUS trimmed, 7 whole columns, blanks ${label}: ${fmt(ms)}; target ≤ 40 ms: ${ms <= 40 ? "met" : "NOT met"}`);
}
