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
    invalid: (path: string, count: number) => `评价标准文件 ${path} 有 ${count} 处错误：`,
  },
  "en-US": {
    cannotRead: (path: string, reason: string) => `Cannot read the rubric file ${path}: ${reason}`,
    invalid: (path: string, count: number) => `The rubric file ${path} has ${count} error${count === 1 ? "" : "s"}:`,
  },
} as const;

export type RubricFileResult = { readonly ok: true; readonly rubric: Rubric } | { readonly ok: false; readonly issues: readonly RubricIssue[] };

/** Reads and validates a rubric JSON file. Throws CliError when the file cannot be read; invalid content is returned as issues. */
export async function readRubricFile(path: string, locale: Locale): Promise<RubricFileResult> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new CliError(TEXT[locale].cannotRead(path, errorCode(error) ?? (error as Error).message), { cause: error });
  }
  return parseRubricText(text, locale);
}

/** The rubric in a JSON file (for `--rubric`); a CliError listing every issue when it is not valid. */
export async function loadRubricFile(path: string, displayPath: string, locale: Locale): Promise<Rubric> {
  const result = await readRubricFile(path, locale);
  if (result.ok) return result.rubric;
  throw new CliError([TEXT[locale].invalid(displayPath, result.issues.length), ...result.issues.map((i) => `  ${formatRubricIssue(i, locale)}`)].join("\n"));
}
