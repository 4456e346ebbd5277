import { availableParallelism } from "node:os";
import { join, relative, resolve } from "node:path";
import type { Locale } from "../table/locale";
import type { Rubric } from "../rubric/types";
import { loadRubricFile } from "./rubricFile";
import { CliError, EXIT, cliLocale, type CliIo, type Command } from "./command";
import { collectWorkbook } from "./collect/collectWorkbook";
import { tableCsv, tableObjects } from "./collect/csv";
import { findWorkbooks } from "./collect/findWorkbooks";
import { progressBar } from "./collect/progress";
import { findingsTable, summaryTable, unreadableTable } from "./collect/tables";
import type { WorkbookResult } from "./collect/types";
import { outputProblem, writeAll, type OutputFile, type OutputProblem } from "./collect/writeOutputs";
import { parseLang, parseOptions } from "./options";
import { isFolder } from "./outputFile";

const TEXT = {
  "zh-CN": {
    summary: "汇总多个文件夹中已填写的评价表（一行一张评价表，另附问题清单）",
    help: [
      "用法：qcity collect 文件夹… [--out 汇总.xlsx] [--csv 文件.csv] [--json 文件.json] [--rubric 评价标准.json] [--jobs N] [--force] [--lang en-US]",
      "",
      "在文件夹（含子文件夹）中查找 .xlsx 工作簿，逐个检查其中的评价表，汇总成一个工作簿：",
      "“汇总”每张评价表一行（文件、省、市、角色、评价人、评价标准、总评分、适用分值、折算得分、评价等级、一票否决、各评价项目得分），",
      "“问题清单”列出全部问题，“无法读取”列出读不了的文件及原因。单个文件出错不影响其他文件。",
      "每张评价表按它记录的评价标准检查（随工作簿携带或本程序自带）；记录的评价标准未知时，该表列入“无法读取”。",
      "一票否决列：标为“是”的否决条件编号（如 V1）；全部为“否”时为“否”；评价标准没有否决条件或尚未填写时为空。",
      "退出码：0 全部读取且没有问题；1 有问题或有文件无法读取；2 没有任何文件可读，或参数有误。",
      "",
      "  --out, -o      汇总工作簿；默认“汇总.xlsx”",
      "  --csv          另把“汇总”写成 CSV（UTF-8），供 Power Query、DuckDB、数据库使用；以 = + - @ 或制表符、回车开头的文字前加一个 '，",
      "                 以免电子表格把它当作公式执行（数字照常写出，如 -3）",
      "  --json         另把汇总、问题清单和无法读取写成 JSON",
      "  --rubric       评价标准 JSON 文件（如省级细则），代替每张工作表记录的评价标准",
      "  --jobs, -j     并行读取的进程数；默认为 CPU 核数",
      "  --force        覆盖已存在的输出文件",
      "  --lang         输出语言：zh-CN（默认）或 en-US",
      "  --help, -h     显示本说明",
    ].join("\n"),
    defaultOut: "汇总.xlsx",
    usage: "请给出至少一个文件夹，例如：qcity collect 各市评价表。运行 qcity collect --help 查看用法。",
    badJobs: (value: string) => `--jobs 须为正整数，而不是“${value}”。`,
    missing: (folders: string) => `找不到文件夹：${folders}。`,
    none: (folders: string) => `${folders} 中没有 .xlsx 工作簿。`,
    noneRead: (count: number) => `${count} 个工作簿都无法读取，未写出汇总：`,
    exists: (path: string) => `${path} 已存在；如要覆盖，请加 --force。`,
    noFolder: (folder: string) => `输出文件夹不存在：${folder}（不会自动创建）。`,
    cannotWrite: (path: string, code: string) => `无法写入 ${path}（${code}），未写出任何输出。`,
    more: (count: number) => `……另有 ${count} 项，见“无法读取”工作表。`,
    unlisted: (folder: string, code: string) => `无法列出文件夹“${folder}”中的文件（${code === "EACCES" || code === "EPERM" ? "没有权限" : code}），其中的工作簿未汇总。`,
    named: (file: string, sheet: string, reason: string) => `${file}${sheet !== "" ? `（工作表“${sheet}”）` : ""}：${reason}`,
    done: (read: number, files: number, sheets: number, findings: number, unreadable: number) =>
      `已汇总 ${read} / ${files} 个工作簿、${sheets} 张评价表；问题 ${findings} 条；无法读取 ${unreadable} 项。`,
    wrote: (path: string) => `已写入 ${path}`,
  },
  "en-US": {
    summary: "Roll up the filled rubric workbooks of many folders (one row per rubric sheet, with a findings list)",
    help: [
      "Usage: qcity collect FOLDER… [--out summary.xlsx] [--csv FILE.csv] [--json FILE.json] [--rubric RUBRIC.json] [--jobs N] [--force] [--lang en-US]",
      "",
      "Finds the .xlsx workbooks in the folders (and their subfolders), checks the rubric table in each, and rolls them up into one workbook:",
      "Summary has one row per rubric sheet (file, province, city, role, assessor, rubric, total, applicable points, re-scaled total, grade,",
      "veto, the score of each category), Findings lists every finding, Unreadable the files that could not be read and why.",
      "One bad file never stops the others. Each sheet is checked with the rubric it records (carried by the workbook or shipped);",
      "a sheet whose rubric is unknown is listed as unreadable. Veto: the codes of the conditions marked 是 (e.g. V1); 否 when all are",
      "answered 否; blank when the rubric has none or they are not answered yet.",
      "Exit codes: 0 every file read and clean; 1 findings or unreadable files; 2 no file could be read, or bad arguments.",
      "",
      "  --out, -o      the roll-up workbook; default \"summary.xlsx\"",
      "  --csv          also write the Summary rows as CSV (UTF-8), for Power Query, DuckDB or a database; text that starts with",
      "                 = + - @, a tab or a carriage return gets a leading ' so that a spreadsheet never runs it as a formula",
      "                 (numbers stay numbers, e.g. -3)",
      "  --json         also write the summary, findings and unreadable files as JSON",
      "  --rubric       a rubric JSON file (e.g. a province's) instead of the one each sheet records",
      "  --jobs, -j     workbooks read in parallel; default the number of CPU cores",
      "  --force        overwrite existing output files",
      "  --lang         output language: zh-CN (default) or en-US",
      "  --help, -h     show this help",
    ].join("\n"),
    defaultOut: "summary.xlsx",
    usage: "Give at least one folder, e.g. qcity collect workbooks. Run qcity collect --help for usage.",
    badJobs: (value: string) => `--jobs must be a positive whole number, not "${value}".`,
    missing: (folders: string) => `Folder not found: ${folders}.`,
    none: (folders: string) => `No .xlsx workbook in ${folders}.`,
    noneRead: (count: number) => `None of the ${count} workbook(s) could be read; no roll-up written:`,
    exists: (path: string) => `${path} exists; add --force to overwrite it.`,
    noFolder: (folder: string) => `Output folder not found: ${folder} (not created).`,
    cannotWrite: (path: string, code: string) => `Cannot write ${path} (${code}); no output written.`,
    more: (count: number) => `… and ${count} more, listed on the Unreadable sheet.`,
    unlisted: (folder: string, code: string) => `Cannot list the folder "${folder}" (${code === "EACCES" || code === "EPERM" ? "permission denied" : code}); its workbooks were not collected.`,
    named: (file: string, sheet: string, reason: string) => `${file}${sheet !== "" ? ` (sheet "${sheet}")` : ""}: ${reason}`,
    done: (read: number, files: number, sheets: number, findings: number, unreadable: number) =>
      `Collected ${read} of ${files} workbook(s), ${sheets} rubric sheet(s); ${findings} finding(s); ${unreadable} unreadable.`,
    wrote: (path: string) => `Wrote ${path}`,
  },
} as const;

const OPTIONS = {
  out: { type: "string", short: "o" },
  csv: { type: "string" },
  json: { type: "string" },
  rubric: { type: "string" },
  jobs: { type: "string", short: "j" },
  force: { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Unreadable files named on stderr; the rest are on the 无法读取 sheet. */
const LISTED = 10;

function parseJobs(value: string | undefined, text: (typeof TEXT)[Locale]): number {
  if (value === undefined) return availableParallelism();
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new CliError(text.badJobs(value));
  return Number(value);
}

function problemMessage(problem: OutputProblem, text: (typeof TEXT)[Locale]): string {
  switch (problem.kind) {
    case "exists":
      return text.exists(problem.path);
    case "no-folder":
      return text.noFolder(problem.path);
    case "failed":
      return text.cannotWrite(problem.path, problem.code);
  }
}

/** Collects the workbooks, `jobs` at a time: on worker threads, or here when one job (or one file) is enough. */
async function collectAll(workbooks: readonly { path: string; file: string }[], jobs: number, option: Rubric | undefined, locale: Locale, done: () => void): Promise<WorkbookResult[]> {
  const tasks = workbooks.map((w, index) => ({ index, ...w }));
  if (jobs > 1 && tasks.length > 1) {
    const { collectInWorkers } = await import("./collect/workerPool");
    return collectInWorkers(tasks, jobs, { locale, rubric: option?.data }, done);
  }
  const { streamWorkbookSnapshots } = await import("../xlsx/streamSnapshots");
  const results: WorkbookResult[] = [];
  for (const task of tasks) {
    results.push(await collectWorkbook(task.path, task.file, streamWorkbookSnapshots, option, locale));
    done();
  }
  return results;
}

/**
 * `qcity collect FOLDER… [--out F.xlsx] [--csv F] [--json F] [--rubric R.json] [--jobs N] [--force] [--lang]`:
 * rolls up every rubric sheet under the folders into one workbook (汇总,
 * 问题清单, 无法读取) and optionally CSV and JSON. Resolves to 0 when every
 * file was read and is clean, 1 with findings or unreadable files. Throws
 * CliError (exit 2) for bad arguments, a missing folder, no workbook, none
 * readable, or outputs that exist (without --force) or cannot be written;
 * then nothing is written.
 */
export async function runCollect(args: readonly string[], io: CliIo): Promise<number> {
  const messages = cliLocale(args);
  const parsed = parseOptions("collect", args, OPTIONS, true, messages);
  if (parsed.values.help) {
    io.out(TEXT[messages].help);
    return EXIT.ok;
  }
  const locale = parseLang(parsed.values.lang, messages);
  const text = TEXT[locale];
  const folders = parsed.positionals;
  if (folders.length === 0) throw new CliError(text.usage);
  const jobs = parseJobs(parsed.values.jobs, text);
  const given = resolve(io.cwd, parsed.values.out ?? text.defaultOut);
  // An existing folder gets 汇总.xlsx inside it, as `export`, `report` and `merge` do.
  const out = parsed.values.out !== undefined && (await isFolder(given)) === true ? join(given, text.defaultOut) : given;
  const csv = parsed.values.csv !== undefined ? resolve(io.cwd, parsed.values.csv) : undefined;
  const json = parsed.values.json !== undefined ? resolve(io.cwd, parsed.values.json) : undefined;
  const outputs = [out, ...(csv !== undefined ? [csv] : []), ...(json !== undefined ? [json] : [])];
  const blocked = await outputProblem(outputs, parsed.values.force === true);
  if (blocked !== undefined) throw new CliError(problemMessage(blocked, text));
  const option = parsed.values.rubric === undefined ? undefined : await loadRubricFile(resolve(io.cwd, parsed.values.rubric), parsed.values.rubric, locale);

  const { workbooks, missing, unlisted } = await findWorkbooks(folders, io.cwd, outputs);
  const list = (names: readonly string[]) => names.join(locale === "en-US" ? ", " : "、");
  if (missing.length > 0) throw new CliError(text.missing(list(missing)));
  if (workbooks.length === 0) throw new CliError(text.none(list(folders)));

  const progress = await progressBar(workbooks.length, locale, io.progressStream);
  const results = await collectAll(workbooks, jobs, option, locale, () => progress.tick()).finally(() => progress.stop());
  const sheets = results.flatMap((r) => r.sheets);
  const findings = results.flatMap((r) => r.findings);
  const unreadable = [...unlisted.map(({ folder, code }) => ({ file: folder, sheet: "", kind: "not-found", reason: text.unlisted(folder, code) })), ...results.flatMap((r) => r.unreadable)];
  const read = results.filter((r) => r.sheets.length > 0).length;
  // Each reason names its file (some readers' reasons do already).
  const reasons = unreadable.slice(0, LISTED).map((u) => `  ${u.reason.includes(u.file) ? u.reason : text.named(u.file, u.sheet, u.reason)}`);
  if (unreadable.length > LISTED) reasons.push(`  ${text.more(unreadable.length - LISTED)}`);
  if (read === 0) throw new CliError([text.noneRead(workbooks.length), ...reasons].join("\n"));

  const tables = [summaryTable(sheets, locale), findingsTable(findings, locale), unreadableTable(unreadable, locale)] as const;
  const { tablesWorkbook } = await import("../xlsx/tablesWorkbook");
  const files: OutputFile[] = [{ path: out, data: await tablesWorkbook(tables) }];
  if (csv !== undefined) files.push({ path: csv, data: tableCsv(tables[0]) });
  if (json !== undefined) files.push({ path: json, data: `${JSON.stringify({ sheets: tableObjects(tables[0]), findings, unreadable }, null, 2)}\n` });
  const failed = await writeAll(files);
  if (failed !== undefined) throw new CliError(problemMessage(failed, text));

  if (reasons.length > 0) io.err(reasons.join("\n"));
  io.out(text.done(read, workbooks.length, sheets.length, findings.length, unreadable.length));
  for (const { path } of files) io.out(text.wrote(relative(io.cwd, path) || path));
  return findings.length > 0 || unreadable.length > 0 ? EXIT.findings : EXIT.ok;
}

export const collectCommand: Command = {
  name: "collect",
  summary: { "zh-CN": TEXT["zh-CN"].summary, "en-US": TEXT["en-US"].summary },
  run: (args, io) => runCollect(args, io),
};
