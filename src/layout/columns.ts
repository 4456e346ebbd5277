import { EVIDENCE_COLUMNS, OFFICIAL_COLUMNS } from "./headers";
import type { ColumnKey } from "./types";

/** Column widths in Excel character units, chosen so that the table prints one A4 landscape page wide. */
export const COLUMN_WIDTHS: Record<ColumnKey, number> = {
  category: 10,
  item: 22,
  criterion: 42,
  method: 10,
  points: 6,
  guidance: 14,
  score: 8,
  evidence: 18,
  note: 16,
};

/** The table's columns in order: the seven official ones, then 佐证材料 and 扣分说明 when asked for. */
export function tableColumns(evidenceColumns: boolean): ColumnKey[] {
  return evidenceColumns ? [...OFFICIAL_COLUMNS, ...EVIDENCE_COLUMNS] : [...OFFICIAL_COLUMNS];
}
