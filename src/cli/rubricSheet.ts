import { basename, resolve } from "node:path";
import { checkSheet, type CheckOptions, type TableCheck } from "../scoring/checkTable";
import type { NoTable } from "../scoring/locateTable";
import { describeHeaderSearch, describeNoTable } from "../scoring/noTableMessage";
import type { SheetSnapshot } from "../scoring/snapshot";
import type { Rubric } from "../rubric/types";
import type { Locale } from "../table/locale";
import { WorkbookReadError } from "../xlsx/workbookReadError";
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

/** Reads a workbook's sheets; the ExcelJS reader by default. */
export type SnapshotReader = (path: string) => Promise<{ name: string; snapshot: SheetSnapshot }[]>;

export const readWithExcelJs: SnapshotReader = async (path) => (await import("../xlsx/readSnapshot")).readWorkbookSnapshots(path);

/** The rubric sheet a command works on, checked. */
export interface CheckedSheet {
  readonly name: string;
  readonly snapshot: SheetSnapshot;
  readonly check: TableCheck;
}

export interface SheetRequest {
  /** The sheet asked for with --sheet; by default the first that holds a rubric table. */
  readonly sheet: string | undefined;
  /** Add the reader's technical detail to a read error. */
  readonly verbose: boolean;
  readonly locale: Locale;
  readonly cwd: string;
  /** The rubric to check against; the checks' default (the 2009 guide) without it. */
  readonly rubric?: Rubric;
}

/**
 * Reads `file` and checks its rubric sheet, as `qcity check` and `qcity report`
 * do. Throws CliError (exit 2) in the CLI's language for a file that cannot be
 * read (the reader's WorkbookReadError), a --sheet that does not exist, and a
 * workbook or sheet without a rubric table that can be checked (with why).
 */
export async function readCheckedSheet(file: string, request: SheetRequest, read: SnapshotReader = readWithExcelJs): Promise<CheckedSheet> {
  const { locale } = request;
  const text = TEXT[locale];
  const sheets = await read(resolve(request.cwd, file)).catch((error: unknown) => {
    throw error instanceof WorkbookReadError ? new CliError(readErrorMessage(error, file, locale, request.verbose), { cause: error }) : error;
  });
  const found = pickSheet(sheets, request.sheet, { locale, ...(request.rubric !== undefined && { rubric: request.rubric }) });
  if ("problem" in found) {
    const names = sheets.map((s) => s.name).join(locale === "en-US" ? ", " : "、");
    if (found.problem === "no-sheet") throw new CliError(text.noSheet(request.sheet ?? "", names));
    if (found.problem === "no-table-on-sheet") throw new CliError(describeNoTable(found.noTable, locale, found.name));
    throw new CliError(`${text.noTable(basename(file), names)}${describeHeaderSearch(found.search, locale)}`);
  }
  return found;
}

/**
 * The named sheet (case-insensitive, as Excel compares names), or else the
 * first sheet that holds a rubric table. With none, the first sheet whose table
 * was found but cannot be checked (a header title twice, cut off) is named with
 * its reason; else why no sheet had one.
 */
function pickSheet(
  sheets: readonly { name: string; snapshot: SheetSnapshot }[],
  wanted: string | undefined,
  options: CheckOptions,
):
  | CheckedSheet
  | { problem: "no-sheet" }
  | { problem: "no-table-on-sheet"; name: string; noTable: NoTable }
  | { problem: "no-table"; search: Extract<NoTable, { kind: "no-header" }> } {
  if (wanted !== undefined) {
    const sheet = sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (sheet === undefined) return { problem: "no-sheet" };
    const result = checkSheet(sheet.snapshot, options);
    return result.ok ? { name: sheet.name, snapshot: sheet.snapshot, check: result.check } : { problem: "no-table-on-sheet", name: sheet.name, noTable: result.noTable };
  }
  const misses: { name: string; noTable: NoTable }[] = [];
  for (const sheet of sheets) {
    const result = checkSheet(sheet.snapshot, options);
    if (result.ok) return { name: sheet.name, snapshot: sheet.snapshot, check: result.check };
    misses.push({ name: sheet.name, noTable: result.noTable });
  }
  const unusable = misses.find((m) => m.noTable.kind !== "no-header");
  if (unusable !== undefined) return { problem: "no-table-on-sheet", ...unusable };
  const headerless = misses.map((m) => m.noTable).filter((n) => n.kind === "no-header");
  const window = headerless.find((n) => n.window !== undefined)?.window;
  return { problem: "no-table", search: { kind: "no-header", ...(window !== undefined && { window }), beyond: headerless.some((n) => n.beyond) } };
}
