import ExcelJS from "exceljs";
import { applyLayout } from "../../src/excel/applyLayout";
import type { WorksheetLayout } from "../../src/layout/types";
import { addScopedNames } from "../../src/xlsx/scopedNames";
import { createExcelDouble } from "../excel/excelDouble";

/** What the task pane writes for one sheet, as the recording Office.js double saw it: the `formulas` grid and the scoped names. */
export interface RecordedSheet {
  readonly name: string;
  readonly formulas: readonly (readonly unknown[])[];
  /** Range names with their address; a name that refers to a formula (the sheet marker, ="…") with that formula. */
  readonly names: readonly ({ name: string; address: string } | { name: string; formula: string })[];
}

/** Applies each layout through applyLayout onto the recording double and returns what was written. */
export async function recordSheets(layouts: readonly WorksheetLayout[]): Promise<RecordedSheet[]> {
  const sheets: RecordedSheet[] = [];
  for (const layout of layouts) {
    const excel = createExcelDouble([]);
    const sheet = excel.context.workbook.worksheets.add(layout.sheetName);
    applyLayout(excel.context, sheet, layout);
    await excel.context.sync();
    const grid = excel.log.find((r) => r.kind === "set" && r.path === "formulas");
    if (grid === undefined) throw new Error(`No formulas were written for ${layout.sheetName}`);
    const names = excel.log
      .filter((r) => r.kind === "call" && r.path === "names.add")
      .map((r) => {
        const [name, reference] = r.value as [string, unknown];
        return typeof reference === "string" ? { name, formula: reference } : { name, address: excel.addressOf(reference) };
      });
    sheets.push({ name: layout.sheetName, formulas: grid.value as unknown[][], names });
  }
  return sheets;
}

/**
 * The recorded sheets as an .xlsx, as Excel would hold them: "=…" as formulas,
 * "'…" as text without the quote, numbers as numbers; scoped names kept.
 */
export async function recordedWorkbook(sheets: readonly RecordedSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  sheets.forEach((recorded, index) => {
    const ws = wb.addWorksheet(recorded.name);
    recorded.formulas.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell === null || cell === "") return;
        const target = ws.getCell(r + 1, c + 1);
        if (typeof cell === "string" && cell.startsWith("=")) target.value = { formula: cell.slice(1) } as ExcelJS.CellFormulaValue;
        else if (typeof cell === "string" && cell.startsWith("'")) target.value = cell.slice(1);
        else target.value = cell as ExcelJS.CellValue;
      }),
    );
    const quoted = `'${recorded.name.replace(/'/g, "''")}'`;
    addScopedNames(
      wb,
      index,
      recorded.names.map((n) => ({ name: n.name, ref: "formula" in n ? n.formula.replace(/^=/, "") : `${quoted}!${absolute(n.address)}` })),
    );
  });
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function absolute(address: string): string {
  return address
    .split(":")
    .map((cell) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}
