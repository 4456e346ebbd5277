import type { Rubric } from "../rubric/types";
import type { SheetMarker } from "../table/marker";
import { readTable } from "../table/readTable";
import { locateTable, type TableSearch } from "./locateTable";
import type { SheetSnapshot } from "./snapshot";

/** A worksheet by name, as the readers give it. */
export interface NamedSnapshot {
  readonly name: string;
  readonly snapshot: SheetSnapshot;
}

/** A sheet that holds a rubric table's header, with what makes it a better or worse candidate. */
export interface RankedSheet extends NamedSnapshot {
  readonly marker?: SheetMarker;
  /** The table, or why it cannot be checked (a title twice, cut off…). */
  readonly search: TableSearch;
  /** How many of the rubric's criteria the table holds (each code once). */
  readonly criteria: number;
  /** A full rubric sheet: marked by the add-in or the CLI, or holding at least half the rubric's criteria. */
  readonly full: boolean;
  /** Position in the workbook, 0-based. */
  readonly index: number;
}

/**
 * The sheets that hold a rubric table's header row, best first: marked sheets
 * (written by the add-in or the CLI), then by how many of the rubric's criteria
 * they hold, then in workbook order. Sheets with no header row are left out.
 * A fragment such as a 扣分汇总 sheet with a few criteria, or a header with one
 * junk row, therefore ranks behind the full table wherever it stands.
 */
export function rankRubricSheets(sheets: readonly NamedSnapshot[], rubric: Rubric): RankedSheet[] {
  const ranked: RankedSheet[] = [];
  sheets.forEach(({ name, snapshot }, index) => {
    const table = readTable(snapshot.values, { merges: snapshot.merges ?? [] });
    if (table === undefined) return;
    const criteria = new Set(table.rows.filter((r) => rubric.criterion(r.code) !== undefined).map((r) => r.code)).size;
    const full = snapshot.marker !== undefined || criteria * 2 >= rubric.criteria.length;
    ranked.push({ name, snapshot, ...(snapshot.marker && { marker: snapshot.marker }), search: locateTable(snapshot, table), criteria, full, index });
  });
  return ranked.sort((a, b) => Number(b.marker !== undefined) - Number(a.marker !== undefined) || b.criteria - a.criteria || a.index - b.index);
}

/**
 * The sheets a whole-workbook check covers, among rankRubricSheets' answer, in
 * workbook order: every full rubric sheet (see RankedSheet.full), so a panel
 * workbook's assessors' sheets and summary are each checked; never a fragment
 * when a full sheet exists. Without a full sheet, the single best candidate;
 * none when no sheet has a header row.
 */
export function sheetsToCheck(ranked: readonly RankedSheet[]): RankedSheet[] {
  const full = ranked.filter((r) => r.full);
  return full.length > 0 ? [...full].sort((a, b) => a.index - b.index) : ranked.slice(0, 1);
}
