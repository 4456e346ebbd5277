import { columnLetters, rect, rectAddress } from "../table/a1";
import { readTable, type FoundTable } from "../table/readTable";
import type { SheetSnapshot } from "./snapshot";

/** Why a snapshot holds no table that can be checked. */
export type NoTable =
  /**
   * No header row with 评价准则 and 得分 among the cells read. `window`: the
   * block read (e.g. "A1:AN400") after a bounded read; `beyond`: the sheet has
   * values outside it, which were not read.
   */
  | { readonly kind: "no-header"; readonly window?: string; readonly beyond: boolean }
  /** The header row names a column more than once, e.g. 得分 in columns G and H: which one holds the scores is unknown. */
  | { readonly kind: "duplicate-titles"; readonly duplicates: readonly { readonly title: string; readonly columns: readonly string[] }[] }
  /**
   * Several assessors' score columns (得分（张三）, 得分（李四）) and no 得分
   * column: which one the totals and checks should read is unknown. `titles`:
   * those headers as written, `columns`: their worksheet letters.
   */
  | { readonly kind: "no-score-column"; readonly titles: readonly string[]; readonly columns: readonly string[] }
  /** The table reaches the edge of the block read (`rows`: the bottom, `cols`: the right) and the sheet goes on past it. */
  | { readonly kind: "cut-off"; readonly window: string; readonly rows: boolean; readonly cols: boolean };

export type TableSearch = { readonly table: FoundTable } | { readonly noTable: NoTable };

/** A table whose last row or column lies this close to the edge of the block read may go on past it. */
const EDGE_MARGIN = 3;

/**
 * The rubric table of a snapshot when it can be checked safely, or why not:
 * no header row, a header title that appears twice (columns in worksheet
 * letters), several assessors' score columns without a 得分 column, or, after a bounded read (`snapshot.bounds`), a table that runs to
 * the edge of the block read while the sheet goes on past it. Never a table
 * read in part or through the wrong column. `table`: the snapshot's table when
 * the caller has read it already.
 */
export function locateTable(snapshot: SheetSnapshot, table: FoundTable | undefined = readTable(snapshot.values, { merges: snapshot.merges ?? [] })): TableSearch {
  const origin = snapshot.origin ?? { row: 0, col: 0 };
  const { bounds } = snapshot;
  const window = bounds && rectAddress(rect(0, 0, bounds.window.rows - 1, bounds.window.cols - 1));
  if (table === undefined) {
    const beyond = bounds !== undefined && (bounds.used.rows > bounds.window.rows || bounds.used.cols > bounds.window.cols);
    return { noTable: { kind: "no-header", ...(window !== undefined && { window }), beyond } };
  }
  if (table.duplicateTitles !== undefined) {
    const duplicates = table.duplicateTitles.map((d) => ({ title: d.title, columns: d.cols.map((c) => columnLetters(c + origin.col)) }));
    return { noTable: { kind: "duplicate-titles", duplicates } };
  }
  if (table.columns.score === undefined) {
    const assessors = table.schema.filter((f) => f.column.role === "assessor-score");
    return { noTable: { kind: "no-score-column", titles: assessors.map((f) => f.title), columns: assessors.map((f) => columnLetters(f.col + origin.col)) } };
  }
  if (bounds !== undefined && window !== undefined) {
    const lastRow = origin.row + table.rows.reduce((last, r) => Math.max(last, r.row), table.headerRow);
    const rightCol = origin.col + Math.max(...Object.values(table.columns));
    const rows = bounds.used.rows > bounds.window.rows && lastRow >= bounds.window.rows - EDGE_MARGIN;
    const cols = bounds.used.cols > bounds.window.cols && rightCol >= bounds.window.cols - EDGE_MARGIN;
    if (rows || cols) return { noTable: { kind: "cut-off", window, rows, cols } };
  }
  return { table };
}

/** What the header search looked for over a workbook's sheets, when none has a header row: the block read, and whether values lay beyond it. */
export function workbookHeaderSearch(sheets: readonly { readonly snapshot: SheetSnapshot }[]): Extract<NoTable, { kind: "no-header" }> {
  const misses = sheets.map((s) => locateTable(s.snapshot)).flatMap((r) => ("noTable" in r && r.noTable.kind === "no-header" ? [r.noTable] : []));
  const window = misses.find((n) => n.window !== undefined)?.window;
  return { kind: "no-header", ...(window !== undefined && { window }), beyond: misses.some((n) => n.beyond) };
}
