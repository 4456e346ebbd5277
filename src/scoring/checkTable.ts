import type { Rubric } from "../rubric/types";
import { MAX_COLUMN, cellAddress, rect, rectAddress } from "../table/a1";
import type { FoundTable, TableRow } from "../table/readTable";
import type { SheetMarker } from "../table/marker";
import { EVIDENCE_ROLES, type ColumnRole } from "../table/schema";
import { dateScore, isDateNumberFormat, readerDateToSerial } from "./dateFormat";
import { SEVERITY, type Finding, type FindingKind, type RowProblem } from "./findings";
import { locateTable, type NoTable, type TableSearch } from "./locateTable";
import { describeProblem } from "./messages";
import type { Locale } from "../table/locale";
import { vetoAnswer } from "./grade";
import { checkScoreRow } from "./rowRules";
import { rubricProblems, type PlacedProblem } from "./rubricRules";
import { summarizeScores, type ScoreSummary } from "./summary";
import { readVetoCells } from "./vetoCells";
import type { SheetSnapshot } from "./snapshot";

export interface CheckOptions {
  /** Language of the messages; default "zh-CN". */
  readonly locale?: Locale;
  /** The rubric the sheet was made from (its marker's, or the one the user names). */
  readonly rubric: Rubric;
}

export interface TableCheck {
  /** The table as found, in snapshot coordinates (add `origin` for worksheet rows/columns). */
  readonly table: FoundTable;
  readonly origin: { readonly row: number; readonly col: number };
  /** Every finding, in sheet order (top to bottom, left to right). */
  readonly findings: readonly Finding[];
  readonly summary: ScoreSummary;
  /** The sheet's marker, when it has one (see SheetSnapshot.marker). */
  readonly marker?: SheetMarker;
}

/** The column each row-rule kind points at. */
const CELL_OF_KIND: Partial<Record<FindingKind, ColumnRole>> = {
  "missing-evidence": "evidence",
  "missing-deduction-note": "note",
};

/** A sheet's check: the table's findings, or why there is no table to check. */
export type SheetCheck = { readonly ok: true; readonly check: TableCheck } | { readonly ok: false; readonly noTable: NoTable };

/**
 * Checks the rubric table in a worksheet snapshot: every 得分 cell against its
 * official 分值 (over-cap, negative, not-a-number including dates, booleans,
 * full-width digits and numbers stored as text; unscored), the 佐证材料 and
 * 扣分说明 cells (missing-evidence, missing-deduction-note, missing-evidence-column),
 * and the table against the official rubric (changed-rubric). Data validation is
 * never trusted: every value is checked. When there is no table that can be
 * checked safely (no header row with 评价准则 and 得分, a header title that
 * appears twice, a table cut off by a bounded read), says why (see
 * locateTable; describeNoTable words it). `search`: locateTable's answer when
 * the caller has it already (rankRubricSheets).
 */
export function checkSheet(snapshot: SheetSnapshot, options: CheckOptions, search: TableSearch = locateTable(snapshot)): SheetCheck {
  if ("noTable" in search) return { ok: false, noTable: search.noTable };
  return { ok: true, check: checkFoundTable(search.table, snapshot, options) };
}

/** checkSheet's findings, or undefined when the snapshot holds no table that can be checked. */
export function checkTable(snapshot: SheetSnapshot, options: CheckOptions): TableCheck | undefined {
  const result = checkSheet(snapshot, options);
  return result.ok ? result.check : undefined;
}

function checkFoundTable(found: FoundTable, snapshot: SheetSnapshot, options: CheckOptions): TableCheck {
  const rubric = options.rubric;
  const origin = snapshot.origin ?? { row: 0, col: 0 };
  const table: FoundTable = { ...found, rows: found.rows.map((row) => withDates(row, found, snapshot)) };

  const placed: PlacedProblem[] = [...missingColumns(table), ...rubricProblems(table, snapshot, rubric), ...mergedScoreProblems(table, origin)];
  // The cells a merged 得分 covers below its anchor are blank: the merged-score finding says why, not one unscored each.
  const coveredRows = new Set((table.mergedScores ?? []).flatMap((m) => m.rows.slice(1)));
  table.rows.forEach((row, i) => {
    const criterion = rubric.criterion(row.code);
    if (criterion === undefined) return;
    const problems = checkScoreRow(
      { code: row.code, cap: criterion.points, score: row.score, evidence: row.evidence, note: row.note, optional: criterion.optional },
      { reportUnscored: !coveredRows.has(i), zeroMeansBlank: false },
    );
    for (const problem of problems) {
      const col = table.columns[CELL_OF_KIND[problem.kind] ?? "score"] as number;
      placed.push({ problem, row: row.row, col });
    }
  });

  placed.push(...vetoProblems(table, snapshot, rubric));

  const locale = options.locale ?? "zh-CN";
  const findings = placed
    // A column to add at the sheet's right edge is reported on the last column.
    .map(({ problem, row, col }) => toFinding(problem, row + origin.row, Math.min(col + origin.col, MAX_COLUMN), locale))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { table, origin, findings, summary: summarizeScores(table.rows, rubric), ...(snapshot.marker && { marker: snapshot.marker }) };
}

/**
 * veto-unanswered problems: each 一票否决 condition of the rubric whose 是/否
 * cell below the table (see readVetoCells) is empty. A condition whose row is
 * not on the sheet is not looked for.
 */
function vetoProblems(table: FoundTable, snapshot: SheetSnapshot, rubric: Rubric): PlacedProblem[] {
  return readVetoCells(table, snapshot.values, rubric)
    .filter((cell) => vetoAnswer(cell.value) === "blank")
    .map((cell) => ({ problem: { kind: "veto-unanswered", code: cell.code }, row: cell.row, col: cell.col }));
}

function toFinding(problem: RowProblem, row: number, col: number, locale: Locale): Finding {
  return {
    kind: problem.kind,
    severity: SEVERITY[problem.kind],
    code: problem.code,
    address: cellAddress(row, col),
    row,
    col,
    message: describeProblem(problem, locale),
    problem,
  };
}

/**
 * A number in a date-formatted 得分 cell is the date Excel made of what was
 * typed; it is reported as the date Excel shows, as is a Date a .xlsx reader made.
 */
function withDates(row: TableRow, table: FoundTable, snapshot: SheetSnapshot): TableRow {
  if (row.score instanceof Date) return Number.isNaN(row.score.getTime()) ? row : { ...row, score: dateScore(readerDateToSerial(row.score)) };
  const scoreCol = table.columns.score as number;
  const format = snapshot.numberFormats?.[row.row]?.[scoreCol];
  return typeof row.score === "number" && isDateNumberFormat(format) ? { ...row, score: dateScore(row.score) } : row;
}

/** One merged-score finding per 得分 cell merged over several criteria, at the merged area's anchor. */
function mergedScoreProblems(table: FoundTable, origin: { row: number; col: number }): PlacedProblem[] {
  return (table.mergedScores ?? []).map(({ rect: area, rows }) => {
    const codes = rows.map((i) => (table.rows[i] as TableRow).code);
    const address = rectAddress(rect(area.top + origin.row, area.left + origin.col, area.bottom + origin.row, area.right + origin.col));
    return { problem: { kind: "merged-score", code: codes[0] as string, merged: { codes, address } }, row: area.top, col: table.columns.score as number };
  });
}

/** The rightmost column the table's headers occupy. */
export function tableRightColumn(table: FoundTable): number {
  return Math.max(...Object.values(table.columns));
}

/** One finding per absent 佐证材料/扣分说明 column, at the header cell where the column would be added. */
function missingColumns(table: FoundTable): PlacedProblem[] {
  const missing = EVIDENCE_ROLES.filter((key) => table.columns[key] === undefined);
  const right = tableRightColumn(table);
  return missing.map((column, i) => ({
    problem: { kind: "missing-evidence-column", code: "", column },
    row: table.headerRow,
    col: right + 1 + i,
  }));
}
