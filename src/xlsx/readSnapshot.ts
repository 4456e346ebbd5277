import type { SheetSnapshot } from "../scoring/snapshot";
import { loadWorkbook, sourceBytes, type WorkbookSource } from "./readWorkbookGrid";
import { readSheetMarkers } from "./sheetMarkers";
import { markedSnapshots, worksheetSnapshot } from "./worksheetCells";

export { worksheetSnapshot };

/**
 * Every worksheet of a workbook as a snapshot, in workbook order, each with its
 * marker when it has one. Throws WorkbookReadError as loadWorkbook does.
 */
export async function readWorkbookSnapshots(source: WorkbookSource): Promise<{ name: string; snapshot: SheetSnapshot }[]> {
  const bytes = await sourceBytes(source);
  const workbook = await loadWorkbook(source, bytes);
  return markedSnapshots(workbook, await readSheetMarkers(bytes));
}
