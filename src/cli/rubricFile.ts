import { readFile } from "node:fs/promises";
import type { Locale } from "../table/locale";
import { formatRubricIssue, type RubricIssue } from "../rubric/issues";
import type { Rubric } from "../rubric/types";
import { parseRubricText } from "../rubric/validate";
import { CliError } from "./command";
import { errorCode } from "../ports/errors";

const TEXT = {
  "zh-CN": {
    cannotRead: (path: string, reason: string) => `无法读取评价标准文件 ${path}：${reason}`,
    reasons: { ENOENT: "文件不存在", EACCES: "没有读取权限", EISDIR: "这是文件夹，不是文件" } as Record<string, string>,
    workbook: (path: string) => `${path} 是 Excel 工作簿，不是评价标准 JSON 文件。要把工作簿中的评价细则表变成评价标准，请用 qcity rubric import ${path} --out 评价标准.json。`,
    invalid: (path: string, count: number) => `评价标准文件 ${path} 有 ${count} 处错误：`,
  },
  "en-US": {
    cannotRead: (path: string, reason: string) => `Cannot read the rubric file ${path}: ${reason}`,
    reasons: { ENOENT: "no such file", EACCES: "permission denied", EISDIR: "it is a folder, not a file" } as Record<string, string>,
    workbook: (path: string) => `${path} is an Excel workbook, not a rubric JSON file. To make a rubric of the table in it, use qcity rubric import ${path} --out rubric.json.`,
    invalid: (path: string, count: number) => `The rubric file ${path} has ${count} error${count === 1 ? "" : "s"}:`,
  },
} as const;

export type RubricFileResult = { readonly ok: true; readonly rubric: Rubric } | { readonly ok: false; readonly issues: readonly RubricIssue[] };

/** Reads and validates a rubric JSON file. Throws CliError when the file cannot be read; invalid content is returned as issues. */
export async function readRubricFile(path: string, locale: Locale): Promise<RubricFileResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = errorCode(error);
    throw new CliError(TEXT[locale].cannotRead(path, (code !== undefined ? TEXT[locale].reasons[code] : undefined) ?? code ?? (error as Error).message), { cause: error });
  }
  // An .xlsx (a zip: "PK") given where the JSON goes.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw new CliError(TEXT[locale].workbook(path));
  return parseRubricText(bytes.toString("utf8"), locale);
}

/** The rubric in a JSON file (for `--rubric`); a CliError listing every issue when it is not valid. */
export async function loadRubricFile(path: string, displayPath: string, locale: Locale): Promise<Rubric> {
  const result = await readRubricFile(path, locale);
  if (result.ok) return result.rubric;
  throw new CliError([TEXT[locale].invalid(displayPath, result.issues.length), ...result.issues.map((i) => `  ${formatRubricIssue(i, locale)}`)].join("\n"));
}
