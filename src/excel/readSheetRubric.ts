import type { Rubric } from "../rubric/types";
import type { Locale } from "../table/locale";
import { needsCarriedRubrics, sheetRubric } from "../ports/sheetRubric";
import { readCarriedRubricValues } from "./carriedRubric";
import { carriedValuesOf, queueCarriedRubricRead } from "./queuedCarriedRubric";
import { readActiveSheet, type SheetRead } from "./readSheet";

/** The active sheet as read, with the rubric to read it with, or the message why it has none. */
export type SheetWithRubric = { readonly read: SheetRead } & ({ readonly rubric: Rubric } | { readonly message: string });

/**
 * Reads the active sheet (readActiveSheet) and the rubric it was built on:
 * its marker's, carried by the workbook or shipped, else `fallback` (see
 * sheetRubric). The carried rubric is read in the sheet's own sync; two syncs
 * more only when that sync had to be repeated and the carried rubric is needed.
 */
export async function readSheetWithRubric(context: Excel.RequestContext, fallback: Rubric, locale: Locale): Promise<SheetWithRubric> {
  const carriedRead = queueCarriedRubricRead(context);
  const read = await readActiveSheet(context);
  const markerId = read.snapshot.marker?.rubric;
  if (!needsCarriedRubrics(markerId, fallback)) return { read, rubric: fallback };
  const queued = carriedValuesOf(carriedRead);
  const carried = queued === "not-read" ? await readCarriedRubricValues(context) : queued;
  return { read, ...sheetRubric(markerId, carried, fallback, read.sheetName, locale) };
}

/** The workbook's rubric for a new sheet or a panel: its only carried rubric, else `fallback`. One or two syncs. */
export async function workbookRubric(context: Excel.RequestContext, fallback: Rubric, locale: Locale): Promise<Rubric> {
  const chosen = sheetRubric(undefined, await readCarriedRubricValues(context), fallback, "", locale);
  return "rubric" in chosen ? chosen.rubric : fallback;
}
