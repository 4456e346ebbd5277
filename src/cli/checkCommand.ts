import { checkReportJson, checkReportText } from "./checkReport";
import { CliError, EXIT, cliLocale, type CliIo, type Command } from "./command";
import { parseLang, parseOptions } from "./options";
import { readCheckedSheet, readWithExcelJs, type SnapshotReader } from "./rubricSheet";

export type { SnapshotReader } from "./rubricSheet";

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
  },
} as const;

const OPTIONS = {
  json: { type: "boolean" },
  sheet: { type: "string" },
  verbose: { type: "boolean", short: "v" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

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

  const found = await readCheckedSheet(file, { sheet: parsed.values.sheet, verbose, locale, cwd: io.cwd }, read);
  io.out(parsed.values.json ? checkReportJson(file, found.name, found.check) : checkReportText(file, found.name, found.check, locale, { everyFinding: verbose }));
  return found.check.findings.length > 0 ? EXIT.findings : EXIT.ok;
}

export const checkCommand: Command = {
  name: "check",
  summary: { "zh-CN": TEXT["zh-CN"].summary, "en-US": TEXT["en-US"].summary },
  run: (args, io) => runCheck(args, io),
};
