import type { Locale } from "../table/locale";
import { MAX_COLUMN, cellAddress, columnLetters, rect, rectAddress } from "../table/a1";
import { foldText } from "../table/fold";
import { COLUMN_KINDS, EVIDENCE_ROLES } from "../table/schema";
import { tableRightColumn, type TableCheck } from "./checkTable";
import type { SheetSnapshot } from "./snapshot";
import { isBlank } from "./rowRules";

export type EvidenceColumnsRefusal = "no-table" | "already-present" | "no-room";

export interface EvidenceColumnsPlan {
  readonly ok: true;
  /**
   * "write": the cells beside the table are empty, so only the header titles are written.
   * "insert": something sits beside the table, so whole columns are inserted first and it moves right.
   */
  readonly mode: "write" | "insert";
  /** The new columns, left to right, in worksheet coordinates (0-based). */
  readonly columns: readonly { readonly key: "evidence" | "note"; readonly title: string; readonly col: number; readonly headerAddress: string }[];
  /** The whole columns, e.g. "H:I". */
  readonly columnsAddress: string;
  /** The new columns from the header row to the last criterion row, e.g. "H4:I101". */
  readonly bodyAddress: string;
  /** The 得分 column over the same rows, whose formats the new columns copy. */
  readonly formatSourceAddress: string;
}

export type EvidenceColumnsDecision = EvidenceColumnsPlan | { readonly ok: false; readonly reason: EvidenceColumnsRefusal };

/**
 * Where to add the absent 佐证材料 and 扣分说明 columns: right beside the
 * table's rightmost column. Never overwrites: when any cell there (header row to
 * last criterion row) holds something, the plan inserts whole columns instead of
 * writing. Refuses when there is no table, both columns exist, or the sheet has
 * no columns left.
 */
export function planEvidenceColumns(check: TableCheck | undefined, snapshot: SheetSnapshot): EvidenceColumnsDecision {
  if (check === undefined) return { ok: false, reason: "no-table" };
  const { table, origin } = check;
  const missing = EVIDENCE_ROLES.filter((key) => table.columns[key] === undefined);
  if (missing.length === 0) return { ok: false, reason: "already-present" };

  const first = tableRightColumn(table) + 1; // snapshot column
  const last = first + missing.length - 1;
  const lastRow = Math.max(table.headerRow, ...table.rows.map((r) => r.row));
  // After a bounded read the sheet's values may reach past the cells read; inserted columns push them right.
  const lastUsedCol = snapshot.bounds
    ? snapshot.bounds.used.cols - 1
    : origin.col + Math.max(0, ...snapshot.values.map((line) => line.length)) - 1;
  const occupied = snapshot.values.slice(table.headerRow, lastRow + 1).some((line) => line.slice(first, last + 1).some((v) => !isBlank(v)));
  const mode = occupied ? "insert" : "write";
  if (origin.col + last > MAX_COLUMN || (mode === "insert" && lastUsedCol + missing.length > MAX_COLUMN)) {
    return { ok: false, reason: "no-room" };
  }

  const locale = headerLocale(check, snapshot);
  const top = origin.row + table.headerRow;
  const bottom = origin.row + lastRow;
  const left = origin.col + first;
  const right = origin.col + last;
  const scoreCol = origin.col + (table.columns.score as number);
  return {
    ok: true,
    mode,
    columns: missing.map((key, i) => ({ key, title: COLUMN_KINDS[key].titles[locale], col: left + i, headerAddress: cellAddress(top, left + i) })),
    columnsAddress: `${columnLetters(left)}:${columnLetters(right)}`,
    bodyAddress: rectAddress(rect(top, left, bottom, right)),
    formatSourceAddress: rectAddress(rect(top, scoreCol, bottom, scoreCol)),
  };
}

/** The language the table's own headers are written in. */
function headerLocale(check: TableCheck, snapshot: SheetSnapshot): Locale {
  const criterionTitle = snapshot.values[check.table.headerRow]?.[check.table.columns.criterion as number];
  const english = foldText(COLUMN_KINDS.criterion.titles["en-US"]);
  return typeof criterionTitle === "string" && foldText(criterionTitle) === english ? "en-US" : "zh-CN";
}
