import { EVIDENCE_COLUMNS, OFFICIAL_COLUMNS } from "./headers";
import type { ColumnKey } from "./types";

/**
 * Column widths in Excel character units, chosen so that the table prints one
 * A4 landscape page wide. 评价项目 is wide enough for the longest province name
 * (新疆维吾尔自治区), which the 省/市 line writes above it.
 */
export const COLUMN_WIDTHS: Record<ColumnKey, number> = {
  category: 18,
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
