import type { Rubric } from "../rubric/types";
import type { FoundTable } from "../table/readTable";
import type { Grid, GridValue } from "../table/grid";

/** One 一票否决 condition's 是/否 cell as found on a sheet. */
export interface VetoCell {
  /** The condition's code, e.g. "V1". */
  readonly code: string;
  /** 0-based row and column of the 是/否 cell in `values`. */
  readonly row: number;
  readonly col: number;
  readonly value: GridValue;
}

/**
 * The 是/否 cells of the rubric's 一票否决 conditions on a sheet: below the
 * table, the row whose 评价项目 cell holds a condition's code (as the layout's
 * veto block writes it), its answer under 得分. The first row wins where a code
 * appears twice; a condition whose row is not on the sheet is left out.
 */
export function readVetoCells(table: FoundTable, values: Grid, rubric: Rubric): VetoCell[] {
  if (rubric.veto.length === 0) return [];
  const codeCol = table.columns.category;
  const answerCol = table.columns.score;
  if (codeCol === undefined || answerCol === undefined) return [];
  const codes = new Set(rubric.veto.map((v) => v.code));
  const after = table.rows.reduce((last, row) => Math.max(last, row.row), table.headerRow);
  const cells: VetoCell[] = [];
  for (let r = after + 1; r < values.length; r += 1) {
    const text = values[r]?.[codeCol];
    const code = typeof text === "string" ? text.trim() : "";
    if (!codes.has(code)) continue;
    codes.delete(code);
    cells.push({ code, row: r, col: answerCol, value: values[r]?.[answerCol] ?? null });
  }
  return cells;
}

/** readVetoCells as the map `assess` takes: veto code → its 是/否 cell's value. */
export function vetoAnswers(table: FoundTable, values: Grid, rubric: Rubric): Map<string, GridValue> {
  return new Map(readVetoCells(table, values, rubric).map((cell) => [cell.code, cell.value] as const));
}
