import { stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { buildLayout } from "../layout/buildLayout";
import type { Locale } from "../table/locale";
import { OFFICIAL_RUBRIC } from "../rubric/official";
import { CliError, EXIT, cliLocale, type CliIo, type Command } from "./command";
import { parseLang, parseOptions } from "./options";

const TEXT = {
  "zh-CN": {
    summary: "导出评价表为 .xlsx 工作簿",
    help: [
      "用法：qcity export [--out 文件.xlsx] [--province 省名] [--city 市名] [--no-evidence] [--lang en-US] [--force]",
      "",
      "把《质量兴市绩效评价指南（试行）》评价表写成 .xlsx 工作簿（合并单元格、数据验证、名称、打印设置与原表一致）。",
      "",
      "  --out, -o      输出文件，默认“质量兴市绩效评价表.xlsx”（给出省、市时以其开头）；给出已有文件夹时写入其中；文件夹须已存在",
      "  --province     省（自治区、直辖市），按原文写入",
      "  --city         市（区、县），按原文写入",
      "  --no-evidence  不加“佐证材料”“扣分说明”两列",
      "  --lang         表头与提示语言：zh-CN（默认）或 en-US；评价准则正文保持中文",
      "  --force        覆盖已存在的文件",
      "  --help, -h     显示本说明",
    ].join("\n"),
    defaultName: "质量兴市绩效评价表.xlsx",
    exists: (path: string) => `文件已存在：${path}。未覆盖；如要覆盖，请加 --force。`,
    emptyOut: "--out 不能为空：请给出文件名（如 评价表.xlsx）或已有的文件夹（如 .）。",
    noFolder: (folder: string) => `文件夹不存在：${folder}。未创建；请先建好文件夹，或检查路径是否写错。`,
    cannotWrite: (path: string, reason: string) => `无法写入 ${path}：${reason}`,
    reasons: { denied: "没有写入权限", folder: "这是一个文件夹", full: "磁盘空间不足", readOnly: "文件系统为只读", other: (code: string) => `系统错误 ${code}` },
    done: (path: string, rows: number, points: number) => `已导出：${path}（${rows} 项评价准则，共 ${points} 分）`,
  },
  "en-US": {
    summary: "Export the rubric sheet to an .xlsx workbook",
    help: [
      "Usage: qcity export [--out file.xlsx] [--province NAME] [--city NAME] [--no-evidence] [--lang en-US] [--force]",
      "",
      "Writes the 质量兴市绩效评价指南（试行） rubric as an .xlsx workbook, with the document's merges, data validation, names and print setup.",
      "",
      "  --out, -o      output file; default \"Quality-City-Evaluation.xlsx\" (prefixed with province and city when given); an existing folder gets that file inside it; the folder must exist",
      "  --province     province (autonomous region, municipality), written as given",
      "  --city         city (district, county), written as given",
      "  --no-evidence  leave out the Evidence and Deduction note columns",
      "  --lang         language of headers and messages: zh-CN (default) or en-US; the rubric text stays Chinese",
      "  --force        overwrite an existing file",
      "  --help, -h     show this help",
    ].join("\n"),
    defaultName: "Quality-City-Evaluation.xlsx",
    exists: (path: string) => `${path} already exists. Not overwritten; add --force to overwrite it.`,
    emptyOut: "--out cannot be empty: give a file name (e.g. rubric.xlsx) or an existing folder (e.g. .).",
    noFolder: (folder: string) => `Folder not found: ${folder}. Not created; create it first, or check the path for typos.`,
    cannotWrite: (path: string, reason: string) => `Cannot write ${path}: ${reason}`,
    reasons: { denied: "permission denied", folder: "it is a folder", full: "the disk is full", readOnly: "read-only file system", other: (code: string) => `system error ${code}` },
    done: (path: string, rows: number, points: number) => `Exported ${path} (${rows} criteria, ${points} points)`,
  },
} as const;

const OPTIONS = {
  out: { type: "string", short: "o" },
  province: { type: "string" },
  city: { type: "string" },
  "no-evidence": { type: "boolean" },
  lang: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Characters no file name may hold on Windows, macOS or Linux. */
function safeFileName(text: string): string {
  return text.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "").trim();
}

/** The file `--out` names: as given (plus .xlsx), or `defaultName` inside it when it is an existing folder. */
async function outputPath(out: string | undefined, defaultName: string, cwd: string, text: (typeof TEXT)[Locale]): Promise<string> {
  if (out === undefined) return resolve(cwd, defaultName);
  if (out.trim() === "") throw new CliError(text.emptyOut);
  const given = resolve(cwd, out);
  if ((await isFolder(given)) === true) return join(given, defaultName);
  return /\.xlsx$/i.test(given) ? given : `${given}.xlsx`;
}

/** Whether `path` is a folder; undefined when the system will not say (no permission…), so that the write reports the real reason. */
async function isFolder(path: string): Promise<boolean | undefined> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR" ? false : undefined;
  }
}

/** Node's error code as a few words in the message language. */
function writeFailure(error: unknown, text: (typeof TEXT)[Locale]): string {
  const code = (error as NodeJS.ErrnoException).code ?? "?";
  if (code === "EACCES" || code === "EPERM") return text.reasons.denied;
  if (code === "EISDIR") return text.reasons.folder;
  if (code === "ENOSPC" || code === "EDQUOT") return text.reasons.full;
  if (code === "EROFS") return text.reasons.readOnly;
  return text.reasons.other(code);
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
    const province = options.province?.trim() ?? "";
    const city = options.city?.trim() ?? "";
    const defaultName = `${safeFileName(province + city)}${TEXT[locale].defaultName}`;
    const path = await outputPath(options.out, defaultName, io.cwd, text);
    // Never create folders: a typo in --out would silently make new ones (and Node's recursive mkdir never returns on /proc).
    const folder = dirname(path);
    if ((await isFolder(folder)) === false) throw new CliError(text.noFolder(folder));

    const layout = buildLayout(OFFICIAL_RUBRIC, { province, city, locale, evidenceColumns: !options["no-evidence"], formulaStyle: "native" });
    // Loaded here, so that `qcity --help` and other commands do not load ExcelJS.
    const { workbookBuffer } = await import("../xlsx/writeWorkbook");
    const buffer = await workbookBuffer(layout);
    try {
      await writeFile(path, buffer, { flag: options.force ? "w" : "wx" });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(code === "EEXIST" ? text.exists(path) : text.cannotWrite(path, writeFailure(error, text)), { cause: error });
    }
    io.out(text.done(path, OFFICIAL_RUBRIC.criteria.length, OFFICIAL_RUBRIC.totalPoints));
    return EXIT.ok;
  },
};
