import type { LayoutOptions } from "../layout/types";
import { InsertCleanupError } from "../ports/errors";
import type { InsertResult, LayoutBuilder } from "../ports/workbookActions";
import type { Rubric } from "../rubric/types";
import { findCarriedSheet } from "../rubric/carried";
import { applyLayout } from "./applyLayout";
import { queueCarriedCells } from "./writeCarriedRubric";
import { sanitizeSheetName, uniqueSheetName } from "../layout/sheetName";

export interface InsertRequest {
  readonly rubric: Rubric;
  readonly build: LayoutBuilder;
  readonly options: LayoutOptions;
  /** The workbook's sheet names when the caller has read them in this batch (readWorkbookRubrics); else they are read here. */
  readonly sheetNames?: readonly string[];
  /** The carried sheet's new cells (carriedCellsWith), written in the same sync as the sheet. */
  readonly carry?: readonly (readonly string[])[] | undefined;
}

/**
 * Inserts the rubric as a new worksheet and activates it. Existing sheets are
 * never overwritten or renamed: the layout's sheet name is sanitised and made
 * unique (质量兴市评价 → 质量兴市评价 (2)…, ignoring case).
 *
 * Costs two context.sync() calls however many rows the rubric has: one to read
 * the sheet names (none when `sheetNames` is given), one for the whole write,
 * the carried rubric sheet included. If the write fails, a third sync
 * removes the partly written new sheet (and a carried sheet it added) and the
 * original error is rethrown (e.g. OfficeExtension.Error with code
 * InvalidOperationInCellEditMode).
 */
export async function insertRubricSheet(context: Excel.RequestContext, request: InsertRequest): Promise<InsertResult> {
  const sheets = context.workbook.worksheets;
  let names = request.sheetNames;
  if (names === undefined) {
    sheets.load("items/name");
    await context.sync();
    names = sheets.items.map((sheet) => sheet.name);
  }

  const layout = request.build(request.rubric, request.options);
  const sheetName = uniqueSheetName(sanitizeSheetName(layout.sheetName), names);
  const sheet = sheets.add(sheetName);
  const carriedExists = findCarriedSheet(names.map((name) => ({ name }))) !== undefined;
  const added: Excel.Worksheet[] = [];
  try {
    applyLayout(context, sheet, layout);
    if (request.carry !== undefined) {
      const carried = queueCarriedCells(context, request.carry, carriedExists);
      if (!carriedExists) added.push(carried);
    }
    sheet.activate();
    await context.sync();
  } catch (error) {
    await removePartialSheet(context, sheet, sheetName, error, added);
    throw error;
  }
  return { sheetName, rowCount: layout.rowCount, columnCount: layout.columnCount };
}

/** Deletes a sheet whose write failed, and `also` (one more sync); InsertCleanupError when that fails too, with the write's error as cause. */
export async function removePartialSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, sheetName: string, error: unknown, also: readonly Excel.Worksheet[] = []): Promise<void> {
  sheet.delete();
  for (const other of also) {
    // Excel refuses to delete a very hidden sheet (InvalidOperation): it is made hidden first.
    other.visibility = "Hidden";
    other.delete();
  }
  try {
    await context.sync();
  } catch (cleanupError) {
    throw new InsertCleanupError(sheetName, error, cleanupError);
  }
}
