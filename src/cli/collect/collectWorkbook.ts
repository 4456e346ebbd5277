import type { Locale } from "../../table/locale";
import type { SheetRole } from "../../table/marker";
import type { Rubric } from "../../rubric";
import { checkSheet, type TableCheck } from "../../scoring/checkTable";
import { assess, gradeFor, rescaledTotal } from "../../scoring/grade";
import { workbookHeaderSearch } from "../../scoring/locateTable";
import { rankRubricSheets, sheetsToCheck } from "../../scoring/rankSheets";
import { describeHeaderSearch, describeNoTable } from "../../scoring/noTableMessage";
import { readSheetPlace } from "../../scoring/sheetPlace";
import type { SheetSnapshot } from "../../scoring/snapshot";
import { WorkbookReadError } from "../../xlsx/workbookReadError";
import { readErrorMessage } from "../readErrorMessage";
import type { CollectedFinding, CollectedSheet, UnreadableFile, WorkbookResult } from "./types";

/** Reads a workbook's sheets as snapshots (the streaming reader in the CLI). */
export type SheetsReader = (path: string) => Promise<readonly { name: string; snapshot: SheetSnapshot }[]>;

const TEXT = {
  "zh-CN": {
    noTable: "没有评价表：",
    failed: (message: string) => `读取时出错：${message}`,
    roles: { assessment: "评价", self: "自评", summary: "汇总" },
  },
  "en-US": {
    noTable: "No rubric table: ",
    failed: (message: string) => `Reading failed: ${message}`,
    roles: { assessment: "Assessment", self: "Self-assessment", summary: "Summary" },
  },
} as const satisfies Record<Locale, { noTable: string; failed: (message: string) => string; roles: Record<SheetRole, string> }>;

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

/**
 * The rows, findings and unusable tables of a workbook's sheets: the sheets
 * `qcity check` covers (every full rubric sheet, else the best candidate; see
 * sheetsToCheck), one row each. A sheet whose table cannot be checked is an
 * unreadable entry naming it; a workbook without any table is one "no-table" entry.
 */
export function collectSheets(file: string, sheets: readonly { name: string; snapshot: SheetSnapshot }[], rubric: Rubric, locale: Locale): WorkbookResult {
  const rows: CollectedSheet[] = [];
  const findings: CollectedFinding[] = [];
  const unreadable: UnreadableFile[] = [];
  const chosen = sheetsToCheck(rankRubricSheets(sheets, rubric));
  for (const { name, snapshot, search } of chosen) {
    const result = checkSheet(snapshot, { locale, rubric }, search);
    if (!result.ok) {
      unreadable.push({ file, sheet: name, kind: "no-table", reason: describeNoTable(result.noTable, locale, name) });
      continue;
    }
    rows.push(sheetRow(file, name, snapshot, result.check, rubric, locale));
    for (const f of result.check.findings) {
      findings.push({ file, sheet: name, cell: f.address, kind: f.kind, severity: f.severity, code: f.code, message: f.message });
    }
  }
  if (chosen.length === 0) {
    unreadable.push({ file, sheet: "", kind: "no-table", reason: `${TEXT[locale].noTable}${describeHeaderSearch(workbookHeaderSearch(sheets), locale)}` });
  }
  return { file, sheets: rows, findings, unreadable };
}

/**
 * The roll-up row of a checked sheet. Role, assessor and rubric id come from
 * the sheet's marker (blank without one). The total and category scores are
 * the check's (valid scores only); applicable points leave out the optional
 * criteria marked 不适用; the re-scaled total and grade follow the rubric's
 * `scale` and grades. The 一票否决 cells are not read from a sheet yet, so a
 * rubric with veto conditions gets no grade (and no veto) rather than a guess.
 */
function sheetRow(file: string, sheet: string, snapshot: SheetSnapshot, check: TableCheck, rubric: Rubric, locale: Locale): CollectedSheet {
  const { summary } = check;
  const place = readSheetPlace(snapshot.values, check.table.headerRow);
  const scores = new Map<string, unknown>();
  for (const row of check.table.rows) if (!scores.has(row.code)) scores.set(row.code, row.score);
  const { applicablePoints } = assess(rubric, scores);
  const { marker } = snapshot;
  return {
    file,
    sheet,
    province: place.province,
    city: place.city,
    role: marker !== undefined ? TEXT[locale].roles[marker.role] : "",
    assessor: marker?.assessor ?? "",
    rubricId: marker?.rubric ?? "",
    total: summary.total,
    applicablePoints,
    rescaled: rescaledTotal(rubric, summary.total, applicablePoints),
    grade: rubric.veto.length === 0 ? (gradeFor(rubric, summary.total, applicablePoints) ?? "") : "",
    veto: "",
    scored: summary.scored,
    criteria: summary.criteria,
    findings: check.findings.length,
    categories: summary.categories.map((c) => ({ code: c.code, name: c.name, score: c.score })),
  };
}
