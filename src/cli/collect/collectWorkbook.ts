import type { Locale } from "../../table/locale";
import type { Rubric } from "../../rubric";
import { checkSheet, type TableCheck } from "../../scoring/checkTable";
import { describeHeaderSearch, describeNoTable } from "../../scoring/noTableMessage";
import { readSheetPlace } from "../../scoring/sheetPlace";
import type { SheetSnapshot } from "../../scoring/snapshot";
import { WorkbookReadError } from "../../xlsx/workbookReadError";
import { readErrorMessage } from "../readErrorMessage";
import type { CollectedFinding, CollectedSheet, UnreadableFile, WorkbookResult } from "./types";

/** Reads a workbook's sheets as snapshots (the streaming reader in the CLI). */
export type SheetsReader = (path: string) => Promise<readonly { name: string; snapshot: SheetSnapshot }[]>;

const TEXT = {
  "zh-CN": { noTable: "没有评价表：", failed: (message: string) => `读取时出错：${message}` },
  "en-US": { noTable: "No rubric table: ", failed: (message: string) => `Reading failed: ${message}` },
} as const;

/**
 * Collects one workbook: reads it with `read` and checks every sheet that
 * holds a rubric table, as `qcity check` does. `file` is the name the output
 * shows (the path as found under the folder given). Never throws: a file that
 * cannot be read, holds no table, or fails in any other way comes back in
 * `unreadable` with the reason in `locale`.
 */
export async function collectWorkbook(path: string, file: string, read: SheetsReader, rubric: Rubric, locale: Locale): Promise<WorkbookResult> {
  let sheets: readonly { name: string; snapshot: SheetSnapshot }[];
  try {
    sheets = await read(path);
  } catch (error) {
    const reason = error instanceof WorkbookReadError ? readErrorMessage(error, file, locale) : TEXT[locale].failed((error as Error).message);
    const kind = error instanceof WorkbookReadError ? error.kind : "failed";
    return { file, sheets: [], findings: [], unreadable: [{ file, sheet: "", kind, reason }] };
  }
  try {
    return collectSheets(file, sheets, rubric, locale);
  } catch (error) {
    return { file, sheets: [], findings: [], unreadable: [{ file, sheet: "", kind: "failed", reason: TEXT[locale].failed((error as Error).message) }] };
  }
}

/** The rows, findings and unusable tables of a workbook's sheets; a workbook without any table is one "no-table" entry. */
export function collectSheets(file: string, sheets: readonly { name: string; snapshot: SheetSnapshot }[], rubric: Rubric, locale: Locale): WorkbookResult {
  const rows: CollectedSheet[] = [];
  const findings: CollectedFinding[] = [];
  const unreadable: UnreadableFile[] = [];
  // Where the header was looked for, for the message when no sheet has one.
  let window: string | undefined;
  let beyond = false;
  for (const { name, snapshot } of sheets) {
    const result = checkSheet(snapshot, { locale, rubric });
    if (result.ok) {
      rows.push(sheetRow(file, name, snapshot, result.check));
      for (const f of result.check.findings) {
        findings.push({ file, sheet: name, cell: f.address, kind: f.kind, severity: f.severity, code: f.code, message: f.message });
      }
    } else if (result.noTable.kind === "no-header") {
      window ??= result.noTable.window;
      beyond ||= result.noTable.beyond;
    } else {
      unreadable.push({ file, sheet: name, kind: "no-table", reason: describeNoTable(result.noTable, locale, name) });
    }
  }
  if (rows.length === 0 && unreadable.length === 0) {
    const search = { kind: "no-header" as const, beyond, ...(window !== undefined && { window }) };
    unreadable.push({ file, sheet: "", kind: "no-table", reason: `${TEXT[locale].noTable}${describeHeaderSearch(search, locale)}` });
  }
  return { file, sheets: rows, findings, unreadable };
}

function sheetRow(file: string, sheet: string, snapshot: SheetSnapshot, check: TableCheck): CollectedSheet {
  const { summary } = check;
  const place = readSheetPlace(snapshot.values, check.table.headerRow);
  return {
    file,
    sheet,
    province: place.province,
    city: place.city,
    role: "",
    assessor: "",
    rubricId: "",
    total: summary.total,
    applicablePoints: undefined,
    rescaled: undefined,
    grade: "",
    veto: "",
    scored: summary.scored,
    criteria: summary.criteria,
    findings: check.findings.length,
    categories: summary.categories.map((c) => ({ code: c.code, name: c.name, score: c.score })),
  };
}
