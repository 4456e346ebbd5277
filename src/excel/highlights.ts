import type { HighlightRule } from "../scoring/highlights";
import { queueCustomFormat } from "./conditionalFormat";
import type { ExistingHighlight } from "./readSheet";

/**
 * Queues the changes that make the sheet's highlights match `rules`: deletes
 * the add-in's own highlight conditional formats that are no longer wanted and
 * adds the missing ones, each over exactly its cells. An unchanged highlight is
 * left alone, so a recheck that finds the same problems writes nothing (and
 * cannot set off another change event). Returns the number of queued changes;
 * the caller syncs when it is above 0.
 */
export function queueHighlights(sheet: Excel.Worksheet, existing: readonly ExistingHighlight[], rules: readonly HighlightRule[]): number {
  const wanted = new Set(rules.map((r) => r.formula));
  const present = new Set(existing.map((h) => h.formula));
  let changes = 0;
  const formats = sheet.getRange().conditionalFormats;
  for (const old of existing) {
    if (wanted.has(old.formula)) continue;
    formats.getItem(old.id).delete();
    changes++;
  }
  for (const rule of rules) {
    if (present.has(rule.formula)) continue;
    queueCustomFormat(sheet.getRanges(rule.addresses.join(",")), rule);
    changes++;
  }
  return changes;
}
