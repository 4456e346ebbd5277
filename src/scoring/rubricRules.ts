import { criterionLabel, normaliseCodeText, type Rubric } from "../rubric";
import { foldText } from "../table/fold";
import type { FoundTable } from "../table/readTable";
import type { RowProblem } from "./findings";
import { formulaRefersToCells } from "./formulaRefs";
import { parseScore } from "./parseScore";
import { hasFormula, type SheetSnapshot } from "./snapshot";

/** A problem with the grid cell (0-based, in snapshot coordinates) it belongs to. */
export interface PlacedProblem {
  readonly problem: RowProblem;
  readonly row: number;
  readonly col: number;
}

/** Criterion text folded for comparison: "。" as "." in codes, then foldText (NFKC, no spaces or line breaks, lower case). */
function foldCriterionText(text: string): string {
  return foldText(normaliseCodeText(text));
}

/**
 * changed-rubric problems of a table against the official rubric: an unknown
 * code, a duplicated or missing criterion row, a 分值 or criterion text that
 * differs, and a total (总评分, and the summary block's 得分 cells when the
 * sheet has one) whose formula was overwritten by a value (number, text or
 * blank) or by a formula that refers to no cell (=1000). Without a formulas
 * grid only a text or blank total is flagged. Rows whose code is unknown or duplicated are
 * reported once each, at their 评价准则 cell.
 */
export function rubricProblems(table: FoundTable, snapshot: SheetSnapshot, rubric: Rubric): PlacedProblem[] {
  const problems: PlacedProblem[] = [];
  const criterionCol = table.columns.criterion as number;
  const pointsCol = table.columns.points;
  const firstRowOf = new Map<string, number>();

  for (const row of table.rows) {
    const at = (problem: RowProblem, col = criterionCol): void => void problems.push({ problem, row: row.row, col });
    const criterion = rubric.criterion(row.code);
    if (criterion === undefined) {
      at({ kind: "changed-rubric", detail: "unknown-code", code: row.code, value: row.criterionText });
      continue;
    }
    if (firstRowOf.has(row.code)) {
      at({ kind: "changed-rubric", detail: "duplicate-row", code: row.code, value: row.criterionText });
      continue;
    }
    firstRowOf.set(row.code, row.row);
    if (foldCriterionText(row.criterionText) !== foldCriterionText(criterionLabel(criterion))) {
      at({ kind: "changed-rubric", detail: "text", code: row.code, value: row.criterionText });
    }
    if (pointsCol !== undefined) {
      const points = parseScore(row.points);
      const same = (points.kind === "number" || points.kind === "number-like-text") && points.value === criterion.points;
      if (!same) at({ kind: "changed-rubric", detail: "points", code: row.code, value: row.points ?? "", cap: criterion.points }, pointsCol);
    }
  }

  problems.push(...missingRows(table, firstRowOf, rubric, criterionCol));

  const totals = [...(table.grandTotal ? [{ ...table.grandTotal, section: "" }] : []), ...(table.summaryTotals ?? [])];
  for (const total of totals) {
    const overwritten = overwrittenTotal(snapshot, total.row, total.col, total.value);
    if (overwritten === undefined) continue;
    const problem: RowProblem = { kind: "changed-rubric", detail: "total-overwritten", code: total.section, value: total.value, ...overwritten };
    problems.push({ problem, row: total.row, col: total.col });
  }
  return problems;
}

/** An error value a formula shows, e.g. "#NAME?" where the QCITY functions are not loaded. */
const ERROR_VALUE = /^#[A-Z0-9/_]+[!?]?$/;

/**
 * Whether a total cell no longer computes its total: {} when a value took the
 * formula's place (number, text, blank), { formula } when its formula refers
 * to no cell (=1000, ="998"); undefined when it is fine. Without a formulas
 * grid only a value no total formula gives (text other than an error value,
 * blank, TRUE/FALSE) gives it away; a number there may be the formula's result.
 */
function overwrittenTotal(snapshot: SheetSnapshot, row: number, col: number, value: unknown): { formula?: string } | undefined {
  if (snapshot.formulas === undefined) {
    const kind = parseScore(value).kind;
    if (kind === "number" || kind === "date") return undefined; // a date: a number result in a date-formatted cell
    return typeof value === "string" && ERROR_VALUE.test(value.trim()) ? undefined : {};
  }
  if (!hasFormula(snapshot, row, col)) return {};
  const formula = snapshot.formulas[row]?.[col] as string;
  return formulaRefersToCells(formula) ? undefined : { formula };
}

/** Each official criterion with no row, placed at the row of the next criterion present (where the row belongs). */
function missingRows(table: FoundTable, firstRowOf: ReadonlyMap<string, number>, rubric: Rubric, criterionCol: number): PlacedProblem[] {
  const problems: PlacedProblem[] = [];
  const lastRow = table.rows.length > 0 ? Math.max(...table.rows.map((r) => r.row)) : table.headerRow;
  let nextPresent = lastRow + 1;
  for (let i = rubric.criteria.length - 1; i >= 0; i--) {
    const criterion = rubric.criteria[i]!;
    const row = firstRowOf.get(criterion.code);
    if (row !== undefined) {
      nextPresent = row;
      continue;
    }
    problems.push({ problem: { kind: "changed-rubric", detail: "missing-row", code: criterion.code, cap: criterion.points }, row: nextPresent, col: criterionCol });
  }
  return problems.reverse();
}
