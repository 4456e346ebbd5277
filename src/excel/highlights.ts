import type { HighlightRule } from "../scoring/highlights";
import { queueCustomFormat } from "./conditionalFormat";
import type { ExistingHighlight } from "./readSheet";

/**
 * Queues the changes that make the sheet's highlights match `rules`: deletes
 * the add-in's own highlight conditional formats that are no longer wanted and
 * adds the missing ones, each over exactly its cells. An unchanged highlight is
 * left alone, so a recheck that finds the same problems writes nothing (and
 * cannot set off another change event). A highlight over several runs of cells
 * is one conditional format per run, all with the rule's formula: a list of
 * ranges (getRanges("H5:H7,I9")) would need the list separator of the user's
 * locale on desktop (";" in some, office-js #1167, #1985). Returns the number
 * of queued changes; the caller syncs when it is above 0.
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
    for (const address of rule.addresses) {
      queueCustomFormat(sheet.getRange(address), rule);
      changes++;
    }
  }
  return changes;
}
