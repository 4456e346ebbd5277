import type { Grid } from "../table/grid";
import type { Rect } from "../table/a1";
import type { SheetMarker } from "../table/marker";
import type { Extent } from "../table/window";

/** A worksheet's used range as read from Excel (Office.js) or from a .xlsx file. */
export interface SheetSnapshot {
  /** Cell values, row-major (Office.js `values`; dates may arrive as JS Dates from a .xlsx). */
  readonly values: Grid;
  /** Office.js `formulas`: "=…" in a formula cell, the value elsewhere. Without it an overwritten total cannot be seen. */
  readonly formulas?: readonly (readonly unknown[])[];
  /** Office.js `numberFormat`: a number in a date-formatted 得分 cell is a date Excel made of the typed score. */
  readonly numberFormats?: readonly (readonly unknown[])[];
  /** Worksheet position of values[0][0], 0-based; the used range may start at B2. Default { row: 0, col: 0 }. */
  readonly origin?: { readonly row: number; readonly col: number };
  /**
   * Set by a bounded read (see TABLE_WINDOW): the block read, from A1, and how
   * far the sheet's values reach (the last row and column of its used range,
   * counted from A1), which may be beyond that block. Without it the snapshot
   * holds the whole used range.
   */
  readonly bounds?: { readonly window: Extent; readonly used: Extent };
  /**
   * Merged areas among the cells read, in snapshot coordinates (like `values`),
   * when the reader knows them: a merged 佐证材料 cell then counts for every row
   * it spans. Without it, only a merge's anchor cell holds its value.
   */
  readonly merges?: readonly Rect[];
  /** The sheet's marker (src/table/marker.ts), when it has one: a sheet the add-in or the CLI wrote. */
  readonly marker?: SheetMarker;
}

/** True when the snapshot's formulas grid holds a formula at this grid cell. */
export function hasFormula(snapshot: SheetSnapshot, row: number, col: number): boolean {
  const cell = snapshot.formulas?.[row]?.[col];
  return typeof cell === "string" && cell.startsWith("=");
}
