import type ExcelJS from "exceljs";

/**
 * ExcelJS's Workbook class, loaded without the package entry: the entry also
 * loads ExcelJS's streaming reader and writer (unzipper and friends), which
 * nearly doubles the start-up time of `qcity export` and are not used here.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const Workbook = require("exceljs/lib/doc/workbook") as typeof ExcelJS.Workbook;
