import type { Locale } from "../../table/locale";
import { parseScore } from "../parseScore";
import { invalidValue, ok, type FunctionResult } from "../result";
import { CONSENSUS_METHODS, consensus, type ConsensusMethod } from "./consensus";

/**
 * The pure side of QCITY.CONSENSUS and QCITY.SPREAD. Scores come as Excel
 * passes range arguments (rows of cell values), either
 * - one range, rows × experts: each row is one criterion, its cells the experts' scores; or
 * - several ranges of one shape (e.g. each expert's 得分 column): the cells at
 *   the same position are one criterion's scores.
 * The result is a column (one range) or the ranges' shape (several), one
 * value per criterion, "" where nobody scored. A blank cell (0, null or "",
 * as Excel passes blanks depending on the build) is not a score, so a score
 * of 0 is not counted either. Trailing rows without any score are not
 * returned, so whole columns (A:A) spill only the filled rows.
 * Errors (#VALUE!): an unknown method, ranges of different shapes, a score
 * that is text, a boolean or negative.
 */

type Matrix = readonly (readonly unknown[])[];

const METHOD_NAMES: Record<string, ConsensusMethod> = {
  mean: "mean",
  average: "mean",
  平均: "mean",
  trimmed: "trimmed",
  trimmean: "trimmed",
  去掉一个最高分和一个最低分后平均: "trimmed",
  去掉最高最低: "trimmed",
  median: "median",
  中位数: "median",
};

const TEXT = {
  "zh-CN": {
    badMethod: (v: unknown) => `汇总方法“${String(v)}”无效；请用 "mean"（平均）、"trimmed"（去掉一个最高分和一个最低分后平均）或 "median"（中位数）`,
    notARange: "得分应为单元格区域",
    noScores: "请给出至少一个得分区域",
    shape: (i: number, a: string, b: string) => `第 ${i} 个得分区域为 ${a}，与第 1 个（${b}）大小不同`,
    badScore: (v: string) => `得分 ${v} 不是有效分数；请填写不小于 0 的数字`,
  },
  "en-US": {
    badMethod: (v: unknown) => `Unknown method "${String(v)}"; use "mean", "trimmed" (drop one highest and one lowest) or "median"`,
    notARange: "Scores must be ranges of cells",
    noScores: "Give at least one range of scores",
    shape: (i: number, a: string, b: string) => `Scores range ${i} is ${a}, unlike range 1 (${b})`,
    badScore: (v: string) => `Score ${v} is not a valid score; enter a number of at least 0`,
  },
} as const;

/** The method a QCITY.CONSENSUS argument names, in English or Chinese, any case. */
export function parseMethod(value: unknown): ConsensusMethod | undefined {
  if (typeof value !== "string") return undefined;
  const key = value.trim().toLowerCase();
  return METHOD_NAMES[key] ?? (CONSENSUS_METHODS as readonly string[]).find((m) => m === key) as ConsensusMethod | undefined;
}

/** Excel's ranges are rectangular, so the first row stands for all (a whole column has 1,048,576). */
function isMatrix(value: unknown): value is Matrix {
  return Array.isArray(value) && (value.length === 0 || Array.isArray(value[0]));
}

function shapeText(m: Matrix): string {
  return `${m.length}×${m[0]?.length ?? 0}`;
}

/** One cell as a score: a number above 0, null for blank (0, null, "", spaces), or the error text for a bad value. */
function cellScore(value: unknown, locale: Locale): number | null | string {
  if (value === 0 || value === null || value === undefined) return null;
  if (typeof value === "number" && value > 0 && Number.isFinite(value)) return value;
  const parsed = parseScore(value);
  if (parsed.kind === "blank") return null;
  const shown = typeof value === "string" ? `"${value}"` : String(value);
  return TEXT[locale].badScore(shown);
}

/** Applies `f` to each criterion's scores; see the module comment for shapes, blanks and errors. */
function perCriterion<T>(ranges: readonly unknown[], locale: Locale, f: (scores: (number | null)[]) => T): FunctionResult<(T | "")[][]> {
  const text = TEXT[locale];
  if (ranges.length === 0) return invalidValue(text.noScores);
  if (!ranges.every(isMatrix)) return invalidValue(text.notARange);
  const matrices = ranges as Matrix[];
  const first = matrices[0] as Matrix;
  const rows = first.length;
  const cols = first[0]?.length ?? 0;
  for (let i = 1; i < matrices.length; i++) {
    const m = matrices[i] as Matrix;
    if (m.length !== rows || (m[0]?.length ?? 0) !== cols) return invalidValue(text.shape(i + 1, shapeText(m), shapeText(first)));
  }
  const single = matrices.length === 1;
  const width = single ? 1 : cols;
  const count = single ? cols : matrices.length;
  const out: (T | "")[][] = [];
  const scores: (number | null)[] = new Array<number | null>(count);
  /** The cell of expert k for row r, column c. */
  const cellAt = single ? (r: number, _c: number, k: number) => (first[r] as readonly unknown[])[k] : (r: number, c: number, k: number) => ((matrices[k] as Matrix)[r] as readonly unknown[])[c];
  // The last row holding anything, found column by column from the bottom (a whole column is blank below its table).
  let lastRow = -1;
  for (let k = 0; k < matrices.length; k++) {
    const m = matrices[k] as Matrix;
    for (let r = rows - 1; r > lastRow; r--) {
      const line = m[r] as readonly unknown[];
      let filled = false;
      for (let c = 0; c < line.length; c++) {
        const v = line[c];
        if (v !== null && v !== 0 && v !== "" && v !== undefined) {
          filled = true;
          break;
        }
      }
      if (filled) {
        lastRow = r;
        break;
      }
    }
  }
  for (let r = 0; r <= lastRow; r++) {
    let line: (T | "")[] | undefined;
    for (let c = 0; c < width; c++) {
      // Fast path: most cells of a whole column are blank (null, 0 or "").
      let k = 0;
      for (; k < count; k++) {
        const v = cellAt(r, c, k);
        if (v !== null && v !== 0 && v !== "" && v !== undefined) break;
      }
      if (k === count) continue;
      let any = false;
      for (k = 0; k < count; k++) {
        const score = cellScore(cellAt(r, c, k), locale);
        if (typeof score === "string") return invalidValue(score);
        if (score !== null) any = true;
        scores[k] = score;
      }
      if (!any) continue;
      line ??= new Array<T | "">(width).fill("");
      line[c] = f(scores);
    }
    if (line === undefined) continue;
    // Rows with no score at all between filled ones stay as blank rows; trailing ones are left out (whole columns).
    while (out.length < r) out.push(new Array<T | "">(width).fill(""));
    out.push(line);
  }
  return ok(out.length > 0 ? out : [new Array<T | "">(width).fill("")]);
}

/** QCITY.CONSENSUS: the consolidated score of each criterion, in points, by `method` (see consensus()). */
export function consensusOfRanges(method: unknown, ranges: readonly unknown[], locale: Locale = "zh-CN"): FunctionResult<(number | "")[][]> {
  const parsed = parseMethod(method);
  if (parsed === undefined) return invalidValue(TEXT[locale].badMethod(method));
  return perCriterion(ranges, locale, (scores) => consensus(scores, parsed).value as number);
}

/** QCITY.SPREAD: each criterion's 极差 (highest minus lowest score), in points. */
export function spreadOfRanges(ranges: readonly unknown[], locale: Locale = "zh-CN"): FunctionResult<(number | "")[][]> {
  return perCriterion(ranges, locale, (scores) => consensus(scores, "mean").spread as number);
}
