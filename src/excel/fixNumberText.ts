import type { NumberTextFix } from "../scoring/planNumberTextFixes";
import type { NumberFixOutcome } from "../ports/checks";

/**
 * Converts the listed 得分 cells from number-like text to numbers, and no
 * other cell. A cell that no longer holds its listed text (edited since the
 * check) is left alone and counted as skipped. A cell formatted as Text ("@")
 * gets the General format, or Excel would keep the number as text. Two syncs.
 */
export async function fixNumberText(context: Excel.RequestContext, sheetName: string, fixes: readonly NumberTextFix[]): Promise<NumberFixOutcome> {
  if (fixes.length === 0) return { changed: 0, skipped: 0 };
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const cells = fixes.map((fix) => ({ fix, range: sheet.getRange(fix.address).load("values,numberFormat") }));
  await context.sync();

  let changed = 0;
  for (const { fix, range } of cells) {
    if (range.values[0]?.[0] !== fix.text) continue;
    if (range.numberFormat[0]?.[0] === "@") range.numberFormat = [["General"]];
    range.values = [[fix.value]];
    changed++;
  }
  if (changed > 0) await context.sync();
  return { changed, skipped: fixes.length - changed };
}
