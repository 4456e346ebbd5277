import { basename, dirname, extname, join, resolve } from "node:path";
import { categoryChartSvg } from "../report/categoryChart";
import { renderReportHtml } from "../report/reportHtml";
import { buildReport } from "../report/reportModel";
import { REPORT_TEXT, formatPoints, vetoedGrade } from "../report/reportText";
import { readSheetFacts } from "../scoring/sheetFacts";
import type { Locale } from "../table/locale";
import { CliError, EXIT, cliLocale, type CliIo, type Command } from "./command";
import { parseLang, parseOptions } from "./options";
import { isFolder, writeOutputFile } from "./outputFile";
import { PrintError, findChromium, printHtmlToPdf } from "./printPdf";
import { loadRubricFile } from "./rubricFile";
import type { SnapshotReader } from "./checkCommand";
import { readRubricSheet, streamingReader } from "./rubricSheet";

const TEXT = {
  "zh-CN": {
    summary: "生成评价报告（HTML 或 PDF，含得分图表）",
    help: [
      "用法：qcity report 文件.xlsx [--out 评价报告.html|评价报告.pdf] [--sheet 工作表名] [--rubric 评价标准.json] [--lang en-US] [--force]",
      "",
      "为已填写的评价表生成一页或两页的评价报告：总评分、评价等级、各评价项目得分与得分率（含图表）、扣分情况与扣分说明、",
      "缺少佐证材料与未打分的评价准则、检查发现的问题，以及评价人、复核人签字栏。",
      "HTML 为单个文件，可直接在浏览器中打印（A4 纵向）；--out 以 .pdf 结尾时用无界面 Chromium 打印成 PDF。",
      "退出码：0 已生成；2 文件无法读取、其中没有评价表，或无法写入。",
      "",
      "  --out, -o      输出文件，默认“<工作簿名>-评价报告.html”；给出已有文件夹时写入其中；文件夹须已存在",
      "  --sheet        评价表所在的工作表；默认自动找到",
      "  --rubric       评价标准 JSON 文件（如省级细则，见 qcity rubric），代替工作表记录的评价标准；默认用工作表记录的（随工作簿携带或本程序自带）",
      "  --lang         报告语言：zh-CN（默认）或 en-US；评价准则正文保持原文",
      "  --force        覆盖已存在的文件",
      "  --help, -h     显示本说明",
      "",
      "生成 PDF 需要 Chromium 或 Chrome：在 PATH 中查找，或用环境变量 QCITY_CHROMIUM 指定其路径。",
    ].join("\n"),
    usage: "请给出一个 .xlsx 文件，例如：qcity report 评价表.xlsx。运行 qcity report --help 查看用法。",
    emptyOut: "--out 不能为空：请给出文件名（如 评价报告.html 或 评价报告.pdf）或已有的文件夹（如 .）。",
    defaultSuffix: "-评价报告.html",
    noChromium: (html: string) =>
      `未找到 Chromium 或 Chrome，无法生成 PDF。请安装 Chromium（Debian/Ubuntu：apt-get install chromium），或用环境变量 QCITY_CHROMIUM 指定浏览器路径；` +
      `也可以先生成 HTML（qcity report … --out ${html}），在浏览器中打开后选择“打印 → 另存为 PDF”。`,
    printFailed: (reason: string, html: string) => `用 Chromium 打印 PDF 失败（${reason}）。可以先生成 HTML（--out ${html}），在浏览器中打开并打印为 PDF。`,
    reasons: { timeout: "超时", "no-pdf": "没有生成 PDF", "cannot-start": "无法启动浏览器" } as Record<string, string>,
    done: (path: string, total: string, points: string, grade: string) => `已生成评价报告：${path}（总评分 ${total} / ${points}${grade === "" ? "" : `，评价等级 ${grade}`}）`,
  },
  "en-US": {
    summary: "Write the assessment report (HTML or PDF, with a chart of the scores)",
    help: [
      "Usage: qcity report FILE.xlsx [--out report.html|report.pdf] [--sheet NAME] [--rubric RUBRIC.json] [--lang en-US] [--force]",
      "",
      "Writes a one- or two-page report of a filled rubric sheet: total, grade, each category's score and rate (with a chart),",
      "the deductions with their notes, criteria without evidence or score, the findings of the checks, and sign-off lines.",
      "HTML is one file that prints from any browser (A4 portrait); an --out ending in .pdf prints it with headless Chromium.",
      "Exit codes: 0 written; 2 the file cannot be read, holds no rubric table, or the report cannot be written.",
      "",
      "  --out, -o      output file; default \"<workbook name>-report.html\"; an existing folder gets that file inside it; the folder must exist",
      "  --sheet        the sheet that holds the rubric table; found by default",
      "  --rubric       a rubric JSON file (e.g. a province's, see qcity rubric) instead of the one the sheet records; by default the sheet's (carried by the workbook or shipped)",
      "  --lang         report language: zh-CN (default) or en-US; the rubric's text stays as written",
      "  --force        overwrite an existing file",
      "  --help, -h     show this help",
      "",
      "A PDF needs Chromium or Chrome: found on the PATH, or named by the QCITY_CHROMIUM environment variable.",
    ].join("\n"),
    usage: "Give one .xlsx file, e.g. qcity report rubric.xlsx. Run qcity report --help for usage.",
    emptyOut: "--out cannot be empty: give a file name (e.g. report.html or report.pdf) or an existing folder (e.g. .).",
    defaultSuffix: "-report.html",
    noChromium: (html: string) =>
      `Chromium or Chrome was not found, so no PDF can be printed. Install Chromium (Debian/Ubuntu: apt-get install chromium) or set QCITY_CHROMIUM to the browser's path; ` +
      `or write the HTML (qcity report … --out ${html}), open it in a browser and choose Print → Save as PDF.`,
    printFailed: (reason: string, html: string) => `Printing the PDF with Chromium failed (${reason}). Write the HTML (--out ${html}), open it in a browser and print it to PDF.`,
    reasons: { timeout: "timed out", "no-pdf": "no PDF was written", "cannot-start": "the browser could not be started" } as Record<string, string>,
    done: (path: string, total: string, points: string, grade: string) => `Wrote the report ${path} (total ${total} / ${points}${grade === "" ? "" : `, grade ${grade}`})`,
  },
} as const;

const OPTIONS = {
  out: { type: "string", short: "o" },
  sheet: { type: "string" },
  rubric: { type: "string" },
  lang: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** What the command needs from its surroundings; tests replace the reader, the browser search and the clock. */
export interface ReportDeps {
  readonly read?: SnapshotReader;
  readonly findChromium?: () => Promise<string | undefined>;
  readonly today?: () => Date;
}

/** The file `--out` names and its format: .pdf prints to PDF, anything else is HTML (.html added when there is no .html/.htm). */
async function outputTarget(out: string | undefined, file: string, cwd: string, text: (typeof TEXT)[Locale]): Promise<{ path: string; pdf: boolean }> {
  const defaultName = `${basename(file, extname(file))}${text.defaultSuffix}`;
  // Without --out, beside the workbook it reports on.
  if (out === undefined) return { path: join(dirname(resolve(cwd, file)), defaultName), pdf: false };
  if (out.trim() === "") throw new CliError(text.emptyOut);
  const given = resolve(cwd, out);
  if ((await isFolder(given)) === true) return { path: join(given, defaultName), pdf: false };
  if (/\.pdf$/i.test(given)) return { path: given, pdf: true };
  return { path: /\.html?$/i.test(given) ? given : `${given}.html`, pdf: false };
}

/** YYYY-MM-DD in local time. */
function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * `qcity report FILE [--out FILE.html|FILE.pdf] [--sheet NAME] [--lang en-US] [--force]`:
 * writes the report of the workbook's rubric sheet (src/report) as one
 * self-contained HTML file, or as a PDF printed by headless Chromium. Resolves
 * to 0 once written. Throws CliError (exit 2) for bad usage, a file that cannot
 * be read or holds no rubric table (as `qcity check`), no Chromium for a PDF
 * (saying how to get one), or an output that exists (without --force) or
 * cannot be written; nothing is written then.
 */
export async function runReport(args: readonly string[], io: CliIo, deps: ReportDeps = {}): Promise<number> {
  const messageLocale = cliLocale(args);
  const text = TEXT[messageLocale];
  const parsed = parseOptions("report", args, OPTIONS, true, messageLocale);
  if (parsed.values.help) {
    io.out(text.help);
    return EXIT.ok;
  }
  const locale = parseLang(parsed.values.lang, messageLocale);
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) throw new CliError(text.usage);
  const target = await outputTarget(parsed.values.out, file, io.cwd, text);
  const htmlName = target.path.replace(/\.pdf$/i, ".html");
  // Before reading the workbook: a PDF that cannot be printed should not cost the read.
  const chromium = target.pdf ? await (deps.findChromium ?? findChromium)() : undefined;
  if (target.pdf && chromium === undefined) throw new CliError(text.noChromium(htmlName));

  const option = parsed.values.rubric === undefined ? undefined : await loadRubricFile(resolve(io.cwd, parsed.values.rubric), parsed.values.rubric, messageLocale);
  const sheet = await readRubricSheet(file, { sheet: parsed.values.sheet, verbose: false, locale, cwd: io.cwd, rubric: option }, deps.read ?? streamingReader);
  const { check, rubric } = sheet;
  const model = buildReport({ check, rubric, sheetName: sheet.name, file: basename(file), ...readSheetFacts(sheet.snapshot, check, rubric), ...(sheet.panel && { panel: sheet.panel }) });
  const html = renderReportHtml(model, { locale, chartSvg: categoryChartSvg(model.categories), generatedOn: isoDate((deps.today ?? (() => new Date()))()) });

  let bytes: string | Uint8Array = html;
  if (chromium !== undefined) {
    try {
      bytes = await printHtmlToPdf(chromium, html);
    } catch (error) {
      if (!(error instanceof PrintError)) throw error;
      throw new CliError(text.printFailed(text.reasons[error.message] ?? error.message, htmlName), { cause: error });
    }
  }
  await writeOutputFile(target.path, bytes, parsed.values.force === true, messageLocale);
  io.out(text.done(target.path, formatPoints(model.header.total), formatPoints(model.header.points), vetoedGrade(model.header, REPORT_TEXT[messageLocale])));
  return EXIT.ok;
}

export const reportCommand: Command = {
  name: "report",
  summary: { "zh-CN": TEXT["zh-CN"].summary, "en-US": TEXT["en-US"].summary },
  run: (args, io) => runReport(args, io),
};
