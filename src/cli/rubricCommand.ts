import { createHash } from "node:crypto";
import { basename, resolve } from "node:path";
import type { Locale } from "../table/locale";
import { formatRubricIssue } from "../rubric/issues";
import { importRubricTable, type ImportResult } from "../scoring/rubricImport";
import { WorkbookReadError } from "../xlsx/workbookReadError";
import { CliError, EXIT, cliLocale, type CliIo, type Command } from "./command";
import { parseLang, parseOptions } from "./options";
import { writeOutputFile } from "./outputFile";
import { readErrorMessage } from "./readErrorMessage";
import { readRubricFile } from "./rubricFile";
import { parseGrades, parseScale, parseVeto } from "./rubricOptions";
import { describeRubric } from "./rubricSummary";

const TEXT = {
  "zh-CN": {
    summary: "评价标准文件：从表格导入（import）、校验（check）",
    help: [
      "用法：qcity rubric import 表格.xlsx --out 评价标准.json [--sheet 工作表名] [--id 标识] [--title 标题]",
      "                          [--source 文号] [--issued YYYY-MM-DD] [--grades A=90,B=80,C=60,D=0] [--veto 条件]… [--scale 100] [--force]",
      "      qcity rubric check 评价标准.json [--lang en-US]",
      "",
      "import：把录入 Excel 的评价细则表（表头含 评价项目/评价内容/评价准则/评价方法/分值/评价打分，或 考核项目/考核内容/评分标准 等）",
      "        转为评价标准 JSON 文件。合并单元格或空白单元格延续上一格；编号取自开头的数字，没有编号时按顺序自动编号；",
      "        印出的分值（如“1领导重视（140分）”）须等于其下评价准则分值之和。表中“可不适用”列标“是”的准则可标为不适用。",
      "check： 按 JSON Schema 和评价标准自身的规则校验文件，列出数量与总分。退出码：0 有效；2 无效或无法读取。",
      "",
      "  --out, -o   输出的 JSON 文件（必填；已存在时不覆盖，除非加 --force）",
      "  --sheet     含评价细则的工作表；默认为第一个找到表头的工作表",
      "  --id        评价标准的标识（字母、数字、点、下划线、连字符）；默认由文件名或内容生成",
      "  --title     标题；默认取表格上方的标题行",
      "  --grades    评价等级及其最低得分率（百分比），从高到低，如 A=90,B=80,C=60,D=0",
      "  --veto      一票否决条件，可重复给出",
      "  --scale     另将总分折算为这么多分（如 100，百分制）",
      "  --lang      输出语言：zh-CN（默认）或 en-US",
    ].join("\n"),
    usage: "请给出子命令：qcity rubric import 表格.xlsx --out 评价标准.json，或 qcity rubric check 评价标准.json。运行 qcity rubric --help 查看用法。",
    importUsage: "请给出一个 .xlsx 文件和 --out，例如：qcity rubric import 细则.xlsx --out 细则.json。",
    checkUsage: "请给出一个评价标准 JSON 文件，例如：qcity rubric check 细则.json。",
    noTable: (file: string) => `${file} 中没有可导入的评价细则表：`,
    noSheet: (sheet: string, names: string) => `工作簿中没有名为“${sheet}”的工作表（现有：${names}）。`,
    problems: (file: string, sheet: string, count: number) => `${file}（工作表“${sheet}”）有 ${count} 处问题，未写出文件：`,
    imported: (path: string, description: string) => `已导入：${path}\n${description}`,
    numbered: "表中没有编号的行已按顺序自动编号（评价项目 1、2…，评价内容 1.1…，评价准则 1.1.1…）。",
    valid: (file: string, description: string) => `${file}：有效。\n${description}`,
    invalid: (file: string, count: number) => `${file}：有 ${count} 处错误。`,
  },
  "en-US": {
    summary: "Rubric files: import from a table (import), validate (check)",
    help: [
      "Usage: qcity rubric import TABLE.xlsx --out rubric.json [--sheet NAME] [--id ID] [--title TITLE]",
      "                          [--source DOC] [--issued YYYY-MM-DD] [--grades A=90,B=80,C=60,D=0] [--veto TEXT]… [--scale 100] [--force]",
      "       qcity rubric check rubric.json [--lang en-US]",
      "",
      "import: turns a typed rubric table (headers 评价项目/评价内容/评价准则/评价方法/分值/评价打分, or 考核项目/考核内容/评分标准…) into",
      "        a rubric JSON file. Merged or blank cells continue the cell above; codes come from the leading numbers, rows without",
      "        one are numbered in order; a printed cap such as 1领导重视（140分） must equal its criteria's sum. Criteria marked 是 in",
      "        a 可不适用 column may be marked 不适用.",
      "check:  validates a file against the JSON Schema and the rubric's own rules, and prints its counts and points.",
      "        Exit codes: 0 valid; 2 invalid or unreadable.",
      "",
      "  --out, -o   the JSON file to write (required; never overwritten unless --force)",
      "  --sheet     the sheet with the table; by default the first sheet with a header row",
      "  --id        the rubric's id (letters, digits, dots, underscores, hyphens); by default from the file name or content",
      "  --title     the title; by default the title row above the table",
      "  --grades    grade bands and their lowest score rate in percent, highest first, e.g. A=90,B=80,C=60,D=0",
      "  --veto      a veto (一票否决) condition; repeat for more",
      "  --scale     also re-scale the total to this many points (e.g. 100)",
      "  --lang      output language: zh-CN (default) or en-US",
    ].join("\n"),
    usage: "Give a sub-command: qcity rubric import TABLE.xlsx --out rubric.json, or qcity rubric check rubric.json. Run qcity rubric --help for usage.",
    importUsage: "Give one .xlsx file and --out, e.g. qcity rubric import table.xlsx --out rubric.json.",
    checkUsage: "Give one rubric JSON file, e.g. qcity rubric check rubric.json.",
    noTable: (file: string) => `${file} holds no rubric table to import: `,
    noSheet: (sheet: string, names: string) => `The workbook has no sheet named "${sheet}" (it has: ${names}).`,
    problems: (file: string, sheet: string, count: number) => `${file} (sheet "${sheet}") has ${count} problem${count === 1 ? "" : "s"}; no file written:`,
    imported: (path: string, description: string) => `Imported ${path}\n${description}`,
    numbered: "Rows without a code were numbered in order (categories 1, 2…, items 1.1…, criteria 1.1.1…).",
    valid: (file: string, description: string) => `${file}: valid.\n${description}`,
    invalid: (file: string, count: number) => `${file}: ${count} error${count === 1 ? "" : "s"}.`,
  },
} as const;

const IMPORT_OPTIONS = {
  out: { type: "string", short: "o" },
  sheet: { type: "string" },
  id: { type: "string" },
  title: { type: "string" },
  source: { type: "string" },
  issued: { type: "string" },
  grades: { type: "string" },
  veto: { type: "string", multiple: true },
  scale: { type: "string" },
  lang: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const CHECK_OPTIONS = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** A rubric id from the file name when it is ASCII, else from the table's content: stable for the same table. */
function defaultId(file: string, cells: unknown): string {
  const stem = basename(file).replace(/\.xlsx$/i, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-._]+|[-._]+$/g, "");
  if (/^[A-Za-z0-9]/.test(stem)) return stem.slice(0, 64);
  return `rubric-${createHash("sha1").update(JSON.stringify(cells)).digest("hex").slice(0, 8)}`;
}

async function runImport(args: readonly string[], io: CliIo, locale: Locale): Promise<number> {
  const text = TEXT[locale];
  const { values, positionals } = parseOptions("rubric", args, IMPORT_OPTIONS, true, locale);
  parseLang(values.lang, locale);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0 || values.out === undefined || values.out.trim() === "") throw new CliError(text.importUsage);
  const grades = parseGrades(values.grades, locale);
  const veto = parseVeto(values.veto);
  const scale = parseScale(values.scale, locale);

  const { readWorkbookGrids } = await import("../xlsx/readWorkbookGrid");
  const sheets = await readWorkbookGrids(resolve(io.cwd, file)).catch((error: unknown) => {
    throw error instanceof WorkbookReadError ? new CliError(readErrorMessage(error, file, locale, false), { cause: error }) : error;
  });
  const wanted = values.sheet?.toLowerCase();
  const candidates = wanted === undefined ? sheets : sheets.filter((s) => s.name.toLowerCase() === wanted);
  if (candidates.length === 0) throw new CliError(text.noSheet(values.sheet ?? "", sheets.map((s) => s.name).join(locale === "en-US" ? ", " : "、")));

  let first: { name: string; result: ImportResult } | undefined;
  for (const sheet of candidates) {
    const id = values.id ?? defaultId(file, sheet.grid);
    const result = importRubricTable(sheet.grid, { id, title: values.title, source: values.source, issued: values.issued, grades, veto, scale }, locale);
    first ??= { name: sheet.name, result };
    if (result.ok) {
      first = { name: sheet.name, result };
      break;
    }
  }
  const found = first as { name: string; result: ImportResult };
  if (!found.result.ok) {
    const problems = found.result.problems;
    if (problems.length === 1 && candidates.length > 1) throw new CliError(`${text.noTable(basename(file))}${problems[0]}`);
    io.err([text.problems(basename(file), found.name, problems.length), ...problems.map((p) => `  ${p}`)].join("\n"));
    return EXIT.failed;
  }
  const { rubric, summary } = found.result;
  const out = resolve(io.cwd, values.out);
  await writeOutputFile(out, `${JSON.stringify(rubric.data, null, 2)}\n`, values.force === true, locale);
  io.out(text.imported(out, describeRubric(rubric, locale)));
  if (summary.numbered) io.out(text.numbered);
  return EXIT.ok;
}

async function runRubricCheck(args: readonly string[], io: CliIo, locale: Locale): Promise<number> {
  const text = TEXT[locale];
  const { values, positionals } = parseOptions("rubric", args, CHECK_OPTIONS, true, locale);
  parseLang(values.lang, locale);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new CliError(text.checkUsage);
  const result = await readRubricFile(resolve(io.cwd, file), locale);
  if (result.ok) {
    io.out(text.valid(file, describeRubric(result.rubric, locale)));
    return EXIT.ok;
  }
  io.err([text.invalid(file, result.issues.length), ...result.issues.map((i) => `  ${formatRubricIssue(i, locale)}`)].join("\n"));
  return EXIT.failed;
}

/** `qcity rubric import|check`: rubric files from typed tables, and their validation. */
export const rubricCommand: Command = {
  name: "rubric",
  summary: { "zh-CN": TEXT["zh-CN"].summary, "en-US": TEXT["en-US"].summary },
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const locale = cliLocale(args);
    const [sub, ...rest] = args;
    if (sub === "--help" || sub === "-h" || rest.includes("--help") || rest.includes("-h")) {
      io.out(TEXT[locale].help);
      return EXIT.ok;
    }
    if (sub === "import") return runImport(rest, io, locale);
    if (sub === "check") return runRubricCheck(rest, io, locale);
    throw new CliError(TEXT[locale].usage);
  },
};
