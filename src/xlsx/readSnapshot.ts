import type { SheetSnapshot } from "../scoring/snapshot";
import { loadWorkbook, type WorkbookSource } from "./readWorkbookGrid";
import { worksheetSnapshot } from "./worksheetCells";

export { worksheetSnapshot };

/** Every worksheet of a workbook as a snapshot, in workbook order. Throws WorkbookReadError as loadWorkbook does. */
export async function readWorkbookSnapshots(source: WorkbookSource): Promise<{ name: string; snapshot: SheetSnapshot }[]> {
  const workbook = await loadWorkbook(source);
  return workbook.worksheets.map((ws) => ({ name: ws.name, snapshot: worksheetSnapshot(ws) }));
}
