/**
 * Loads a worksheet description (src/layout/types.ts) into HyperFormula: cell
 * values as literal text and numbers, formulas as "=" + formula, and the
 * worksheet-scoped named ranges, so the sheet's formulas recalculate in a real
 * engine. Merges, styles and print setup do not affect values and are skipped.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { leadingCode } from "../../../src/rubric/codes";
import type { LayoutCell, Rect, WorksheetLayout } from "../../../src/layout/types";
import { registerQcityPlugin } from "./qcityPlugin";

export interface LoadedLayout {
  readonly engine: HyperFormula;
  readonly sheet: number;
  readonly layout: WorksheetLayout;
}

/** Column letters of a 0-based index: 0 → A, 27 → AB. */
function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function absoluteRange(sheetName: string, rect: Rect): string {
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  return `='${sheetName.replace(/'/g, "''")}'!${cell(rect.top, rect.left)}:${cell(rect.bottom, rect.right)}`;
}

/** A layout cell as HyperFormula content; the apostrophe keeps text as text ("3.6" stays a string, "=x" is not a formula). */
function content(cell: LayoutCell): RawCellContent {
  if (cell === null || typeof cell === "number") return cell;
  if (typeof cell === "string") return `'${cell}`;
  return `=${cell.formula}`;
}

/** A HyperFormula engine holding the layout's one worksheet, with the QCITY functions registered. */
export function loadLayout(layout: WorksheetLayout): LoadedLayout {
  registerQcityPlugin();
  const engine = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const sheetName = engine.addSheet(layout.sheetName);
  const sheet = engine.getSheetId(sheetName) as number;
  engine.batch(() => {
    for (const named of layout.names) engine.addNamedExpression(named.name, absoluteRange(sheetName, named.rect), sheet);
    engine.setSheetContent(
      sheet,
      layout.cells.map((row) => row.map(content)),
    );
  });
  return { engine, sheet, layout };
}

/** The sheet row of each criterion, by code, read from the layout's 评价准则 column. */
export function criterionRows(layout: WorksheetLayout): Map<string, number> {
  const col = layout.table.columns.criterion as number;
  const rows = new Map<string, number>();
  for (let r = layout.table.firstCriterionRow; r <= layout.table.lastCriterionRow; r++) {
    const text = layout.cells[r]?.[col];
    const code = typeof text === "string" ? leadingCode(text) : undefined;
    if (code !== undefined) rows.set(code, r);
  }
  return rows;
}

/** Writes scores into the 得分 cells by criterion code (null clears a cell), as one batch. */
export function setScores(loaded: LoadedLayout, scores: Readonly<Record<string, RawCellContent>>): void {
  const rows = criterionRows(loaded.layout);
  const col = loaded.layout.table.columns.score as number;
  loaded.engine.batch(() => {
    for (const [code, score] of Object.entries(scores)) {
      const row = rows.get(code);
      if (row === undefined) throw new Error(`No row for criterion ${code}`);
      loaded.engine.setCellContents({ sheet: loaded.sheet, row, col }, [[typeof score === "string" ? `'${score}` : score]]);
    }
  });
}

/** The computed value of a cell: a number, text, or "#VALUE!: message" for an error. */
export function valueAt(loaded: LoadedLayout, row: number, col: number): unknown {
  const value = loaded.engine.getCellValue({ sheet: loaded.sheet, row, col });
  return value instanceof DetailedCellError ? `${value.value}: ${value.message}` : value;
}

/** Every formula cell of the layout with its computed value, keyed by A1 address. */
export function formulaValues(loaded: LoadedLayout): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  loaded.layout.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== null && typeof cell === "object") values[`${columnLetters(c)}${r + 1}`] = valueAt(loaded, r, c);
    }),
  );
  return values;
}
