import { queueHighlights } from "./highlights";
import { readActiveSheet } from "./readSheet";

/**
 * Removes the add-in's highlight conditional formats from the active sheet,
 * and nothing else: the user's own formats and conditional formats (and the
 * sheet's 佐证材料 highlight) stay. Two syncs: find them, delete them.
 * Returns how many were removed.
 */
export async function clearHighlights(context: Excel.RequestContext): Promise<number> {
  const read = await readActiveSheet(context);
  const removed = queueHighlights(read.sheet, read.highlights, []);
  if (removed > 0) await context.sync();
  return removed;
}
