import { criterionLabel, type Rubric } from "../rubric";
import type { FoundTable } from "../layout/readTable";
import type { RowProblem } from "./findings";
import { parseScore } from "./parseScore";
import { hasFormula, type SheetSnapshot } from "./snapshot";

/** A problem with the grid cell (0-based, in snapshot coordinates) it belongs to. */
export interface PlacedProblem {
  readonly problem: RowProblem;
  readonly row: number;
  readonly col: number;
}

/** Criterion text folded for comparison: NFKC (full-width brackets), no spaces or line breaks. */
function foldText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/**
 * changed-rubric problems of a table against the official rubric: an unknown
 * code, a duplicated or missing criterion row, a 分值 or criterion text that
 * differs, and a total formula overwritten with a number (总评分, and the
 * summary block's 得分 cells when the sheet has one). Without a formulas grid
 * the totals are not judged. Rows whose code is unknown or duplicated are
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
    if (foldText(row.criterionText) !== foldText(criterionLabel(criterion))) {
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
    if (snapshot.formulas === undefined || hasFormula(snapshot, total.row, total.col) || parseScore(total.value).kind !== "number") continue;
    problems.push({ problem: { kind: "changed-rubric", detail: "total-overwritten", code: total.section, value: total.value }, row: total.row, col: total.col });
  }
  return problems;
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
