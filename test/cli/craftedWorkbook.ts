import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { buildLayout } from "../../src/layout/buildLayout";
import type { LayoutOptions, WorksheetLayout } from "../../src/layout/types";
import type { Rubric } from "../../src/rubric/types";

import { writeCarriedRubrics } from "../../src/xlsx/carriedRubricSheet";
import { workbookBuffer, writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

/** A folder of crafted workbooks for one test file. */
export function workbookFolder(): string {
  return mkdtempSync(join(tmpdir(), "qcity-check-"));
}

/**
 * The exported rubric sheet (as `qcity export` writes it), changed by `edit`
 * through ExcelJS as an assessor would in Excel, then saved to `folder/name`.
 * `edit` gets the sheet and the Excel row/column of each criterion's cells.
 * The file is loaded and saved again by ExcelJS, which drops the sheet's marker.
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
  edit(ws, cellFinder(ws, layout, OFFICIAL_RUBRIC), wb);
  const path = join(folder, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/**
 * A sheet of any rubric as `qcity export --rubric` writes it, with its marker
 * (as Excel keeps it) and carrying its rubric (a very hidden QCITY_RUBRIC
 * sheet) unless `carry` is false, filled by `edit` before it is saved to
 * `folder/name`. `edit` also gets the layout, for the veto block and the sign-off line.
 */
export async function craftRubricWorkbook(
  folder: string,
  name: string,
  rubric: Rubric,
  edit: (ws: ExcelJS.Worksheet, at: CellFinder, wb: ExcelJS.Workbook, layout: WorksheetLayout) => void,
  options: { layout?: LayoutOptions; carry?: boolean } = {},
): Promise<string> {
  const layout = buildLayout(rubric, options.layout ?? {});
  const wb = writeWorkbook(layout);
  if (options.carry !== false) writeCarriedRubrics(wb, [rubric]);
  const ws = wb.worksheets[0]!;
  edit(ws, cellFinder(ws, layout, rubric), wb, layout);
  const path = join(folder, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** The cells of each criterion on a sheet written from `layout`. */
function cellFinder(ws: ExcelJS.Worksheet, layout: WorksheetLayout, rubric: Rubric): CellFinder {
  const cols = layout.table.columns;
  return (code, column) => {
    const criterion = rubric.criterion(code);
    const col = cols[column];
    if (criterion === undefined || col === undefined) throw new Error(`No ${column} cell for ${code}`);
    return ws.getCell(layout.table.firstCriterionRow + criterion.index + 1, col + 1);
  };
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
