import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";

/** A workbook found under one of the folders given. */
export interface FoundWorkbook {
  /** Absolute path. */
  readonly path: string;
  /** The path as the output names it: relative to the working directory (with "/" between folders), or absolute when outside it. */
  readonly file: string;
}

/** True for a file the walk collects: .xlsx in any case, but not Excel's lock file "~$name.xlsx" beside an open workbook. */
export function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$");
}

/**
 * Every .xlsx file under `folders` (recursively; a file given by name is taken
 * as is), each once, in a stable order: folders as given, then paths sorted by
 * code point. Symbolic links to folders are not followed (no loops); `skip`
 * (absolute paths, e.g. the output file) is left out. Folders that do not exist
 * are returned in `missing`, as typed; subfolders that cannot be listed (no
 * permission) in `unlisted`, named as the output names files, and the walk goes on.
 */
export async function findWorkbooks(
  folders: readonly string[],
  cwd: string,
  skip: readonly string[] = [],
): Promise<{ workbooks: FoundWorkbook[]; missing: string[]; unlisted: { folder: string; code: string }[] }> {
  const seen = new Set(skip.map((p) => resolve(p)));
  const workbooks: FoundWorkbook[] = [];
  const missing: string[] = [];
  const unlisted: { folder: string; code: string }[] = [];
  const shown = (path: string) => {
    const inside = relative(cwd, path);
    return inside.startsWith("..") ? path : inside.split("\\").join("/");
  };
  for (const folder of folders) {
    const root = resolve(cwd, folder);
    const info = await stat(root).catch(() => undefined);
    if (info === undefined) {
      missing.push(folder);
      continue;
    }
    const paths = info.isDirectory() ? await walk(root, (path, code) => unlisted.push({ folder: shown(path), code })) : [root];
    for (const path of paths.sort()) {
      if (seen.has(path)) continue;
      seen.add(path);
      workbooks.push({ path, file: shown(path) });
    }
  }
  return { workbooks, missing, unlisted };
}

async function walk(folder: string, cannotList: (path: string, code: string) => void): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    cannotList(folder, (error as NodeJS.ErrnoException).code ?? "?");
    return [];
  }
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path, cannotList)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && isWorkbookName(entry.name)) found.push(path);
  }
  return found;
}
