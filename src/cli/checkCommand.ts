import { basename, resolve } from "node:path";
import type { Locale } from "../table/locale";
import { checkSheet, type TableCheck } from "../scoring/checkTable";
import type { NoTable } from "../scoring/locateTable";
import { describeHeaderSearch, describeNoTable } from "../scoring/noTableMessage";
import type { SheetSnapshot } from "../scoring/snapshot";
import { WorkbookReadError } from "../xlsx/workbookReadError";
import { checkReportJson, checkReportText } from "./checkReport";
import { CliError, EXIT, cliLocale, type CliIo, type Command } from "./command";
import { parseLang, parseOptions } from "./options";
import { readErrorMessage } from "./readErrorMessage";

const TEXT = {
  "zh-CN": {
    summary: "检查已填写的评价表（超分、负分、非数字、缺佐证材料等）",
    help: [
      "用法：qcity check 文件.xlsx [--json] [--sheet 工作表名] [--verbose] [--lang en-US]",
      "",
      "按《质量兴市绩效评价指南（试行）》检查工作簿中的评价表，与任务窗格的检查相同。",
      "退出码：0 没有问题；1 发现问题；2 文件无法读取或其中没有评价表。",
      "",
      "  --json         以 JSON 输出",
      "  --sheet        要检查的工作表；默认自动找到含评价表的工作表",
      "  --verbose, -v  逐项列出全部问题（包括每一项未打分）；文件无法读取时显示技术详情",
      "  --lang         输出语言：zh-CN（默认）或 en-US",
      "  --help, -h     显示本说明",
    ].join("\n"),
    usage: "请给出一个 .xlsx 文件，例如：qcity check 评价表.xlsx。运行 qcity check --help 查看用法。",
    noSheet: (sheet: string, names: string) => `工作簿中没有名为“${sheet}”的工作表（现有：${names}）。`,
    noTable: (file: string, names: string) => `${file} 中没有评价表（已查看工作表：${names}）：`,
  },
  "en-US": {
    summary: "Check a filled rubric workbook (over the cap, negative, not a number, missing evidence…)",
    help: [
      "Usage: qcity check FILE.xlsx [--json] [--sheet NAME] [--verbose] [--lang en-US]",
      "",
      "Checks the rubric table in a workbook against the 质量兴市绩效评价指南（试行）, as the task pane does.",
      "Exit codes: 0 no problems; 1 findings; 2 the file cannot be read or holds no rubric table.",
      "",
      "  --json         print JSON",
      "  --sheet        the sheet to check; by default the sheet that holds the rubric table",
      "  --verbose, -v  list every finding (each unscored criterion too); technical detail when a file cannot be read",
      "  --lang         output language: zh-CN (default) or en-US",
      "  --help, -h     show this help",
    ].join("\n"),
    usage: "Give one .xlsx file, e.g. qcity check rubric.xlsx. Run qcity check --help for usage.",
    noSheet: (sheet: string, names: string) => `The workbook has no sheet named "${sheet}" (it has: ${names}).`,
    noTable: (file: string, names: string) => `${file} holds no rubric table (sheets looked at: ${names}): `,
  },
} as const;

const OPTIONS = {
  json: { type: "boolean" },
  sheet: { type: "string" },
  verbose: { type: "boolean", short: "v" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Reads a workbook's sheets; the ExcelJS reader by default. */
export type SnapshotReader = (path: string) => Promise<{ name: string; snapshot: SheetSnapshot }[]>;

const readWithExcelJs: SnapshotReader = async (path) => (await import("../xlsx/readSnapshot")).readWorkbookSnapshots(path);

/**
 * `qcity check FILE [--json] [--sheet NAME] [--verbose] [--lang en-US]`: prints the findings
 * of the rubric table in a saved workbook, the same checks as the task pane.
 * Resolves to 0 when clean, 1 with findings. Throws CliError (exit 2 with its
 * message) for bad usage, no rubric table, or a file that cannot be read
 * (missing, damaged, not .xlsx: the reader's WorkbookReadError in the CLI's language).
 */
export async function runCheck(args: readonly string[], io: CliIo, read: SnapshotReader = readWithExcelJs): Promise<number> {
  const locale = cliLocale(args);
  const text = TEXT[locale];
  const parsed = parseOptions("check", args, OPTIONS, true, locale);
  if (parsed.values.help) {
    io.out(text.help);
    return EXIT.ok;
  }
  // The report's language; a value other than zh-CN/en-US is refused as `export` refuses it.
  parseLang(parsed.values.lang, locale);
  const verbose = parsed.values.verbose === true;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) throw new CliError(text.usage);

  const sheets = await read(resolve(io.cwd, file)).catch((error: unknown) => {
    throw error instanceof WorkbookReadError ? new CliError(readErrorMessage(error, file, locale, verbose), { cause: error }) : error;
  });
  const found = pickSheet(sheets, parsed.values.sheet, locale);
  if ("problem" in found) {
    const names = sheets.map((s) => s.name).join(locale === "en-US" ? ", " : "、");
    if (found.problem === "no-sheet") throw new CliError(text.noSheet(parsed.values.sheet ?? "", names));
    if (found.problem === "no-table-on-sheet") throw new CliError(describeNoTable(found.noTable, locale, found.name));
    throw new CliError(`${text.noTable(basename(file), names)}${describeHeaderSearch(found.search, locale)}`);
  }
  io.out(parsed.values.json ? checkReportJson(file, found.name, found.check) : checkReportText(file, found.name, found.check, locale, { everyFinding: verbose }));
  return found.check.findings.length > 0 ? EXIT.findings : EXIT.ok;
}

export const checkCommand: Command = {
  name: "check",
  summary: { "zh-CN": TEXT["zh-CN"].summary, "en-US": TEXT["en-US"].summary },
  run: (args, io) => runCheck(args, io),
};

/**
 * The named sheet (case-insensitive, as Excel compares names), or else the
 * first sheet that holds a rubric table. With none, the first sheet whose table
 * was found but cannot be checked (a header title twice, cut off) is named with
 * its reason; else why no sheet had one.
 */
function pickSheet(
  sheets: readonly { name: string; snapshot: SheetSnapshot }[],
  wanted: string | undefined,
  locale: Locale,
):
  | { name: string; check: TableCheck }
  | { problem: "no-sheet" }
  | { problem: "no-table-on-sheet"; name: string; noTable: NoTable }
  | { problem: "no-table"; search: Extract<NoTable, { kind: "no-header" }> } {
  if (wanted !== undefined) {
    const sheet = sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (sheet === undefined) return { problem: "no-sheet" };
    const result = checkSheet(sheet.snapshot, { locale });
    return result.ok ? { name: sheet.name, check: result.check } : { problem: "no-table-on-sheet", name: sheet.name, noTable: result.noTable };
  }
  const misses: { name: string; noTable: NoTable }[] = [];
  for (const sheet of sheets) {
    const result = checkSheet(sheet.snapshot, { locale });
    if (result.ok) return { name: sheet.name, check: result.check };
    misses.push({ name: sheet.name, noTable: result.noTable });
  }
  const unusable = misses.find((m) => m.noTable.kind !== "no-header");
  if (unusable !== undefined) return { problem: "no-table-on-sheet", ...unusable };
  const headerless = misses.map((m) => m.noTable).filter((n) => n.kind === "no-header");
  const window = headerless.find((n) => n.window !== undefined)?.window;
  return { problem: "no-table", search: { kind: "no-header", ...(window !== undefined && { window }), beyond: headerless.some((n) => n.beyond) } };
}
