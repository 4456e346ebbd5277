import type { Locale } from "../table/locale";
import { errorCode } from "../ports/errors";
import type { WorkbookReadError } from "../xlsx/workbookReadError";

const TEXT = {
  "zh-CN": {
    notFound: (file: string) => `找不到文件“${file}”。`,
    noPermission: (file: string) => `没有权限读取“${file}”。`,
    isFolder: (file: string) => `“${file}”是文件夹，请给出一个 .xlsx 文件。`,
    cannotOpen: (file: string, code: string) => `无法打开文件“${file}”（${code}）。`,
    oldXls: (file: string) => `“${file}”是旧版 .xls 或加密的工作簿，请在 Excel 中另存为 .xlsx（不设密码）后再试。`,
    notXlsx: (file: string) => `“${file}”不是 .xlsx 工作簿。`,
    corrupt: (file: string) => `“${file}”已损坏，无法读取。请在 Excel 中打开并另存为 .xlsx 后再试。`,
    unreadable: (file: string) => `无法读取“${file}”。`,
    detail: (text: string) => `详情：${text}`,
  },
  "en-US": {
    notFound: (file: string) => `File not found: "${file}".`,
    noPermission: (file: string) => `No permission to read "${file}".`,
    isFolder: (file: string) => `"${file}" is a folder; give an .xlsx file.`,
    cannotOpen: (file: string, code: string) => `Cannot open "${file}" (${code}).`,
    oldXls: (file: string) => `"${file}" is an old .xls or password-protected workbook; save it as .xlsx (without a password) in Excel and try again.`,
    notXlsx: (file: string) => `"${file}" is not an .xlsx workbook.`,
    corrupt: (file: string) => `"${file}" is damaged and cannot be read. Open it in Excel, save it as .xlsx and try again.`,
    unreadable: (file: string) => `Cannot read "${file}".`,
    detail: (text: string) => `Detail: ${text}`,
  },
} as const;

/**
 * A WorkbookReadError as one message in the CLI's language, naming `file` as the
 * user typed it. The reader's own text (Chinese, and for a damaged file the zip
 * library's English) is left out, unless `verbose` adds the underlying error on
 * a second line.
 */
export function readErrorMessage(error: WorkbookReadError, file: string, locale: Locale, verbose = false): string {
  const text = TEXT[locale];
  const cause = error.cause;
  let message: string;
  switch (error.kind) {
    case "not-found": {
      const code = errorCode(cause);
      if (code === "ENOENT" || code === "ENOTDIR") message = text.notFound(file);
      else if (code === "EACCES" || code === "EPERM") message = text.noPermission(file);
      else if (code === "EISDIR") message = text.isFolder(file);
      else message = text.cannotOpen(file, code ?? "?");
      break;
    }
    case "old-xls":
      message = text.oldXls(file);
      break;
    case "not-xlsx":
      message = text.notXlsx(file);
      break;
    case "corrupt":
      message = text.corrupt(file);
      break;
    default:
      message = text.unreadable(file);
  }
  if (!verbose) return message;
  const detail = cause instanceof Error ? cause.message : error.message;
  return `${message}\n${text.detail(detail)}`;
}
