import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildLayout } from "../layout/buildLayout";
import type { SheetLocale } from "../layout/headers";
import { OFFICIAL_RUBRIC } from "../rubric/official";
import { CliError, EXIT, cliLocale, type CliIo, type Command } from "./command";

const TEXT = {
  "zh-CN": {
    summary: "导出评价表为 .xlsx 工作簿",
    help: [
      "用法：qcity export [--out 文件.xlsx] [--province 省名] [--city 市名] [--no-evidence] [--lang en-US] [--force]",
      "",
      "把《质量兴市绩效评价指南（试行）》评价表写成 .xlsx 工作簿（合并单元格、数据验证、名称、打印设置与原表一致）。",
      "",
      "  --out, -o      输出文件，默认“质量兴市绩效评价表.xlsx”（给出省、市时以其开头）",
      "  --province     省（自治区、直辖市），按原文写入",
      "  --city         市（区、县），按原文写入",
      "  --no-evidence  不加“佐证材料”“扣分说明”两列",
      "  --lang         表头与提示语言：zh-CN（默认）或 en-US；评价准则正文保持中文",
      "  --force        覆盖已存在的文件",
      "  --help, -h     显示本说明",
    ].join("\n"),
    defaultName: "质量兴市绩效评价表.xlsx",
    exists: (path: string) => `文件已存在：${path}。未覆盖；如要覆盖，请加 --force。`,
    cannotWrite: (path: string, reason: string) => `无法写入 ${path}：${reason}`,
    badLang: (value: string) => `不支持的语言“${value}”，请用 zh-CN 或 en-US。`,
    badOption: (reason: string) => `${reason}。运行 qcity export --help 查看用法。`,
    done: (path: string, rows: number, points: number) => `已导出：${path}（${rows} 项评价准则，共 ${points} 分）`,
  },
  "en-US": {
    summary: "Export the rubric sheet to an .xlsx workbook",
    help: [
      "Usage: qcity export [--out file.xlsx] [--province NAME] [--city NAME] [--no-evidence] [--lang en-US] [--force]",
      "",
      "Writes the 质量兴市绩效评价指南（试行） rubric as an .xlsx workbook, with the document's merges, data validation, names and print setup.",
      "",
      "  --out, -o      output file; default \"Quality-City-Evaluation.xlsx\" (prefixed with province and city when given)",
      "  --province     province (autonomous region, municipality), written as given",
      "  --city         city (district, county), written as given",
      "  --no-evidence  leave out the Evidence and Deduction note columns",
      "  --lang         language of headers and messages: zh-CN (default) or en-US; the rubric text stays Chinese",
      "  --force        overwrite an existing file",
      "  --help, -h     show this help",
    ].join("\n"),
    defaultName: "Quality-City-Evaluation.xlsx",
    exists: (path: string) => `${path} already exists. Not overwritten; add --force to overwrite it.`,
    cannotWrite: (path: string, reason: string) => `Cannot write ${path}: ${reason}`,
    badLang: (value: string) => `Unsupported language "${value}"; use zh-CN or en-US.`,
    badOption: (reason: string) => `${reason}. Run qcity export --help for usage.`,
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

function parse(args: readonly string[], locale: SheetLocale) {
  try {
    return parseArgs({ args: [...args], options: OPTIONS, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new CliError(TEXT[locale].badOption((error as Error).message.replace(/\.$/, "")));
  }
}

function sheetLocale(value: string | undefined, locale: SheetLocale): SheetLocale {
  if (value === undefined || /^zh(-CN)?$/i.test(value)) return "zh-CN";
  if (/^en(-US)?$/i.test(value)) return "en-US";
  throw new CliError(TEXT[locale].badLang(value));
}

/**
 * `qcity export`: writes the official rubric sheet (buildLayout → ExcelJS) to
 * an .xlsx file. Never overwrites an existing file unless --force; exit 2 with
 * a message when the file exists or cannot be written.
 */
export const exportCommand: Command = {
  name: "export",
  summary: { "zh-CN": TEXT["zh-CN"].summary, "en-US": TEXT["en-US"].summary },
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const messageLocale = cliLocale(args);
    const text = TEXT[messageLocale];
    const options = parse(args, messageLocale);
    if (options.help) {
      io.out(text.help);
      return EXIT.ok;
    }
    const locale = sheetLocale(options.lang, messageLocale);
    const province = options.province?.trim() ?? "";
    const city = options.city?.trim() ?? "";
    const defaultName = `${safeFileName(province + city)}${TEXT[locale].defaultName}`;
    let path = resolve(io.cwd, options.out ?? defaultName);
    if (!/\.xlsx$/i.test(path)) path += ".xlsx";

    const layout = buildLayout(OFFICIAL_RUBRIC, { province, city, locale, evidenceColumns: !options["no-evidence"], formulaStyle: "native" });
    // Loaded here, so that `qcity --help` and other commands do not load ExcelJS.
    const { workbookBuffer } = await import("../xlsx/writeWorkbook");
    const buffer = await workbookBuffer(layout);
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, buffer, { flag: options.force ? "w" : "wx" });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(code === "EEXIST" ? text.exists(path) : text.cannotWrite(path, (error as Error).message));
    }
    io.out(text.done(path, OFFICIAL_RUBRIC.criteria.length, OFFICIAL_RUBRIC.totalPoints));
    return EXIT.ok;
  },
};
