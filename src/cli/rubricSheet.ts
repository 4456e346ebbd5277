import { basename, resolve } from "node:path";
import type { Rubric } from "../rubric/types";
import { checkSheet, type TableCheck } from "../scoring/checkTable";
import { workbookHeaderSearch, type TableSearch } from "../scoring/locateTable";
import { describeHeaderSearch, describeNoTable } from "../scoring/noTableMessage";
import { checkSummary, type SummaryPanel } from "../scoring/panel/summaryPanel";
import { rankRubricSheets, sheetsToCheck } from "../scoring/rankSheets";
import type { SheetSnapshot } from "../scoring/snapshot";
import type { Locale } from "../table/locale";
import { WorkbookReadError } from "../xlsx/workbookReadError";
import type { SnapshotReader } from "./checkCommand";
import { CliError } from "./command";
import { readErrorMessage } from "./readErrorMessage";
import { resolveWorkbookRubric, workbookCarriedRubrics } from "./workbookRubric";
import { findCarriedSheet } from "../rubric/carried";

const TEXT = {
  "zh-CN": {
    noSheet: (sheet: string, names: string) => `工作簿中没有名为“${sheet}”的工作表（现有：${names}）。`,
    noTable: (file: string, names: string) => `${file} 中没有评价表（已查看工作表：${names}）：`,
  },
  "en-US": {
    noSheet: (sheet: string, names: string) => `The workbook has no sheet named "${sheet}" (it has: ${names}).`,
    noTable: (file: string, names: string) => `${file} holds no rubric table (sheets looked at: ${names}): `,
  },
} as const;

/** The streaming reader, as `qcity check` uses: memory follows the table window, not the workbook. */
export const streamingReader: SnapshotReader = async (path) => (await import("../xlsx/streamSnapshots")).streamWorkbookSnapshots(path);

/** The rubric sheet a command works on, checked with its own rubric. */
export interface CheckedSheet {
  readonly name: string;
  readonly snapshot: SheetSnapshot;
  readonly check: TableCheck;
  /** The rubric the sheet was checked with (see resolveWorkbookRubric). */
  readonly rubric: Rubric;
  /** For a summary sheet (汇总表): its panel, read from the workbook's expert and self-assessment sheets (checkSummary); `check` then holds the consolidated scores. */
  readonly panel?: SummaryPanel;
}

export interface SheetRequest {
  /** The sheet asked for with --sheet (compared without regard to case, as Excel does). */
  readonly sheet: string | undefined;
  /** Add the reader's technical detail to a read error. */
  readonly verbose: boolean;
  readonly locale: Locale;
  readonly cwd: string;
  /** `--rubric`, which overrides the rubric the sheet records. */
  readonly rubric?: Rubric | undefined;
}

/**
 * Reads `file` and checks the one rubric sheet a report is about: the sheet
 * --sheet names, else the panel's summary sheet when there is one, else the
 * best of the sheets `qcity check` would check (rankRubricSheets: marked
 * first, then the most criteria, then workbook order). The sheet is checked
 * with its own rubric, as `qcity check` does: --rubric, else the one its
 * marker names (carried by the workbook's QCITY_RUBRIC sheet, or shipped),
 * else the workbook's only carried one, else the default. Throws CliError
 * (exit 2) in the CLI's language, with the words `qcity check` uses, for a
 * file that cannot be read, a --sheet that does not exist, a workbook or
 * sheet without a rubric table that can be checked (with why), and a
 * marker's rubric that is neither carried nor shipped. A summary sheet comes
 * with its panel (checkSummary), its scores the consolidated ones.
 */
export async function readRubricSheet(file: string, request: SheetRequest, read: SnapshotReader = streamingReader): Promise<CheckedSheet> {
  const { locale, rubric: option } = request;
  const text = TEXT[locale];
  const everySheet = await read(resolve(request.cwd, file)).catch((error: unknown) => {
    throw error instanceof WorkbookReadError ? new CliError(readErrorMessage(error, file, locale, request.verbose), { cause: error }) : error;
  });
  // The carried rubric's sheet is no table; the rubrics it holds are what the others are read with.
  const carried = workbookCarriedRubrics(everySheet, locale).rubrics;
  const sheets = everySheet.filter((s) => findCarriedSheet([s]) === undefined);
  const checked = (name: string, snapshot: SheetSnapshot, search?: TableSearch): CheckedSheet => {
    const { rubric } = resolveWorkbookRubric({ option, markerId: snapshot.marker?.rubric, sheetName: name, carried, locale });
    const result = checkSheet(snapshot, { locale, rubric }, search);
    if (!result.ok) throw new CliError(describeNoTable(result.noTable, locale, name));
    if (snapshot.marker?.role !== "summary") return { name, snapshot, check: result.check, rubric };
    // The summary as its formulas fill it (consolidated scores, the panel's veto answers), with its panel.
    const summary = checkSummary({ name, snapshot }, result.check, sheets, rubric, locale);
    return { name, snapshot: summary.snapshot, check: summary.check, rubric, panel: summary.panel };
  };
  const names = sheets.map((s) => s.name).join(locale === "en-US" ? ", " : "、");
  if (request.sheet !== undefined) {
    const wanted = request.sheet.toLowerCase();
    const sheet = sheets.find((s) => s.name.toLowerCase() === wanted);
    if (sheet === undefined) throw new CliError(text.noSheet(request.sheet, names));
    return checked(sheet.name, sheet.snapshot);
  }
  // Sheets without a marker are ranked against the workbook's rubric.
  const ranked = rankRubricSheets(sheets, resolveWorkbookRubric({ option, sheetName: "", carried, locale }).rubric);
  const chosen = sheetsToCheck(ranked);
  const best = chosen.find((r) => r.marker?.role === "summary") ?? ranked.find((r) => chosen.includes(r));
  if (best === undefined) throw new CliError(`${text.noTable(basename(file), names)}${describeHeaderSearch(workbookHeaderSearch(sheets), locale)}`);
  return checked(best.name, best.snapshot, best.search);
}
