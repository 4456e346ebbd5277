import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { buildLayout } from "../../src/layout/buildLayout";
import type { LayoutOptions } from "../../src/layout/types";

import { workbookBuffer } from "../../src/xlsx/writeWorkbook";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

/** A folder of crafted workbooks for one test file. */
export function workbookFolder(): string {
  return mkdtempSync(join(tmpdir(), "qcity-check-"));
}

/**
 * The exported rubric sheet (as `qcity export` writes it), changed by `edit`
 * through ExcelJS as an assessor would in Excel, then saved to `folder/name`.
 * `edit` gets the sheet and the Excel row/column of each criterion's cells.
 */
export async function craftWorkbook(
  folder: string,
  name: string,
  edit: (ws: ExcelJS.Worksheet, at: CellFinder, wb: ExcelJS.Workbook) => void,
  options: LayoutOptions = {},
): Promise<string> {
  const layout = buildLayout(OFFICIAL_RUBRIC, options);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbookBuffer(layout)) as never);
  const ws = wb.worksheets[0]!;
  const cols = layout.table.columns;
  const at: CellFinder = (code, column) => {
    const criterion = OFFICIAL_RUBRIC.criterion(code);
    const col = cols[column];
    if (criterion === undefined || col === undefined) throw new Error(`No ${column} cell for ${code}`);
    return ws.getCell(layout.table.firstCriterionRow + criterion.index + 1, col + 1);
  };
  edit(ws, at, wb);
  const path = join(folder, name);
  await wb.xlsx.writeFile(path);
  return path;
}

export type CellFinder = (code: string, column: "score" | "evidence" | "note" | "points" | "criterion") => ExcelJS.Cell;

/** Every criterion at full marks with evidence: a clean table. */
export function fillFullMarks(at: CellFinder, options: { evidence?: boolean } = {}): void {
  for (const c of OFFICIAL_RUBRIC.criteria) {
    at(c.code, "score").value = c.points;
    if (options.evidence !== false) at(c.code, "evidence").value = "自评报告";
  }
}

/** Writes raw bytes as a file, for unreadable inputs. */
export function writeBytes(folder: string, name: string, bytes: string | Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

/** Runs `qcity check ARGS` in `folder`, collecting its exit code and output. */
export async function runCheck(folder: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["check", ...args], { cwd: folder, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
