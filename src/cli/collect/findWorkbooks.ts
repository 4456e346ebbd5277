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
 * are returned in `missing`, as typed.
 */
export async function findWorkbooks(folders: readonly string[], cwd: string, skip: readonly string[] = []): Promise<{ workbooks: FoundWorkbook[]; missing: string[] }> {
  const seen = new Set(skip.map((p) => resolve(p)));
  const workbooks: FoundWorkbook[] = [];
  const missing: string[] = [];
  for (const folder of folders) {
    const root = resolve(cwd, folder);
    const info = await stat(root).catch(() => undefined);
    if (info === undefined) {
      missing.push(folder);
      continue;
    }
    const paths = info.isDirectory() ? await walk(root) : [root];
    for (const path of paths.sort()) {
      if (seen.has(path)) continue;
      seen.add(path);
      const inside = relative(cwd, path);
      workbooks.push({ path, file: inside.startsWith("..") ? path : inside.split("\\").join("/") });
    }
  }
  return { workbooks, missing };
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && isWorkbookName(entry.name)) found.push(path);
  }
  return found;
}
