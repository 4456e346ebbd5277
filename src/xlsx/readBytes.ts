import type { SheetSnapshot } from "../scoring/snapshot";
import { readSheetMarkers } from "./sheetMarkers";
import { WorkbookReadError } from "./workbookReadError";
import { markedSnapshots } from "./worksheetCells";

const ZIP = [0x50, 0x4b];

/**
 * The task pane's reader of a picked .xlsx: the same snapshots (cells inside
 * TABLE_WINDOW, markers) as the CLI's readWorkbookSnapshots, from the file's
 * bytes, with ExcelJS's browser build loaded on first use (import(), so the
 * pane's first load stays small). Throws WorkbookReadError `not-xlsx` or `corrupt`.
 */
export async function readSnapshotsFromBytes(bytes: Uint8Array): Promise<{ name: string; snapshot: SheetSnapshot }[]> {
  if (!ZIP.every((b, i) => bytes[i] === b)) throw new WorkbookReadError("not-xlsx", "该文件不是 .xlsx 工作簿。");
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as never);
  } catch (error) {
    throw new WorkbookReadError("corrupt", `该文件已损坏，无法读取：${(error as Error).message}`, { cause: error });
  }
  if (workbook.worksheets.length === 0) throw new WorkbookReadError("not-xlsx", "该文件不是 Excel 工作簿：其中没有工作表。");
  return markedSnapshots(workbook, await readSheetMarkers(bytes));
}
