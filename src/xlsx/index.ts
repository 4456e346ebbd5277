export { writeWorkbook, workbookBuffer, workbookBufferOf } from "./writeWorkbook";
export { loadWorkbook, readWorkbookGrid, readWorkbookGrids, worksheetGrid, windowCells, gridValue, type WindowCells, type WorkbookSource } from "./readWorkbookGrid";
export { WorkbookReadError, type WorkbookReadErrorKind } from "./workbookReadError";
export { worksheetSnapshot, readWorkbookSnapshots } from "./readSnapshot";
