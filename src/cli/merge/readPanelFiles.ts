import { readdir, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { sheetNameKey } from "../../layout/sheetName";
import type { Locale } from "../../table/locale";
import type { Rubric } from "../../rubric/types";
import { checkSheet, type TableCheck } from "../../scoring/checkTable";
import { vetoAnswers } from "../../scoring/vetoCells";
import type { GridValue } from "../../table/grid";
import { panelSheet, type PanelSheet } from "../../scoring/panel/panelSheet";
import type { SheetSnapshot } from "../../scoring/snapshot";
import { WorkbookReadError } from "../../xlsx/workbookReadError";
import { findCarriedSheet } from "../../rubric/carried";
import { resolveRubric } from "../../rubric/resolve";
import { shippedRubrics } from "../../rubric/shipped";
import { RubricRegistry } from "../../rubric/registry";
import type { WorkbookSheet } from "../../scoring/panel/summaryPanel";
import { workbookCarriedRubrics } from "../workbookRubric";
import { defaultRubric } from "../rubrics";
import { readErrorMessage } from "../readErrorMessage";
import { MERGE_TEXT } from "./mergeText";

/** Reads a workbook's sheets (the ExcelJS reader in the CLI; a double in tests). */
export type SnapshotReader = (path: string) => Promise<{ name: string; snapshot: SheetSnapshot }[]>;


/** One input file, read and checked. */
export interface PanelFile {
  /** As the user gave it (or folder/file.xlsx), for messages. */
  readonly file: string;
  readonly path: string;
  /** The assessor: recorded in the file, else the file name without .xlsx. */
  readonly name: string;
  readonly sheet: string;
  readonly check: TableCheck;
  readonly panel: PanelSheet;
  /** The 一票否决 answers on the sheet (是/否 as typed), by condition code. */
  readonly vetoes: ReadonlyMap<string, GridValue>;
}

/** Expands folder arguments into their .xlsx files (sorted, Excel's ~$ lock files left out), leaving `exclude` paths out. */
export async function expandInputs(args: readonly string[], cwd: string, exclude: readonly string[], locale: Locale): Promise<{ files: { file: string; path: string }[]; problems: string[] }> {
  const files: { file: string; path: string }[] = [];
  const problems: string[] = [];
  const skip = new Set(exclude.map((p) => resolve(cwd, p)));
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const isFolder = await stat(path).then((s) => s.isDirectory(), () => false);
    if (!isFolder) {
      // Named as an expert's file and as --self or --out: said, not silently dropped.
      if (skip.has(path)) problems.push(MERGE_TEXT[locale].givenTwice(arg));
      else files.push({ file: arg, path });
      continue;
    }
    const names = (await readdir(path)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$")).sort();
    const inside = names.map((n) => ({ file: join(arg, n), path: join(path, n) })).filter((f) => !skip.has(f.path));
    if (inside.length === 0) problems.push(MERGE_TEXT[locale].emptyFolder(arg));
    files.push(...inside);
  }
  return { files, problems };
}

/** A workbook's sheets as read, or why it cannot be read (in the message language). */
export async function readPanelSheets(input: { file: string; path: string }, read: SnapshotReader, locale: Locale): Promise<{ sheets: WorkbookSheet[] } | { refusal: string }> {
  try {
    return { sheets: await read(input.path) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { refusal: readErrorMessage(error, input.file, locale, false) };
    throw error;
  }
}

/** Every rubric the panel's files carry (their QCITY_RUBRIC sheets), pooled: one file carrying it is enough. */
export function pooledCarriedRubrics(files: readonly (readonly WorkbookSheet[])[], locale: Locale): RubricRegistry {
  return new RubricRegistry(files.flatMap((sheets) => workbookCarriedRubrics(sheets, locale).rubrics.list()));
}

/**
 * The rubric a file's table is built on: the one its first marked sheet's
 * marker names (carried by a file of the panel, else shipped), else the only
 * rubric the panel carries; undefined when it names none (a sheet made before
 * markers). A marker id that is neither carried nor shipped is a refusal.
 */
export function fileRubric(input: { file: string }, sheets: readonly WorkbookSheet[], carried: RubricRegistry, locale: Locale): { rubric?: Rubric } | { refusal: string } {
  const markerId = sheets.find((s) => s.snapshot.marker !== undefined)?.snapshot.marker?.rubric;
  const resolved = resolveRubric({ markerId, carried, shipped: shippedRubrics(), fallback: defaultRubric() });
  if (!resolved.ok) return { refusal: MERGE_TEXT[locale].unknownRubric(input.file, resolved.id) };
  return resolved.origin === "default" ? {} : { rubric: resolved.rubric };
}

/**
 * Checks one file's sheets against the panel's rubric: the first sheet
 * holding a rubric table. Returns the reason it cannot be merged instead (no
 * table, a table that differs from the rubric, a marker naming another rubric).
 */
export function panelFileOf(input: { file: string; path: string }, sheets: readonly WorkbookSheet[], rubric: Rubric, locale: Locale): PanelFile | { refusal: string } {
  const text = MERGE_TEXT[locale];
  // A panel workbook already merged is no expert's file: its summary's scores are formulas, not an expert's.
  if (sheets.some((s) => s.snapshot.marker?.role === "summary")) return { refusal: text.summaryFile(input.file) };
  for (const sheet of sheets) {
    if (findCarriedSheet([sheet]) !== undefined) continue;
    const result = checkSheet(sheet.snapshot, { locale, rubric });
    if (!result.ok) continue;
    // Another rubric's table differs everywhere: its marker says why in one line.
    const { marker } = sheet.snapshot;
    if (marker !== undefined && marker.rubric !== rubric.id) return { refusal: text.otherRubric(input.file, marker.rubric, rubric.id) };
    const panel = panelSheet(result.check, rubric);
    if (panel.mismatches.length > 0) {
      const shown = panel.mismatches.slice(0, 3).map((f) => f.message);
      const more = panel.mismatches.length > 3 ? (locale === "en-US" ? ` and ${panel.mismatches.length - 3} more` : ` 等 ${panel.mismatches.length} 处`) : "";
      return { refusal: text.mismatch(input.file, `${shown.join(text.separator)}${more}`) };
    }
    const name = marker?.assessor ?? basename(input.path).replace(/\.xlsx$/i, "").trim();
    return { file: input.file, path: input.path, name, sheet: sheet.name, check: result.check, panel, vetoes: vetoAnswers(result.check.table, sheet.snapshot.values, rubric) };
  }
  return { refusal: text.noTable(input.file) };
}

/** Refusals for experts sharing a name (compared as Excel compares sheet names). */
export function sameNames(files: readonly PanelFile[], locale: Locale): string[] {
  const byKey = new Map<string, PanelFile[]>();
  for (const f of files) byKey.set(sheetNameKey(f.name), [...(byKey.get(sheetNameKey(f.name)) ?? []), f]);
  const text = MERGE_TEXT[locale];
  return [...byKey.values()].filter((group) => group.length > 1).map((group) => text.sameName(group[0]?.name ?? "", group.map((f) => f.file).join(text.separator)));
}
