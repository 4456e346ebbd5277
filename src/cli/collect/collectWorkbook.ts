import type { Locale } from "../../table/locale";
import type { SheetRole } from "../../table/marker";
import type { Rubric } from "../../rubric";
import { checkSheet, type TableCheck } from "../../scoring/checkTable";
import { assessCheck } from "../../scoring/assessCheck";
import { VETO_NO, type Assessment } from "../../scoring/grade";
import { workbookHeaderSearch } from "../../scoring/locateTable";
import { rankRubricSheets, sheetsToCheck } from "../../scoring/rankSheets";
import { describeHeaderSearch, describeNoTable } from "../../scoring/noTableMessage";
import { checkSummary } from "../../scoring/panel/summaryPanel";
import { readSheetFacts } from "../../scoring/sheetFacts";
import type { SheetSnapshot } from "../../scoring/snapshot";
import { WorkbookReadError } from "../../xlsx/workbookReadError";
import { findCarriedSheet } from "../../rubric/carried";
import { resolveRubric } from "../../rubric/resolve";
import { shippedRubrics } from "../../rubric/shipped";
import { readErrorMessage } from "../readErrorMessage";
import { defaultRubric } from "../rubrics";
import { unknownRubricMessage, workbookCarriedRubrics } from "../workbookRubric";
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
 * holds a rubric table, as `qcity check` does, each with its own rubric
 * (`option`, i.e. --rubric, else the one its marker names: carried by the
 * workbook, or shipped). `file` is the name the output shows (the path as
 * found under the folder given). Never throws: a file that cannot be read,
 * holds no table, or fails in any other way comes back in `unreadable` with
 * the reason in `locale`.
 */
export async function collectWorkbook(path: string, file: string, read: SheetsReader, option: Rubric | undefined, locale: Locale): Promise<WorkbookResult> {
  let sheets: readonly { name: string; snapshot: SheetSnapshot }[];
  try {
    sheets = await read(path);
  } catch (error) {
    const reason = error instanceof WorkbookReadError ? readErrorMessage(error, file, locale) : TEXT[locale].failed((error as Error).message);
    const kind = error instanceof WorkbookReadError ? error.kind : "failed";
    return { file, sheets: [], findings: [], unreadable: [{ file, sheet: "", kind, reason }] };
  }
  try {
    return collectSheets(file, sheets, option, locale);
  } catch (error) {
    return { file, sheets: [], findings: [], unreadable: [{ file, sheet: "", kind: "failed", reason: TEXT[locale].failed((error as Error).message) }] };
  }
}

/**
 * The rows, findings and unusable tables of a workbook's sheets: the sheets
 * `qcity check` covers (every full rubric sheet, else the best candidate; see
 * sheetsToCheck), one row each, each checked with its own rubric (see
 * resolveRubric; the QCITY_RUBRIC sheet is where carried rubrics come from,
 * not a table); a summary sheet with its panel (checkSummary: the consolidated
 * scores, and the panel findings among the findings). A sheet whose table cannot be checked, or whose marker names
 * a rubric that is neither carried nor shipped, is an unreadable entry naming
 * it; a workbook without any table is one "no-table" entry.
 */
export function collectSheets(file: string, everySheet: readonly { name: string; snapshot: SheetSnapshot }[], option: Rubric | undefined, locale: Locale): WorkbookResult {
  const rows: CollectedSheet[] = [];
  const findings: CollectedFinding[] = [];
  const unreadable: UnreadableFile[] = [];
  const carried = workbookCarriedRubrics(everySheet, locale).rubrics;
  const sheets = everySheet.filter((s) => findCarriedSheet([s]) === undefined);
  const rubricOf = (markerId: string | undefined) => resolveRubric({ option, markerId, carried, shipped: shippedRubrics(), fallback: defaultRubric() });
  // Sheets without a marker are ranked against the workbook's rubric.
  const workbookRubric = rubricOf(undefined);
  const chosen = workbookRubric.ok ? sheetsToCheck(rankRubricSheets(sheets, workbookRubric.rubric)) : [];
  for (const { name, snapshot, search } of chosen) {
    const resolved = rubricOf(snapshot.marker?.rubric);
    if (!resolved.ok) {
      unreadable.push({ file, sheet: name, kind: "unknown-rubric", reason: unknownRubricMessage(resolved.id, name, locale) });
      continue;
    }
    const { rubric } = resolved;
    const result = checkSheet(snapshot, { locale, rubric }, search);
    if (!result.ok) {
      unreadable.push({ file, sheet: name, kind: "no-table", reason: describeNoTable(result.noTable, locale, name) });
      continue;
    }
    // A summary (汇总表) is read with its panel: its scores the consolidated ones, computed as its formulas do.
    const summary = snapshot.marker?.role === "summary" ? checkSummary({ name, snapshot }, result.check, sheets, rubric, locale) : undefined;
    const check = summary?.check ?? result.check;
    const panel = summary?.panel;
    const own = check.findings.map((f): CollectedFinding => ({ file, sheet: name, cell: f.address, kind: f.kind, severity: f.severity, code: f.code, message: f.message }));
    const ofPanel = (panel?.findings ?? []).map((f): CollectedFinding => ({ file, sheet: name, cell: "", kind: f.kind, severity: f.severity, code: f.code, message: f.message }));
    rows.push({ ...sheetRow(file, name, summary?.snapshot ?? snapshot, check, rubric, locale), findings: own.length + ofPanel.length });
    findings.push(...own, ...ofPanel);
  }
  if (chosen.length === 0) {
    unreadable.push({ file, sheet: "", kind: "no-table", reason: `${TEXT[locale].noTable}${describeHeaderSearch(workbookHeaderSearch(sheets), locale)}` });
  }
  return { file, sheets: rows, findings, unreadable };
}

/**
 * The 一票否决 column: the codes of the conditions marked 是 ("V1、V3"); 否
 * when every condition is answered 否; "" when the rubric has none, or when
 * some are left blank and none is 是 (the checks report the blanks).
 */
function vetoColumn(rubric: Rubric, assessment: Assessment, locale: Locale): string {
  if (assessment.vetoed.length > 0) return assessment.vetoed.join(locale === "en-US" ? ", " : "、");
  return rubric.veto.length > 0 && assessment.vetoBlank.length === 0 ? VETO_NO : "";
}

/**
 * The roll-up row of a checked sheet. Role, assessor and rubric id come from
 * the sheet's marker (blank without one). The figures are one computation,
 * assessCheck (as the report's): total and category scores over the valid
 * scores (equal to the checks' summary), applicable points without the
 * optional criteria marked 不适用, the re-scaled total and grade by the
 * rubric's `scale` and grades, with the 一票否决 cells read from the sheet.
 */
function sheetRow(file: string, sheet: string, snapshot: SheetSnapshot, check: TableCheck, rubric: Rubric, locale: Locale): CollectedSheet {
  const { summary } = check;
  const facts = readSheetFacts(snapshot, check, rubric);
  const assessment = assessCheck(check, rubric, facts.veto);
  const { marker } = snapshot;
  return {
    file,
    sheet,
    province: facts.place.province,
    city: facts.place.city,
    role: marker !== undefined ? TEXT[locale].roles[marker.role] : "",
    assessor: marker?.assessor ?? "",
    rubricId: marker?.rubric ?? "",
    total: assessment.total,
    applicablePoints: assessment.applicablePoints,
    rescaled: assessment.rescaled,
    grade: assessment.grade ?? "",
    veto: vetoColumn(rubric, assessment, locale),
    scored: summary.scored,
    criteria: summary.criteria,
    findings: check.findings.length,
    categories: rubric.categories.map((c, i) => ({ code: c.code, name: c.name, score: assessment.categories[i]?.total ?? 0 })),
  };
}
