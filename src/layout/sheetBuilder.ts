import { rect as makeRect } from "../table/a1";
import { heightForLines, wrappedLines } from "./textHeight";
import type { CellStyle, LayoutCell, Rect } from "./types";

/** Collects cells, merges and styles while a layout is built; `rowHeights()` sizes rows to their text. Validation, conditional formats and names come from their own producers. */
export class SheetBuilder {
  readonly cells: LayoutCell[][];
  readonly merges: Rect[] = [];
  readonly styles: { rect: Rect; style: CellStyle }[] = [];
  private readonly texts: { rect: Rect; text: string; fontSize: number }[] = [];
  private readonly minHeights = new Map<number, number>();
  private readonly maxHeights = new Map<number, number>();

  constructor(
    readonly rowCount: number,
    readonly columnWidths: readonly number[],
  ) {
    this.cells = Array.from({ length: rowCount }, () => Array.from({ length: columnWidths.length }, (): LayoutCell => null));
  }

  get columnCount(): number {
    return this.columnWidths.length;
  }

  /** Writes `value` into the anchor (top-left) cell of `area` and merges the area when it spans more than one cell. */
  put(area: Rect, value: LayoutCell, fontSize?: number): void {
    const line = this.cells[area.top];
    if (line === undefined || area.left < 0 || area.right >= this.columnCount || area.bottom >= this.rowCount) {
      throw new RangeError(`Cell area outside the sheet: ${JSON.stringify(area)}`);
    }
    line[area.left] = value;
    if (area.bottom > area.top || area.right > area.left) this.merges.push(area);
    if (typeof value === "string" && fontSize !== undefined) this.texts.push({ rect: area, text: value, fontSize });
  }

  /** Writes a single cell. */
  set(row: number, col: number, value: LayoutCell, fontSize?: number): void {
    this.put(makeRect(row, col), value, fontSize);
  }

  style(area: Rect, style: CellStyle): void {
    this.styles.push({ rect: area, style });
  }

  /** A row is never lower than `height` points. */
  minHeight(row: number, height: number): void {
    this.minHeights.set(row, Math.max(height, this.minHeights.get(row) ?? 0));
  }

  /** A row is never taller than `height` points, whatever its text needs (wins over minHeight). */
  maxHeight(row: number, height: number): void {
    this.maxHeights.set(row, Math.min(height, this.maxHeights.get(row) ?? Infinity));
  }

  /**
   * Row heights that show every text written with a font size: single-row
   * cells first, then merged areas, whose missing height goes to their last
   * row; then each row's maxHeight cap.
   */
  rowHeights(): { row: number; height: number }[] {
    const heights = new Map(this.minHeights);
    const need = (t: { rect: Rect; text: string; fontSize: number }): number => {
      let width = 0;
      for (let c = t.rect.left; c <= t.rect.right; c++) width += this.columnWidths[c] ?? 0;
      return heightForLines(wrappedLines(t.text, width, t.fontSize), t.fontSize);
    };
    for (const t of this.texts.filter((x) => x.rect.top === x.rect.bottom)) {
      heights.set(t.rect.top, Math.max(need(t), heights.get(t.rect.top) ?? 0));
    }
    for (const t of this.texts.filter((x) => x.rect.top < x.rect.bottom)) {
      let have = 0;
      for (let r = t.rect.top; r <= t.rect.bottom; r++) have += heights.get(r) ?? 0;
      const missing = need(t) - have;
      if (missing > 0) heights.set(t.rect.bottom, (heights.get(t.rect.bottom) ?? 0) + missing);
    }
    for (const [row, cap] of this.maxHeights) if ((heights.get(row) ?? 0) > cap) heights.set(row, cap);
    return [...heights.entries()].filter(([, h]) => h > 0).sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
  }
}
