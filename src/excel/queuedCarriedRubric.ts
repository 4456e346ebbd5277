import { CARRIED_RUBRIC_SHEET } from "../rubric/carried";

// Apart from carriedRubric.ts, which the functions load at start-up: these two are the task pane's only.
/** Queues the carried sheet's read with the caller's next sync (no sync here); read the answer with carriedValuesOf after that sync. */
export function queueCarriedRubricRead(context: Excel.RequestContext): Excel.Range {
  // On a null object, getUsedRangeOrNullObject gives a null object too: one batch serves both cases.
  const used = context.workbook.worksheets.getItemOrNullObject(CARRIED_RUBRIC_SHEET).getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  return used;
}

/**
 * After the sync that carried queueCarriedRubricRead's load: the carried
 * sheet's values from A1, undefined when the workbook carries no rubric, or
 * "not-read" when that sync did not load them (it failed, and the caller read
 * again without them).
 */
export function carriedValuesOf(used: Excel.Range): unknown[][] | undefined | "not-read" {
  try {
    if (used.isNullObject || used.rowIndex !== 0 || used.columnIndex !== 0) return undefined;
    return used.values;
  } catch {
    return "not-read";
  }
}
