import { basename, resolve } from "node:path";
import { checkSheet, type TableCheck } from "../scoring/checkTable";
import { workbookHeaderSearch } from "../scoring/locateTable";
import { rankRubricSheets, sheetsToCheck } from "../scoring/rankSheets";
import { describeHeaderSearch, describeNoTable } from "../scoring/noTableMessage";
import type { SheetSnapshot } from "../scoring/snapshot";
import { WorkbookReadError } from "../xlsx/workbookReadError";
import { checkSummary } from "../scoring/panel/summaryPanel";
import { sheetReportText, workbookExitCode, workbookReportJson, workbookReportText, type CheckedReport, type SheetReport } from "./workbookReport";
import { CliError, EXIT, cliLocale, type CliIo, type Command } from "./command";
import { parseLang, parseOptions } from "./options";
import { readErrorMessage } from "./readErrorMessage";
import { loadRubricFile } from "./rubricFile";
import { resolveWorkbookRubric, workbookCarriedRubrics } from "./workbookRubric";
import { findCarriedSheet } from "../rubric/carried";
import type { Rubric } from "../rubric/types";

const TEXT = {
  "zh-CN": {
    summary: "检查已填写的评价表（超分、负分、非数字、缺佐证材料等）",
    help: [
      "用法：qcity check 文件.xlsx [--json] [--sheet 工作表名] [--rubric 评价标准.json] [--verbose] [--lang en-US]",
      "",
      "按《质量兴市绩效评价指南（试行）》检查工作簿中的评价表，与任务窗格的检查相同。",
      "工作簿中有几张评价表（如每位专家一张、一张汇总），就逐张检查、分别报告；只含部分评价准则的表（如扣分汇总）不检查。",
      "汇总表按其背后的评审检查：汇总方法和阈值取自表头，各位专家的得分取自各自的评分表，列出每位专家的合计和评审问题（专家分歧、自评偏高、专家未打分等）。",
      "退出码：0 没有问题；1 发现问题；2 文件无法读取、其中没有评价表，或有评价表无法检查。",
      "",
      "  --json         以 JSON 输出",
      "  --sheet        只检查这一张工作表；默认检查每一张完整的评价表",
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
      "Usage: qcity check FILE.xlsx [--json] [--sheet NAME] [--rubric rubric.json] [--verbose] [--lang en-US]",
      "",
      "Checks the rubric table in a workbook against the 质量兴市绩效评价指南（试行）, as the task pane does.",
      "A workbook with several rubric sheets (one per assessor, a summary) has each checked and reported on its own; a sheet with only part of the criteria (a 扣分汇总) is not checked.",
      "A summary is checked with its panel: the method and thresholds from its title rows, each expert's scores from their own sheet; it lists each member's total and the panel findings (experts disagree, self-assessment too high, not scored…).",
      "Exit codes: 0 no problems; 1 findings; 2 the file cannot be read, holds no rubric table, or one of its tables cannot be checked.",
      "",
      "  --json         print JSON",
      "  --sheet        check this sheet only; by default every whole rubric sheet",
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
  rubric: { type: "string" },
  verbose: { type: "boolean", short: "v" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Reads a workbook's sheets; the ExcelJS reader by default. */
export type SnapshotReader = (path: string) => Promise<{ name: string; snapshot: SheetSnapshot }[]>;

// The streaming reader: memory follows the table window, not the workbook (a sheet of a million rows beside the table costs its unzipping only).
const readWithExcelJs: SnapshotReader = async (path) => (await import("../xlsx/streamSnapshots")).streamWorkbookSnapshots(path);

/**
 * `qcity check FILE [--json] [--sheet NAME] [--verbose] [--lang en-US]`: prints the findings
 * of the rubric tables in a saved workbook, the same checks as the task pane:
 * every full rubric sheet (marked, or holding at least half the criteria; see
 * sheetsToCheck), each reported on its own, never a fragment such as a
 * 扣分汇总 sheet when a full one exists; `--sheet` checks exactly that sheet.
 * Resolves to 0 when clean, 1 with findings, 2 when one of several sheets
 * cannot be checked. Throws CliError (exit 2 with its message) for bad usage,
 * no rubric table, a single table that cannot be checked, or a file that cannot
 * be read (missing, damaged, not .xlsx: the reader's WorkbookReadError in the CLI's language).
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

  const option = parsed.values.rubric === undefined ? undefined : await loadRubricFile(resolve(io.cwd, parsed.values.rubric), parsed.values.rubric, locale);
  const everySheet = await read(resolve(io.cwd, file)).catch((error: unknown) => {
    throw error instanceof WorkbookReadError ? new CliError(readErrorMessage(error, file, locale, verbose), { cause: error }) : error;
  });
  // The carried rubric's sheet is no table to check; the rubric it holds is what the others are checked with.
  const carried = workbookCarriedRubrics(everySheet, locale).rubrics;
  const sheets = everySheet.filter((s) => findCarriedSheet([s]) === undefined);
  /** Each sheet's rubric: --rubric, else its marker's (carried, then shipped), else the workbook's only carried one, else the default. */
  const rubricOf = (sheet: { name: string; snapshot: SheetSnapshot }): Rubric =>
    resolveWorkbookRubric({ option, markerId: sheet.snapshot.marker?.rubric, sheetName: sheet.name, carried, locale }).rubric;
  // Sheets without a marker are ranked against the workbook's rubric.
  const rubric = resolveWorkbookRubric({ option, sheetName: "", carried, locale }).rubric;
  const names = sheets.map((s) => s.name).join(locale === "en-US" ? ", " : "、");
  /** A sheet's report; a summary (汇总表) is checked with its panel, read from the workbook's other sheets. */
  const reportOf = (sheet: { name: string; snapshot: SheetSnapshot }, check: TableCheck): CheckedReport =>
    sheet.snapshot.marker?.role === "summary" ? { sheet: sheet.name, ...checkSummary(sheet, check, sheets, rubricOf(sheet), locale) } : { sheet: sheet.name, check };

  const wanted = parsed.values.sheet;
  if (wanted !== undefined) {
    // Excel compares sheet names without regard to case.
    const sheet = sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (sheet === undefined) throw new CliError(text.noSheet(wanted, names));
    const result = checkSheet(sheet.snapshot, { locale, rubric: rubricOf(sheet) });
    if (!result.ok) throw new CliError(describeNoTable(result.noTable, locale, sheet.name));
    const report = reportOf(sheet, result.check);
    io.out(parsed.values.json ? workbookReportJson(file, [report], [], locale) : sheetReportText(file, report, locale, { everyFinding: verbose }));
    return workbookExitCode([report]);
  }

  const ranked = rankRubricSheets(sheets, rubric);
  const chosen = sheetsToCheck(ranked);
  if (chosen.length === 0) throw new CliError(`${text.noTable(basename(file), names)}${describeHeaderSearch(workbookHeaderSearch(sheets), locale)}`);
  const reports: SheetReport[] = chosen.map(({ name, snapshot, search }) => {
    const result = checkSheet(snapshot, { locale, rubric: rubricOf({ name, snapshot }) }, search);
    return result.ok ? reportOf({ name, snapshot }, result.check) : { sheet: name, noTable: result.noTable };
  });
  const [only] = reports;
  // One sheet that cannot be checked is the command's failure, as before the workbook held several.
  if (reports.length === 1 && only !== undefined && "noTable" in only) throw new CliError(describeNoTable(only.noTable, locale, only.sheet));
  const skipped = ranked.filter((r) => !chosen.includes(r) && r.criteria > 0).map((r) => ({ sheet: r.name, criteria: r.criteria }));
  io.out(
    parsed.values.json
      ? workbookReportJson(file, reports, skipped, locale)
      : workbookReportText(file, reports, skipped, rubric.criteria.length, locale, { everyFinding: verbose }),
  );
  return workbookExitCode(reports);
}

export const checkCommand: Command = {
  name: "check",
  summary: { "zh-CN": TEXT["zh-CN"].summary, "en-US": TEXT["en-US"].summary },
  run: (args, io) => runCheck(args, io),
};

