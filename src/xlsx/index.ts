export { writeWorkbook, workbookBuffer } from "./writeWorkbook";
export { loadWorkbook, readWorkbookGrid, readWorkbookGrids, worksheetGrid, gridValue, type WorkbookSource } from "./readWorkbookGrid";
export { WorkbookReadError, type WorkbookReadErrorKind } from "./workbookReadError";
export { worksheetSnapshot, readWorkbookSnapshots } from "./readSnapshot";
