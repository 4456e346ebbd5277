import { randomBytes } from "node:crypto";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** A file to write: where, and its bytes or text. */
export interface OutputFile {
  readonly path: string;
  readonly data: string | Buffer;
}

/** Why an output cannot be written, as the command words it. */
export type OutputProblem = { readonly kind: "exists" | "no-folder"; readonly path: string } | { readonly kind: "failed"; readonly path: string; readonly code: string };

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The first reason the outputs cannot be written before any work is done: a file that exists (unless `force`), or a missing folder (never created). */
export async function outputProblem(paths: readonly string[], force: boolean): Promise<OutputProblem | undefined> {
  for (const path of paths) {
    const folder = await stat(dirname(path)).catch(() => undefined);
    if (folder === undefined || !folder.isDirectory()) return { kind: "no-folder", path: dirname(path) };
    if (!force && (await exists(path))) return { kind: "exists", path };
  }
  return undefined;
}

/**
 * Writes every file or none: each goes to a temporary file beside its target
 * first, and only when all are written are they renamed into place, so a full
 * disk or a denied folder leaves no partial output. Returns the problem, or
 * undefined when all were written.
 */
export async function writeAll(files: readonly OutputFile[]): Promise<OutputProblem | undefined> {
  const temps: { temp: string; path: string }[] = [];
  const cleanUp = () => Promise.all(temps.map(({ temp }) => rm(temp, { force: true })));
  for (const { path, data } of files) {
    const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
    try {
      temps.push({ temp, path });
      await writeFile(temp, data, { flag: "wx" });
    } catch (error) {
      await cleanUp();
      return { kind: "failed", path, code: (error as NodeJS.ErrnoException).code ?? "?" };
    }
  }
  for (const { temp, path } of temps) {
    try {
      await rename(temp, path);
    } catch (error) {
      await cleanUp();
      return { kind: "failed", path, code: (error as NodeJS.ErrnoException).code ?? "?" };
    }
  }
  return undefined;
}
