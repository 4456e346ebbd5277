import type { Grid, GridValue } from "../../src/table/grid";
import type { WorksheetLayout } from "../../src/layout/types";

/** The layout's cells as a spreadsheet would show them before calculation: formulas read as null. */
export function layoutGrid(layout: WorksheetLayout): GridValue[][] {
  return layout.cells.map((line) => line.map((cell) => (cell !== null && typeof cell === "object" ? null : cell)));
}

/** A copy of `grid` with an empty column inserted before column `at`. */
export function insertColumn(grid: Grid, at: number, header?: string, headerRow?: number): GridValue[][] {
  return grid.map((line, r) => [...line.slice(0, at), r === headerRow ? (header ?? null) : null, ...line.slice(at)]);
}

/** A copy of `grid` with column `from` moved to position `to` (after removal). */
export function moveColumn(grid: Grid, from: number, to: number): GridValue[][] {
  return grid.map((line) => {
    const copy = [...line];
    const [cell] = copy.splice(from, 1);
    copy.splice(to, 0, cell ?? null);
    return copy;
  });
}

/** The layout's formulas grid as Office.js `formulas` gives it: "=…" in formula cells, the value elsewhere. */
export function layoutFormulas(layout: WorksheetLayout): unknown[][] {
  return layout.cells.map((line) => line.map((cell) => (cell !== null && typeof cell === "object" ? `=${cell.formula}` : (cell ?? ""))));
}
