import type { Rubric } from "../rubric/types";
import type { GridValue } from "../table/grid";
import type { TableCheck } from "./checkTable";
import { readSheetPlace, type SheetPlace } from "./sheetPlace";
import { readSignOff, type SignOff } from "./signOff";
import type { SheetSnapshot } from "./snapshot";
import { vetoAnswers } from "./vetoCells";

/** What an assessor fills in around a rubric table: the 省/市 line, the 一票否决 answers and the sign-off line. */
export interface SheetFacts {
  readonly place: SheetPlace;
  /** The 是/否 cells by veto code; empty when the rubric has no veto or the block is not on the sheet. */
  readonly veto: ReadonlyMap<string, GridValue>;
  readonly signOff: SignOff;
}

/**
 * Reads the sheet's own facts around its checked table (snapshot
 * coordinates, as the check found the table): the 省/市 line above the
 * header, the veto block and the sign-off line below the criteria.
 */
export function readSheetFacts(snapshot: SheetSnapshot, check: TableCheck, rubric: Rubric): SheetFacts {
  const { table } = check;
  const lastRow = table.rows.reduce((last, row) => Math.max(last, row.row), table.headerRow);
  return {
    place: readSheetPlace(snapshot.values, table.headerRow),
    veto: vetoAnswers(table, snapshot.values, rubric),
    signOff: readSignOff(snapshot.values, lastRow + 1, snapshot.numberFormats),
  };
}
