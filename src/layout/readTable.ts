import { leadingCode } from "../rubric/codes";
import { columnKeyOfTitle } from "./headers";
import { SHEET_TEXT } from "./sheetText";
import type { ColumnKey } from "./types";

/** A cell value as read back from Excel (Office.js `values`) or from a .xlsx (ExcelJS). */
export type GridValue = string | number | boolean | Date | null | undefined;

/** A block of cell values, row-major; rows may differ in length. */
export type Grid = readonly (readonly GridValue[])[];

/** One row of the table that carries a criterion code in its 评价准则 cell. */
export interface TableRow {
  /** 0-based row index in the grid. */
  readonly row: number;
  /** The code at the start of the 评价准则 cell, e.g. "3.6.2". */
  readonly code: string;
  readonly criterionText: string;
  readonly points: GridValue;
  readonly score: GridValue;
  /** undefined when the table has no 佐证材料 column. */
  readonly evidence: GridValue;
  /** undefined when the table has no 扣分说明 column. */
  readonly note: GridValue;
}

export interface FoundTable {
  /** 0-based row index of the header row in the grid. */
  readonly headerRow: number;
  /** 0-based column index of each column found by its title. */
  readonly columns: Partial<Record<ColumnKey, number>>;
  readonly rows: readonly TableRow[];
  /** The 总评分 value cell above the header, when there is one. */
  readonly grandTotal?: { readonly row: number; readonly col: number; readonly value: GridValue };
  /** The 得分 cells of the summary block below the table (per category, then 合计 with section ""), when there is one. */
  readonly summaryTotals?: readonly SummaryTotal[];
  /**
   * Columns whose title appears more than once in the header row, e.g. two 得分
   * columns. `columns` then holds the first of each, which may be the wrong one:
   * a table with duplicate titles cannot be checked safely.
   */
  readonly duplicateTitles?: readonly DuplicateTitle[];
}

/** A column title found more than once in the header row. */
export interface DuplicateTitle {
  readonly key: ColumnKey;
  /** The header cell text of the first one, as written, e.g. "得分（分）". */
  readonly title: string;
  /** 0-based grid columns of every header cell with this title, left to right. */
  readonly cols: readonly number[];
}

/** One score cell of the summary block. */
export interface SummaryTotal {
  /** Category code, e.g. "3"; "" for the 合计 line. */
  readonly section: string;
  readonly row: number;
  readonly col: number;
  readonly value: GridValue;
}

/**
 * Finds the rubric table in a grid by its header titles (评价准则 and 得分 are
 * required; the others are mapped when present; a trailing unit such as
 * "得分（分）" is allowed), not by fixed addresses, so it survives moved and
 * inserted columns. Every row of the grid is searched for the header: the
 * readers bound the grid (see TABLE_WINDOW), not this function. Rows are the
 * rows below the header whose 评价准则 cell starts with a code. A title that
 * appears twice in the header row is reported in `duplicateTitles`. Returns
 * undefined when no header row is found.
 */
export function readTable(grid: Grid): FoundTable | undefined {
  const headerRow = findHeaderRow(grid);
  if (headerRow === undefined) return undefined;
  const { columns, duplicateTitles } = mapColumns(grid[headerRow] ?? []);
  const criterionCol = columns.criterion as number;
  const rows: TableRow[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const cell = line[criterionCol];
    const text = typeof cell === "string" ? cell : typeof cell === "number" ? String(cell) : "";
    const code = leadingCode(text);
    if (code === undefined || code.split(".").length !== 3) continue;
    const at = (key: ColumnKey): GridValue => (columns[key] === undefined ? undefined : (line[columns[key] as number] ?? null));
    rows.push({
      row: r,
      code,
      criterionText: text,
      points: at("points"),
      score: at("score"),
      evidence: at("evidence"),
      note: at("note"),
    });
  }
  const grandTotal = findGrandTotal(grid, headerRow);
  const lastRow = rows.length > 0 ? (rows[rows.length - 1] as TableRow).row : headerRow;
  const summaryTotals = findSummaryTotals(grid, lastRow);
  return {
    headerRow,
    columns,
    rows,
    ...(grandTotal && { grandTotal }),
    ...(summaryTotals && { summaryTotals }),
    ...(duplicateTitles.length > 0 && { duplicateTitles }),
  };
}

function findHeaderRow(grid: Grid): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (let r = 0; r < grid.length; r++) {
    const { columns } = mapColumns(grid[r] ?? []);
    if (columns.criterion === undefined || columns.score === undefined) continue;
    const count = Object.keys(columns).length;
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  return best;
}

/** The first column of each title in a row, and the titles that appear more than once. */
function mapColumns(line: readonly GridValue[]): { columns: Partial<Record<ColumnKey, number>>; duplicateTitles: DuplicateTitle[] } {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const seen = new Map<ColumnKey, number[]>();
  line.forEach((value, col) => {
    const key = columnKeyOfTitle(value);
    if (key === undefined) return;
    if (columns[key] === undefined) columns[key] = col;
    seen.set(key, [...(seen.get(key) ?? []), col]);
  });
  const duplicateTitles = [...seen]
    .filter(([, cols]) => cols.length > 1)
    .map(([key, cols]) => ({ key, title: String(line[cols[0] as number]).trim(), cols }))
    .sort((a, b) => (a.cols[0] as number) - (b.cols[0] as number));
  return { columns, duplicateTitles };
}

const GRAND_TOTAL_LABEL = /^(总评分|Totalscore)[:：]?$/i;

/** The value cell right of a "总评分：" label above the header row. */
function findGrandTotal(grid: Grid, headerRow: number): FoundTable["grandTotal"] {
  for (let r = 0; r < headerRow; r++) {
    const line = grid[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      const label = line[c];
      if (typeof label === "string" && GRAND_TOTAL_LABEL.test(label.replace(/\s+/g, ""))) {
        return { row: r, col: c + 1, value: line[c + 1] ?? null };
      }
    }
  }
  return undefined;
}

/** Text folded for matching labels: NFKC, no spaces, lower case. */
function fold(value: GridValue): string | undefined {
  return typeof value === "string" ? value.normalize("NFKC").replace(/\s+/g, "").toLowerCase() : undefined;
}

const SUMMARY_TEXT = Object.values(SHEET_TEXT);
const SUMMARY_SECTION_TITLES = new Set(SUMMARY_TEXT.map((t) => fold(t.summaryHeaders.section)));
const SUMMARY_SCORE_TITLES = new Set(SUMMARY_TEXT.map((t) => fold(t.summaryHeaders.score)));
const SUMMARY_TOTAL_LABELS = new Set(SUMMARY_TEXT.map((t) => fold(t.summaryTotal)));

/**
 * The summary block below the table, found by its header (评价项目 … 得分),
 * not by address: the 得分 cell of each line labelled with a category
 * ("1领导重视") or 合计, down to the first line with another label.
 */
function findSummaryTotals(grid: Grid, afterRow: number): SummaryTotal[] | undefined {
  for (let r = afterRow + 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const labelCol = line.findIndex((v) => SUMMARY_SECTION_TITLES.has(fold(v)));
    const scoreCol = line.findIndex((v, c) => c > labelCol && SUMMARY_SCORE_TITLES.has(fold(v)));
    if (labelCol < 0 || scoreCol < 0) continue;
    const totals: SummaryTotal[] = [];
    for (let s = r + 1; s < grid.length; s++) {
      const label = grid[s]?.[labelCol];
      const code = typeof label === "string" ? leadingCode(label) : undefined;
      const section = code !== undefined && !code.includes(".") ? code : SUMMARY_TOTAL_LABELS.has(fold(label)) ? "" : undefined;
      if (section === undefined) break;
      totals.push({ section, row: s, col: scoreCol, value: grid[s]?.[scoreCol] ?? null });
    }
    return totals;
  }
  return undefined;
}
