import { stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Locale } from "../table/locale";
import { CliError } from "./command";
import { errorCode } from "../ports/errors";

const TEXT = {
  "zh-CN": {
    exists: (path: string) => `文件已存在：${path}。未覆盖；如要覆盖，请加 --force。`,
    noFolder: (folder: string) => `文件夹不存在：${folder}。未创建；请先建好文件夹，或检查路径是否写错。`,
    cannotWrite: (path: string, reason: string) => `无法写入 ${path}：${reason}`,
    reasons: {
      denied: "没有写入权限",
      folder: "这是一个文件夹",
      full: "磁盘空间不足",
      readOnly: "文件系统为只读",
      tooLong: "文件名太长，请用 --out 给出较短的文件名",
      other: (code: string) => `系统错误 ${code}`,
    },
  },
  "en-US": {
    exists: (path: string) => `${path} already exists. Not overwritten; add --force to overwrite it.`,
    noFolder: (folder: string) => `Folder not found: ${folder}. Not created; create it first, or check the path for typos.`,
    cannotWrite: (path: string, reason: string) => `Cannot write ${path}: ${reason}`,
    reasons: {
      denied: "permission denied",
      folder: "it is a folder",
      full: "the disk is full",
      readOnly: "read-only file system",
      tooLong: "the file name is too long; give a shorter one with --out",
      other: (code: string) => `system error ${code}`,
    },
  },
} as const;

/** Whether `path` is a folder; undefined when the system will not say (no permission…), so that the write reports the real reason. */
export async function isFolder(path: string): Promise<boolean | undefined> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    const code = errorCode(error);
    return code === "ENOENT" || code === "ENOTDIR" ? false : undefined;
  }
}

/** Node's error code as a few words in the message language. */
function writeFailure(error: unknown, locale: Locale): string {
  const reasons = TEXT[locale].reasons;
  const code = errorCode(error) ?? "?";
  if (code === "EACCES" || code === "EPERM") return reasons.denied;
  if (code === "EISDIR") return reasons.folder;
  if (code === "ENOSPC" || code === "EDQUOT") return reasons.full;
  if (code === "EROFS") return reasons.readOnly;
  if (code === "ENAMETOOLONG") return reasons.tooLong;
  return reasons.other(code);
}

/** Throws CliError when the folder `path` would go in does not exist: folders are never created (a typo would silently make new ones). */
export async function requireFolder(path: string, locale: Locale): Promise<void> {
  await requireExistingFolder(dirname(path), locale);
}

/** Throws CliError (the missing-folder message) unless `folder` is an existing folder. */
export async function requireExistingFolder(folder: string, locale: Locale): Promise<void> {
  if ((await isFolder(folder)) === false) throw new CliError(TEXT[locale].noFolder(folder));
}

/**
 * Writes a whole file in one call, never over an existing one unless `force`.
 * Throws CliError (file exists, cannot write: why) in the message language.
 */
export async function writeOutputFile(path: string, data: string | Uint8Array, force: boolean, locale: Locale): Promise<void> {
  await requireFolder(path, locale);
  try {
    await writeFile(path, data, { flag: force ? "w" : "wx" });
  } catch (error) {
    const code = errorCode(error);
    throw new CliError(code === "EEXIST" ? TEXT[locale].exists(path) : TEXT[locale].cannotWrite(path, writeFailure(error, locale)), { cause: error });
  }
}
