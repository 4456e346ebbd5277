import type { Rubric } from "../../rubric/types";
import { cellAddress } from "../../table/a1";
import type { LayoutCell, WorksheetLayout } from "../types";
import type { PanelSheetRef } from "./panelTypes";

/** What an assessor wrote on one criterion row: literal values, never formulas. */
export interface RowEntry {
  readonly score?: string | number | null;
  readonly evidence?: string | number | null;
  readonly note?: string | number | null;
}

/**
 * A rubric sheet's layout with an assessor's values copied in (scores,
 * 佐证材料, 扣分说明, by criterion code, and the 一票否决 answers by condition
 * code), under the sheet name `sheetName`.
 * Pure: returns a new layout; values are literal cells.
 */
export function fillRows(
  layout: WorksheetLayout,
  rubric: Rubric,
  entries: ReadonlyMap<string, RowEntry>,
  sheetName: string = layout.sheetName,
  vetoes: ReadonlyMap<string, string | number | null> = new Map(),
): WorksheetLayout {
  const { table } = layout;
  const cells = layout.cells.map((line) => [...line]);
  // The 一票否决 answers (是/否), one row per condition in rubric order, as the layout's veto block lists them.
  const answers = table.grade?.vetoAnswers;
  if (answers !== undefined) {
    rubric.veto.forEach((condition, i) => {
      const value = vetoes.get(condition.code);
      const line = cells[answers.top + i];
      if (line !== undefined && value !== undefined && value !== null && value !== "") line[answers.left] = value;
    });
  }
  rubric.criteria.forEach((criterion, i) => {
    const entry = entries.get(criterion.code);
    if (entry === undefined) return;
    const line = cells[table.firstCriterionRow + i] as LayoutCell[];
    const put = (col: number | undefined, value: string | number | null | undefined) => {
      if (col !== undefined && value !== undefined && value !== null && value !== "") line[col] = value;
    };
    put(table.columns.score, entry.score);
    put(table.columns.evidence, entry.evidence);
    put(table.columns.note, entry.note);
  });
  return { ...layout, sheetName, cells };
}

/** Where the summary finds an assessor's cells on a sheet laid out by `layout` (one row per rubric criterion, in order). */
export function layoutSheetRef(layout: WorksheetLayout, rubric: Rubric, name: string, sheetName: string = layout.sheetName): PanelSheetRef {
  const { table } = layout;
  const cellsOf = (col: number | undefined): Map<string, string> | undefined =>
    col === undefined ? undefined : new Map(rubric.criteria.map((c, i) => [c.code, cellAddress(table.firstCriterionRow + i, col)]));
  const scoreCells = cellsOf(table.columns.score) ?? new Map<string, string>();
  const noteCells = cellsOf(table.columns.note);
  const evidenceCells = cellsOf(table.columns.evidence);
  const answers = table.grade?.vetoAnswers;
  const vetoCells = answers && new Map(rubric.veto.map((v, i) => [v.code, cellAddress(answers.top + i, answers.left)]));
  return { name, sheetName, scoreCells, ...(noteCells && { noteCells }), ...(evidenceCells && { evidenceCells }), ...(vetoCells && { vetoCells }) };
}

/** A cell value as a literal to copy onto a sheet: numbers and text as they are, other values (dates, booleans) as text. */
export function literalCell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}
