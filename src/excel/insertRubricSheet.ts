import type { LayoutOptions } from "../layout/types";
import { InsertCleanupError } from "../ports/errors";
import type { InsertResult, LayoutBuilder } from "../ports/workbookActions";
import type { Rubric } from "../rubric/types";
import { applyLayout } from "./applyLayout";
import { sanitizeSheetName, uniqueSheetName } from "../layout/sheetName";

export interface InsertRequest {
  readonly rubric: Rubric;
  readonly build: LayoutBuilder;
  readonly options: LayoutOptions;
}

/**
 * Inserts the rubric as a new worksheet and activates it. Existing sheets are
 * never overwritten or renamed: the layout's sheet name is sanitised and made
 * unique (质量兴市评价 → 质量兴市评价 (2)…, ignoring case).
 *
 * Costs two context.sync() calls however many rows the rubric has: one to read
 * the sheet names, one for the whole write. If the write fails, a third sync
 * removes the partly written new sheet and the original error is rethrown
 * (e.g. OfficeExtension.Error with code InvalidOperationInCellEditMode).
 */
export async function insertRubricSheet(context: Excel.RequestContext, request: InsertRequest): Promise<InsertResult> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();

  const layout = request.build(request.rubric, request.options);
  const sheetName = uniqueSheetName(
    sanitizeSheetName(layout.sheetName),
    sheets.items.map((sheet) => sheet.name),
  );
  const sheet = sheets.add(sheetName);
  try {
    applyLayout(context, sheet, layout);
    sheet.activate();
    await context.sync();
  } catch (error) {
    await removePartialSheet(context, sheet, sheetName, error);
    throw error;
  }
  return { sheetName, rowCount: layout.rowCount, columnCount: layout.columnCount };
}

/** Deletes a sheet whose write failed (one more sync); InsertCleanupError when that fails too, with the write's error as cause. */
export async function removePartialSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, sheetName: string, error: unknown): Promise<void> {
  sheet.delete();
  try {
    await context.sync();
  } catch (cleanupError) {
    throw new InsertCleanupError(sheetName, error, cleanupError);
  }
}
