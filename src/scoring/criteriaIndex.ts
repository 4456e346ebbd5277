import { codeLevel, codeTextOfNumber, leadingCode } from "../rubric/codes";
import type { Rubric } from "../rubric/types";

/**
 * Lookups the QCITY custom functions need, built once per rubric so that no
 * function rescans the rubric per cell. Criteria are addressed by their
 * position in the official order; every category or item covers a contiguous
 * run of positions, so "lies in section 3.6" is two comparisons.
 */

/** A criteria cell with no leading code: a title, header or note row, skipped. */
export const NOT_A_CODE = -1;
/** A criteria cell whose code is a category or item (e.g. "1领导重视", or the number 3.1), not a criterion. */
export const NOT_A_CRITERION = -2;
/** A criteria cell with a three-level code the rubric does not have (e.g. "3.6.99"). */
export const UNKNOWN_CRITERION = -3;

/** A category, item or criterion, or the whole rubric, as a run of criterion positions. */
export interface Section {
  /** "" for the whole rubric. */
  readonly code: string;
  readonly first: number;
  readonly last: number;
  /** 分值 (cap), in points: the sum of its criteria. */
  readonly points: number;
}

export interface CriteriaIndex {
  readonly rubric: Rubric;
  /** Criterion code by position. */
  readonly codes: readonly string[];
  /** 分值 (cap) by position, in points. */
  readonly caps: Float64Array;
  /** Category position (0 = category "1") by criterion position. */
  readonly categoryOf: Uint8Array;
  readonly categoryCount: number;
  /** Every category, item and criterion by code. */
  readonly sections: ReadonlyMap<string, Section>;
  /** The whole rubric (code ""). */
  readonly whole: Section;
  /** Criteria cell text → position or one of the negative markers; filled as cells are met. */
  readonly cellCache: Map<string, number>;
}

/** Enough for every distinct criteria text of several sheets; cleared, not grown, beyond it. */
const CELL_CACHE_LIMIT = 8192;

export function buildCriteriaIndex(rubric: Rubric): CriteriaIndex {
  const count = rubric.criteria.length;
  const caps = new Float64Array(count);
  const categoryOf = new Uint8Array(count);
  const sections = new Map<string, Section>();
  rubric.criteria.forEach((criterion, position) => {
    caps[position] = criterion.points;
    categoryOf[position] = rubric.categories.findIndex((c) => c.code === criterion.categoryCode);
    sections.set(criterion.code, { code: criterion.code, first: position, last: position, points: criterion.points });
  });
  const span = (code: string, criteria: readonly { index: number }[], points: number): Section => ({
    code,
    first: criteria[0]?.index ?? 0,
    last: criteria[criteria.length - 1]?.index ?? -1,
    points,
  });
  for (const category of rubric.categories) sections.set(category.code, span(category.code, category.criteria, category.points));
  for (const item of rubric.items) sections.set(item.code, span(item.code, item.criteria, item.points));
  return {
    rubric,
    codes: rubric.criteria.map((c) => c.code),
    caps,
    categoryOf,
    categoryCount: rubric.categories.length,
    sections,
    whole: span("", rubric.criteria, rubric.totalPoints),
    cellCache: new Map(),
  };
}

/**
 * The criterion a criteria cell names: its position (≥ 0), or NOT_A_CODE,
 * NOT_A_CRITERION or UNKNOWN_CRITERION. The cell may hold a bare code
 * ("3.6.2"), the official text that starts with it ("3.6.2推动企业…"), also
 * typed with full-width digits ("１.１.１"), or a number (Excel turns a typed
 * 3.1 into one; 1.1e-7 is no code). The caller skips blank cells first.
 * Results are cached by cell text: a pure mapping, so the cache cannot go stale.
 */
export function resolveCriterionCell(index: CriteriaIndex, value: unknown): number {
  const text = typeof value === "string" ? value : typeof value === "number" ? codeTextOfNumber(value) : undefined;
  if (text === undefined) return NOT_A_CODE;
  const cached = index.cellCache.get(text);
  if (cached !== undefined) return cached;
  const resolved = resolveCode(index, leadingCode(text));
  if (index.cellCache.size >= CELL_CACHE_LIMIT) index.cellCache.clear();
  index.cellCache.set(text, resolved);
  return resolved;
}

function resolveCode(index: CriteriaIndex, code: string | undefined): number {
  if (code === undefined) return NOT_A_CODE;
  if (codeLevel(code) < 3) return NOT_A_CRITERION;
  const section = index.sections.get(code);
  return section === undefined ? UNKNOWN_CRITERION : section.first;
}

/** The code a criteria cell starts with, for messages; the cell text itself when it has none. */
export function codeOfCell(value: unknown): string {
  const text = String(value);
  return leadingCode(text) ?? text;
}

/** A cell a custom function receives as "nothing here": desktop Excel sends 0, Excel on the web null, some builds "". */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || value === 0 || value === "" || (typeof value === "string" && value.trim() === "");
}
