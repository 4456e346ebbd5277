import { join, resolve } from "node:path";
import { buildLayout } from "../layout/buildLayout";
import type { Locale } from "../table/locale";
import { CliError, EXIT, cliLocale, type CliIo, type Command } from "./command";
import { parseLang, parseOptions } from "./options";
import { isFolder, requireExistingFolder, requireFolder, writeOutputFile } from "./outputFile";
import { rubricOption } from "./rubrics";

const TEXT = {
  "zh-CN": {
    summary: "导出评价表为 .xlsx 工作簿",
    help: [
      "用法：qcity export [--out 文件.xlsx] [--rubric 评价标准.json] [--province 省名] [--city 市名] [--no-evidence] [--lang en-US] [--force]",
      "",
      "把评价表（默认《质量兴市绩效评价指南（试行）》）写成 .xlsx 工作簿（合并单元格、数据验证、名称、打印设置与原表一致）。",
      "",
      "  --out, -o      输出文件，默认“质量兴市绩效评价表.xlsx”（给出省、市时以其开头）；给出已有文件夹时写入其中；文件夹须已存在",
      "  --rubric       评价标准 JSON 文件（如 qcity rubric import 生成的省级细则）；默认为 2009 年指南",
      "  --province     省（自治区、直辖市），按原文写入",
      "  --city         市（区、县），按原文写入",
      "  --no-evidence  不加“佐证材料”“扣分说明”两列",
      "  --lang         表头与提示语言：zh-CN（默认）或 en-US；评价准则正文保持中文",
      "  --force        覆盖已存在的文件",
      "  --help, -h     显示本说明",
    ].join("\n"),
    defaultName: "质量兴市绩效评价表.xlsx",
    emptyOut: "--out 不能为空：请给出文件名（如 评价表.xlsx）或已有的文件夹（如 .）。",
    done: (path: string, rows: number, points: number) => `已导出：${path}（${rows} 项评价准则，共 ${points} 分）`,
  },
  "en-US": {
    summary: "Export the rubric sheet to an .xlsx workbook",
    help: [
      "Usage: qcity export [--out file.xlsx] [--rubric rubric.json] [--province NAME] [--city NAME] [--no-evidence] [--lang en-US] [--force]",
      "",
      "Writes a rubric sheet (by default the 质量兴市绩效评价指南（试行）) as an .xlsx workbook, with the document's merges, data validation, names and print setup.",
      "",
      "  --out, -o      output file; default \"Quality-City-Evaluation.xlsx\" (prefixed with province and city when given); an existing folder gets that file inside it; the folder must exist",
      "  --rubric       a rubric JSON file (e.g. a province's table from qcity rubric import); default the 2009 guide",
      "  --province     province (autonomous region, municipality), written as given",
      "  --city         city (district, county), written as given",
      "  --no-evidence  leave out the Evidence and Deduction note columns",
      "  --lang         language of headers and messages: zh-CN (default) or en-US; the rubric text stays Chinese",
      "  --force        overwrite an existing file",
      "  --help, -h     show this help",
    ].join("\n"),
    defaultName: "Quality-City-Evaluation.xlsx",
    emptyOut: "--out cannot be empty: give a file name (e.g. rubric.xlsx) or an existing folder (e.g. .).",
    done: (path: string, rows: number, points: number) => `Exported ${path} (${rows} criteria, ${points} points)`,
  },
} as const;

const OPTIONS = {
  out: { type: "string", short: "o" },
  rubric: { type: "string" },
  province: { type: "string" },
  city: { type: "string" },
  "no-evidence": { type: "boolean" },
  lang: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Characters no file name may hold on Windows, macOS or Linux; leading dots, which hide a file on macOS and Linux, too. */
function safeFileName(text: string): string {
  return text.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "").trim().replace(/^\.+/, "").trim();
}

/** Longest default file name, in UTF-8 bytes: file systems allow 255, and some tools and zips less. */
const DEFAULT_NAME_MAX_BYTES = 120;

/** `prefix` + `name`, the prefix cut (at a character) so the whole stays within DEFAULT_NAME_MAX_BYTES. */
function defaultFileName(prefix: string, name: string): string {
  let kept = "";
  for (const ch of safeFileName(prefix)) {
    if (Buffer.byteLength(kept + ch + name) > DEFAULT_NAME_MAX_BYTES) break;
    kept += ch;
  }
  return `${kept.trim()}${name}`;
}

/** The file `--out` names: as given (plus .xlsx), or `defaultName` inside it when it is an existing folder. */
async function outputPath(out: string | undefined, defaultName: string, cwd: string, locale: Locale): Promise<string> {
  const text = TEXT[locale];
  if (out === undefined) return resolve(cwd, defaultName);
  if (out.trim() === "") throw new CliError(text.emptyOut);
  const given = resolve(cwd, out);
  // "nofolder/" names a folder: it must exist, never becoming a file "nofolder.xlsx" beside it.
  if (/[\\/]$/.test(out)) {
    await requireExistingFolder(given, locale);
    return join(given, defaultName);
  }
  if ((await isFolder(given)) === true) return join(given, defaultName);
  return /\.xlsx$/i.test(given) ? given : `${given}.xlsx`;
}

/**
 * `qcity export`: writes the official rubric sheet (buildLayout → ExcelJS) to
 * an .xlsx file. An existing folder as --out gets the default file name inside
 * it. Never overwrites an existing file unless --force, and never creates
 * folders; exit 2 with a message when --out is empty, its folder does not
 * exist, or the file exists or cannot be written.
 */
export const exportCommand: Command = {
  name: "export",
  summary: { "zh-CN": TEXT["zh-CN"].summary, "en-US": TEXT["en-US"].summary },
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const messageLocale = cliLocale(args);
    const text = TEXT[messageLocale];
    const { values: options } = parseOptions("export", args, OPTIONS, false, messageLocale);
    if (options.help) {
      io.out(text.help);
      return EXIT.ok;
    }
    const locale = parseLang(options.lang, messageLocale);
    const rubric = await rubricOption(options.rubric, io.cwd, messageLocale);
    const province = options.province?.trim() ?? "";
    const city = options.city?.trim() ?? "";
    // A rubric of one's own names the file after its title (浙江省质量工作考核评分细则.xlsx); the 2009 guide keeps its usual name.
    const title = options.rubric === undefined ? "" : safeFileName(rubric.title);
    const defaultName = defaultFileName(province + city, title === "" ? TEXT[locale].defaultName : `${title}.xlsx`);
    const path = await outputPath(options.out, defaultName, io.cwd, messageLocale);
    // Never create folders: a typo in --out would silently make new ones (and Node's recursive mkdir never returns on /proc).
    await requireFolder(path, messageLocale);

    const layout = buildLayout(rubric, { province, city, locale, evidenceColumns: !options["no-evidence"], formulaStyle: "native" });
    // Loaded here, so that `qcity --help` and other commands do not load ExcelJS.
    const { workbookBuffer } = await import("../xlsx/writeWorkbook");
    // The workbook carries its rubric, so that `qcity check` and the add-in read it right on any machine.
    const buffer = await workbookBuffer(layout, [rubric]);
    await writeOutputFile(path, buffer, options.force === true, messageLocale);
    io.out(text.done(path, rubric.criteria.length, rubric.totalPoints));
    return EXIT.ok;
  },
};
