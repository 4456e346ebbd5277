import { basename, resolve } from "node:path";
import type { Rubric } from "../rubric/types";
import { checkSheet, type TableCheck } from "../scoring/checkTable";
import { workbookHeaderSearch } from "../scoring/locateTable";
import { describeHeaderSearch, describeNoTable } from "../scoring/noTableMessage";
import { rankRubricSheets, sheetsToCheck } from "../scoring/rankSheets";
import type { SheetSnapshot } from "../scoring/snapshot";
import type { Locale } from "../table/locale";
import { WorkbookReadError } from "../xlsx/workbookReadError";
import type { SnapshotReader } from "./checkCommand";
import { CliError } from "./command";
import { readErrorMessage } from "./readErrorMessage";

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

/** The rubric sheet a command works on, checked. */
export interface CheckedSheet {
  readonly name: string;
  readonly snapshot: SheetSnapshot;
  readonly check: TableCheck;
}

export interface SheetRequest {
  /** The sheet asked for with --sheet (compared without regard to case, as Excel does). */
  readonly sheet: string | undefined;
  /** Add the reader's technical detail to a read error. */
  readonly verbose: boolean;
  readonly locale: Locale;
  readonly cwd: string;
  readonly rubric: Rubric;
}

/**
 * Reads `file` and checks the one rubric sheet a report is about: the sheet
 * --sheet names, else the panel's summary sheet when there is one, else the
 * best of the sheets `qcity check` would check (rankRubricSheets: marked
 * first, then the most criteria, then workbook order). Throws CliError (exit
 * 2) in the CLI's language, with the words `qcity check` uses, for a file that
 * cannot be read, a --sheet that does not exist, and a workbook or sheet
 * without a rubric table that can be checked (with why).
 */
export async function readRubricSheet(file: string, request: SheetRequest, read: SnapshotReader = streamingReader): Promise<CheckedSheet> {
  const { locale, rubric } = request;
  const text = TEXT[locale];
  const sheets = await read(resolve(request.cwd, file)).catch((error: unknown) => {
    throw error instanceof WorkbookReadError ? new CliError(readErrorMessage(error, file, locale, request.verbose), { cause: error }) : error;
  });
  const names = sheets.map((s) => s.name).join(locale === "en-US" ? ", " : "、");
  const options = { locale, rubric };
  if (request.sheet !== undefined) {
    const wanted = request.sheet.toLowerCase();
    const sheet = sheets.find((s) => s.name.toLowerCase() === wanted);
    if (sheet === undefined) throw new CliError(text.noSheet(request.sheet, names));
    const result = checkSheet(sheet.snapshot, options);
    if (!result.ok) throw new CliError(describeNoTable(result.noTable, locale, sheet.name));
    return { name: sheet.name, snapshot: sheet.snapshot, check: result.check };
  }
  const ranked = rankRubricSheets(sheets, rubric);
  const chosen = sheetsToCheck(ranked);
  const best = chosen.find((r) => r.marker?.role === "summary") ?? ranked.find((r) => chosen.includes(r));
  if (best === undefined) throw new CliError(`${text.noTable(basename(file), names)}${describeHeaderSearch(workbookHeaderSearch(sheets), locale)}`);
  const result = checkSheet(best.snapshot, options, best.search);
  if (!result.ok) throw new CliError(describeNoTable(result.noTable, locale, best.name));
  return { name: best.name, snapshot: best.snapshot, check: result.check };
}
