import type ExcelJS from "exceljs";
import type { SheetSnapshot } from "../scoring/snapshot";
import { loadWorkbook, worksheetGrid, type WorkbookSource } from "./readWorkbookGrid";

/**
 * A worksheet as the checks read it: values (formula results as cached, dates
 * as JS Dates) and a formulas grid shaped like Office.js `formulas` ("=…" in a
 * formula cell, shared formulas resolved; the value elsewhere) and number
 * formats (so a date format ExcelJS does not know still marks a date), from A1.
 */
export function worksheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values = worksheetGrid(ws);
  const formulas: unknown[][] = [];
  const numberFormats: unknown[][] = [];
  values.forEach((line, r) => {
    const row = ws.getRow(r + 1);
    const cells = line.map((_, c) => row.getCell(c + 1));
    formulas.push(
      cells.map((cell, c) => {
        const formula = cell.master === cell ? cell.formula : undefined;
        return typeof formula === "string" && formula !== "" ? `=${formula}` : line[c];
      }),
    );
    numberFormats.push(cells.map((cell) => cell.numFmt ?? "General"));
  });
  return { values, formulas, numberFormats, origin: { row: 0, col: 0 } };
}

/** Every worksheet of a workbook as a snapshot, in workbook order. Throws WorkbookReadError as loadWorkbook does. */
export async function readWorkbookSnapshots(source: WorkbookSource): Promise<{ name: string; snapshot: SheetSnapshot }[]> {
  const workbook = await loadWorkbook(source);
  return workbook.worksheets.map((ws) => ({ name: ws.name, snapshot: worksheetSnapshot(ws) }));
}
