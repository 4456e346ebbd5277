import { leadingCode } from "../rubric/codes";
import type { Rect } from "./a1";
import { foldText } from "./fold";
import type { Grid, GridValue } from "./grid";
import { LOCALES } from "./locale";
import { COLUMN_KINDS, type ColumnRole, type TableColumn } from "./schema";
import { SUMMARY_TOTAL_LABELS } from "./summaryLabels";
import { columnOfTitle } from "./titles";

/** A column of the table as found: its schema entry, its grid column and its header text as written. */
export interface FoundColumn {
  readonly column: TableColumn;
  /** 0-based grid column. */
  readonly col: number;
  /** The header cell's text, trimmed, e.g. "得分（分）". */
  readonly title: string;
}

/** One row of the table that carries a criterion code in its 评价准则 cell. */
export interface TableRow {
  /** 0-based row index in the grid. */
  readonly row: number;
  /** The code at the start of the 评价准则 cell, e.g. "3.6.2". */
  readonly code: string;
  readonly criterionText: string;
  readonly points: GridValue;
  /** The primary score column's cell (see FoundTable.columns.score). */
  readonly score: GridValue;
  /** undefined when the table has no 佐证材料 column. */
  readonly evidence: GridValue;
  /** undefined when the table has no 扣分说明 column. */
  readonly note: GridValue;
  /** The row's cell in each column of `FoundTable.schema`, in the same order (null for an empty cell). */
  readonly values: readonly GridValue[];
}

export interface FoundTable {
  /** 0-based row index of the header row in the grid. */
  readonly headerRow: number;
  /** Every column whose header title was recognised, left to right. */
  readonly schema: readonly FoundColumn[];
  /**
   * 0-based grid column of the first column of each role. `score` is the
   * primary score column, the one the checks and totals read: the plain 得分
   * column; without one, the only assessor's score column; without either, 自评得分.
   * It is absent when several assessors' columns stand without a 得分 column.
   */
  readonly columns: Partial<Record<ColumnRole, number>>;
  readonly rows: readonly TableRow[];
  /** The 总评分 value cell above the header, when there is one. */
  readonly grandTotal?: { readonly row: number; readonly col: number; readonly value: GridValue };
  /** The 得分 cells of the summary block below the table (per category, then 合计 with section ""), when there is one. */
  readonly summaryTotals?: readonly SummaryTotal[];
  /**
   * Columns named twice in the header row: the same role, and for an assessor's
   * score the same assessor (two plain 得分 columns, two 得分（张三）). Which one
   * holds the values is unknown: a table with duplicate titles cannot be checked safely.
   */
  readonly duplicateTitles?: readonly DuplicateTitle[];
  /** Score cells merged over several criterion rows: one score cannot be several criteria's scores. */
  readonly mergedScores?: readonly MergedScore[];
}

/** A merged area over the primary score column that spans more than one criterion row. */
export interface MergedScore {
  /** The merged area, in grid coordinates. */
  readonly rect: Rect;
  /** The criterion rows it spans (indices into FoundTable.rows), top to bottom. */
  readonly rows: readonly number[];
}

export interface ReadOptions {
  /** The grid's merged areas (grid coordinates), when the reader knows them. */
  readonly merges?: readonly Rect[];
}

/** A column title found more than once in the header row. */
export interface DuplicateTitle {
  readonly role: ColumnRole;
  /** For an assessor's score column, the assessor. */
  readonly assessor?: string;
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
 * Finds the rubric table in a grid by its header titles (评价准则 and a score
 * column are required; the others are mapped when present; see columnOfTitle
 * for the titles read), not by fixed addresses, so it survives moved and
 * inserted columns. Every row of the grid is searched for the header: the
 * readers bound the grid (see TABLE_WINDOW), not this function. Rows are the
 * rows below the header whose 评价准则 cell starts with a three-level code.
 * A title that appears twice in the header row is reported in `duplicateTitles`.
 * With `merges`, a 佐证材料 or 扣分说明 cell merged over several rows counts
 * for each of them, and a 得分 cell merged over several criteria is reported
 * in `mergedScores`. Returns undefined when no header row is found.
 */
export function readTable(grid: Grid, options: ReadOptions = {}): FoundTable | undefined {
  const headerRow = findHeaderRow(grid);
  if (headerRow === undefined) return undefined;
  const { schema, duplicateTitles } = mapColumns(grid[headerRow] ?? []);
  const columns = roleColumns(schema);
  const criterionCol = columns.criterion as number;
  const merges = options.merges ?? [];
  const anchorOf = mergedInputCells(merges, [columns.evidence, columns.note]);
  const cellAt = (r: number, c: number): GridValue => {
    const anchor = anchorOf.get(`${r},${c}`);
    return (anchor === undefined ? grid[r]?.[c] : grid[anchor.top]?.[anchor.left]) ?? null;
  };
  const rows: TableRow[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const cell = line[criterionCol];
    const text = typeof cell === "string" ? cell : typeof cell === "number" ? String(cell) : "";
    const code = leadingCode(text);
    if (code === undefined || code.split(".").length !== 3) continue;
    const at = (role: ColumnRole): GridValue => (columns[role] === undefined ? undefined : cellAt(r, columns[role] as number));
    rows.push({
      row: r,
      code,
      criterionText: text,
      points: at("points"),
      score: at("score"),
      evidence: at("evidence"),
      note: at("note"),
      values: schema.map((found) => cellAt(r, found.col)),
    });
  }
  const mergedScores = columns.score === undefined ? [] : scoreMerges(merges, columns.score, rows);
  const grandTotal = findGrandTotal(grid, headerRow);
  const lastRow = rows.length > 0 ? (rows[rows.length - 1] as TableRow).row : headerRow;
  const summaryTotals = findSummaryTotals(grid, lastRow);
  return {
    headerRow,
    schema,
    columns,
    rows,
    ...(grandTotal && { grandTotal }),
    ...(summaryTotals && { summaryTotals }),
    ...(duplicateTitles.length > 0 && { duplicateTitles }),
    ...(mergedScores.length > 0 && { mergedScores }),
  };
}

/** For each cell of the given columns that lies inside a merged area but is not its anchor: that area. */
function mergedInputCells(merges: readonly Rect[], cols: readonly (number | undefined)[]): Map<string, Rect> {
  const cells = new Map<string, Rect>();
  for (const m of merges) {
    for (const c of cols) {
      if (c === undefined || c < m.left || c > m.right) continue;
      for (let r = m.top; r <= m.bottom; r++) if (r !== m.top || c !== m.left) cells.set(`${r},${c}`, m);
    }
  }
  return cells;
}

/** The merged areas over the score column that span two criterion rows or more. */
function scoreMerges(merges: readonly Rect[], scoreCol: number, rows: readonly TableRow[]): MergedScore[] {
  return merges.flatMap((rect) => {
    if (scoreCol < rect.left || scoreCol > rect.right) return [];
    const spanned = rows.flatMap((row, i) => (row.row >= rect.top && row.row <= rect.bottom ? [i] : []));
    return spanned.length > 1 ? [{ rect, rows: spanned }] : [];
  });
}

/** Every assessor's score on a row, left to right: the assessor-score columns of the table. */
export function assessorScores(table: FoundTable, row: TableRow): { assessor: string; value: GridValue }[] {
  return table.schema.flatMap((found, i) =>
    found.column.role === "assessor-score" && found.column.assessor !== undefined ? [{ assessor: found.column.assessor, value: row.values[i] ?? null }] : [],
  );
}

/** The row with the most recognised columns among those with 评价准则 and a score column. */
function findHeaderRow(grid: Grid): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (let r = 0; r < grid.length; r++) {
    const { schema } = mapColumns(grid[r] ?? []);
    if (!schema.some((f) => f.column.role === "criterion") || !schema.some((f) => f.column.score)) continue;
    const count = new Set(schema.map(identity)).size;
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  return best;
}

/** What makes two header cells the same column: the role, and the assessor. */
function identity(found: FoundColumn): string {
  return found.column.assessor === undefined ? found.column.role : `${found.column.role}\u0000${foldText(found.column.assessor)}`;
}

/** The first column of each title in a row, and the titles that appear more than once. */
function mapColumns(line: readonly GridValue[]): { schema: FoundColumn[]; duplicateTitles: DuplicateTitle[] } {
  const schema: FoundColumn[] = [];
  const seen = new Map<string, FoundColumn[]>();
  line.forEach((value, col) => {
    const column = columnOfTitle(value);
    if (column === undefined) return;
    const found: FoundColumn = { column, col, title: String(value).trim() };
    const id = identity(found);
    const same = seen.get(id) ?? [];
    if (same.length === 0) schema.push(found);
    seen.set(id, [...same, found]);
  });
  const duplicateTitles = [...seen.values()]
    .filter((same) => same.length > 1)
    .map((same) => {
      const first = same[0] as FoundColumn;
      return {
        role: first.column.role,
        ...(first.column.assessor !== undefined && { assessor: first.column.assessor }),
        title: first.title,
        cols: same.map((f) => f.col),
      };
    })
    .sort((a, b) => (a.cols[0] as number) - (b.cols[0] as number));
  return { schema, duplicateTitles };
}

/** The grid column of the first column of each role; `score` is the primary score column. */
function roleColumns(schema: readonly FoundColumn[]): Partial<Record<ColumnRole, number>> {
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (const found of schema) if (columns[found.column.role] === undefined) columns[found.column.role] = found.col;
  if (columns.score === undefined) {
    const assessors = schema.filter((f) => f.column.role === "assessor-score");
    const primary = assessors.length === 1 ? assessors[0]?.col : assessors.length === 0 ? columns["self-score"] : undefined;
    if (primary !== undefined) columns.score = primary;
  }
  return columns;
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

function fold(value: GridValue): string | undefined {
  return typeof value === "string" ? foldText(value) : undefined;
}

const SUMMARY_SECTION_TITLES = new Set(LOCALES.map((l) => foldText(COLUMN_KINDS.category.titles[l])));
const SUMMARY_SCORE_TITLES = new Set(LOCALES.map((l) => foldText(COLUMN_KINDS.score.titles[l])));
const SUMMARY_TOTALS = new Set(LOCALES.map((l) => foldText(SUMMARY_TOTAL_LABELS[l])));

/**
 * The summary block below the table, found by its header (评价项目 … 得分),
 * not by address: the 得分 cell of each line labelled with a category
 * ("1领导重视") or 合计, down to the first line with another label.
 */
function findSummaryTotals(grid: Grid, afterRow: number): SummaryTotal[] | undefined {
  for (let r = afterRow + 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const labelCol = line.findIndex((v) => SUMMARY_SECTION_TITLES.has(fold(v) ?? ""));
    const scoreCol = line.findIndex((v, c) => c > labelCol && SUMMARY_SCORE_TITLES.has(fold(v) ?? ""));
    if (labelCol < 0 || scoreCol < 0) continue;
    const totals: SummaryTotal[] = [];
    for (let s = r + 1; s < grid.length; s++) {
      const label = grid[s]?.[labelCol];
      const code = typeof label === "string" ? leadingCode(label) : undefined;
      const section = code !== undefined && !code.includes(".") ? code : SUMMARY_TOTALS.has(fold(label) ?? "") ? "" : undefined;
      if (section === undefined) break;
      totals.push({ section, row: s, col: scoreCol, value: grid[s]?.[scoreCol] ?? null });
    }
    return totals;
  }
  return undefined;
}
