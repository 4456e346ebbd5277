import { rectContains, rectsOverlap } from "../table/a1";
import type { DecimalValidation, PrintSetup, Rect } from "../layout/types";
import { WorkbookError } from "../ports/errors";
import type { SheetMarker } from "../table/marker";

/** What a cell shows: text, a number, a boolean, or nothing (null). */
export type CellValue = string | number | boolean | null;

/** The sides of one cell that carry a thin black border. */
export interface CellBorders {
  top: boolean;
  bottom: boolean;
  left: boolean;
  right: boolean;
}

/** A cell's format, kept per cell as Excel keeps it. */
export interface CellFormat {
  font: { name?: string; size?: number; bold?: boolean; underline?: boolean; color?: string };
  /** Solid fill, "#RRGGBB". */
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
  /** Excel number format; undefined is "General". */
  numberFormat?: string;
  /** Excel's default is locked (it matters once the sheet is protected). */
  locked: boolean;
  borders: CellBorders;
}

export interface MemoryCell {
  value: CellValue;
  /** "=SUM(G4:G101)", with its leading "="; undefined for a constant. */
  formula?: string;
  format: CellFormat;
}

/** A conditional format driven by a formula (Excel's "Custom" type) over one or more rectangles. */
export interface MemoryConditionalFormat {
  readonly id: string;
  readonly ranges: Rect[];
  /** With its leading "=", written for the top-left cell of the first range. */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
}

export const blankFormat = (): CellFormat => ({ font: {}, locked: true, borders: { top: false, bottom: false, left: false, right: false } });

/** A copy of a format that shares nothing with it. */
export const copyFormat = (format: CellFormat): CellFormat => ({ ...format, font: { ...format.font }, borders: { ...format.borders } });

const key = (row: number, col: number) => `${row},${col}`;

let nextFormatId = 1;

/**
 * One worksheet held in memory: cells (value, formula, format), merged areas,
 * column widths and row heights in points, data validation, conditional
 * formats, worksheet-scoped names, frozen panes and print setup. It follows
 * Excel's rules where they matter to the add-in: a write to a non-anchor cell
 * of a merged area is dropped, merged areas may not overlap, inserted columns
 * move everything right of them.
 */
export class MemorySheet {
  private cells = new Map<string, MemoryCell>();
  merges: Rect[] = [];
  /** Points, by 0-based column; columns not listed have Excel's default width. */
  readonly columnWidths = new Map<number, number>();
  /** Points, by 0-based row; rows not listed autofit. */
  readonly rowHeights = new Map<number, number>();
  validations: DecimalValidation[] = [];
  conditionalFormats: MemoryConditionalFormat[] = [];
  names: { readonly name: string; readonly rect: Rect }[] = [];
  freeze = { rows: 0, columns: 0 };
  print: PrintSetup | undefined;
  /** What the sheet says it is (Excel keeps it in the worksheet-scoped name QCITY_SHEET); undefined on a sheet the add-in did not write. */
  marker: SheetMarker | undefined;
  /** Charts added to the sheet: a clustered column chart of `values`, labelled by `labels`, over the cells of `anchor`. */
  charts: { readonly type: "ColumnClustered"; readonly values: Rect; readonly labels: Rect; readonly anchor: Rect; readonly title: string }[] = [];
  /** As Excel.SheetVisibility: a VeryHidden sheet is not listed by Excel's Unhide dialog. */
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";

  constructor(public name: string) {}

  /** Empties every cell, values and formats, and unmerges them (Excel's range.clear() on the whole sheet). */
  clear(): void {
    this.cells.clear();
    this.merges = [];
  }

  /** The cell at a 0-based position (a blank one when nothing was written there). */
  cell(row: number, col: number): Readonly<MemoryCell> {
    return this.cells.get(key(row, col)) ?? { value: null, format: blankFormat() };
  }

  /** Every cell that holds a value, a formula or a format, in no particular order. */
  *entries(): Generator<{ row: number; col: number; cell: Readonly<MemoryCell> }> {
    for (const [at, cell] of this.cells) {
      const [row = 0, col = 0] = at.split(",").map(Number);
      yield { row, col, cell };
    }
  }

  /** The merged area whose non-anchor cells include this one, if any. */
  private coveringMerge(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
  }

  /** Sets a cell's content; dropped on a non-anchor cell of a merged area, as Excel does. */
  setContent(row: number, col: number, value: CellValue, formula?: string): void {
    if (this.coveringMerge(row, col) !== undefined) return;
    const cell = this.editable(row, col);
    cell.value = value;
    if (formula === undefined) delete cell.formula;
    else cell.formula = formula;
  }

  /** Changes a cell's format in place. */
  setFormat(row: number, col: number, change: (format: CellFormat) => void): void {
    change(this.editable(row, col).format);
  }

  private editable(row: number, col: number): MemoryCell {
    const at = key(row, col);
    let cell = this.cells.get(at);
    if (cell === undefined) {
      cell = { value: null, format: blankFormat() };
      this.cells.set(at, cell);
    }
    return cell;
  }

  /** Merges an area; throws InvalidArgument when it overlaps an existing merged area (other than itself). */
  merge(area: Rect): void {
    if (area.top === area.bottom && area.left === area.right) return;
    if (this.merges.some((m) => rectsOverlap(m, area) && !(rectContains(m, area) && rectContains(area, m)))) {
      throw new WorkbookError("InvalidArgument", `Cannot merge ${JSON.stringify(area)}: it overlaps a merged area`);
    }
    if (!this.merges.some((m) => rectContains(m, area) && rectContains(area, m))) this.merges.push(area);
  }

  addConditionalFormat(format: Omit<MemoryConditionalFormat, "id">): MemoryConditionalFormat {
    const added = { ...format, id: `{cf-${nextFormatId++}}` };
    this.conditionalFormats.push(added);
    return added;
  }

  /**
   * How far the sheet's values reach from A1: the last row and column (counted
   * from A1) holding a value or formula; a cell with only a format does not count.
   */
  usedExtent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const { row, col, cell } of this.entries()) {
      if (!hasContent(cell)) continue;
      rows = Math.max(rows, row + 1);
      cols = Math.max(cols, col + 1);
    }
    return { rows, cols };
  }

  /** Inserts `count` whole columns before column `at`: cells, merges, widths, validations, formats and names right of it move right. */
  insertColumns(at: number, count: number): void {
    const shift = (c: number) => (c >= at ? c + count : c);
    const shiftRect = (r: Rect): Rect => ({ top: r.top, bottom: r.bottom, left: shift(r.left), right: r.right >= at ? r.right + count : r.right });
    const moved = new Map<string, MemoryCell>();
    for (const { row, col, cell } of this.entries()) moved.set(key(row, shift(col)), cell as MemoryCell);
    this.cells = moved;
    this.merges = this.merges.map(shiftRect);
    const widths = [...this.columnWidths];
    this.columnWidths.clear();
    for (const [col, width] of widths) this.columnWidths.set(shift(col), width);
    this.validations = this.validations.map((v) => ({ ...v, rect: shiftRect(v.rect) }));
    this.conditionalFormats = this.conditionalFormats.map((f) => ({ ...f, ranges: f.ranges.map(shiftRect) }));
    this.names = this.names.map((n) => ({ ...n, rect: shiftRect(n.rect) }));
  }
}

/** True when a cell holds a value or a formula (not only a format). */
export function hasContent(cell: Readonly<MemoryCell>): boolean {
  return cell.formula !== undefined || (cell.value !== null && cell.value !== "");
}
