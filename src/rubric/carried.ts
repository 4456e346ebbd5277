import { buildRubric } from "./build";
import type { Rubric, RubricSource } from "./types";

/**
 * A workbook carries the rubrics its sheets were made from in a very hidden
 * worksheet, so that it checks the same on a machine that has never seen the
 * rubric file. One column per rubric: row 1 the id, rows 2… the rubric's
 * JSON in pieces (an Excel cell holds at most 32,767 characters).
 */
export const CARRIED_RUBRIC_SHEET = "QCITY_RUBRIC";

/** Characters of JSON per cell: under Excel's 32,767 limit with room to spare. */
export const CARRIED_CHUNK = 30000;

/** The carried sheet's cells for these rubrics: rows × columns from A1, one column per rubric, "" below a shorter column. */
export function carriedRubricCells(rubrics: readonly Rubric[]): string[][] {
  const columns = rubrics.map((rubric) => {
    return [rubric.id, ...jsonPieces(JSON.stringify(rubric.data))];
  });
  const height = Math.max(0, ...columns.map((c) => c.length));
  return Array.from({ length: height }, (_, r) => columns.map((c) => c[r] ?? ""));
}

/**
 * JSON in pieces of at most CARRIED_CHUNK characters. No piece starts with
 * = + - or @, which Excel would take for a formula when the text is written.
 */
function jsonPieces(json: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < json.length) {
    let end = Math.min(start + CARRIED_CHUNK, json.length);
    while (end < json.length && end > start + 1 && /[=+\-@]/.test(json[end] as string)) end -= 1;
    pieces.push(json.slice(start, end));
    start = end;
  }
  return pieces;
}

/** One rubric's column of a carried sheet: its id and JSON text, not yet parsed. */
export interface CarriedText {
  /** 0-based column of the carried sheet. */
  readonly column: number;
  readonly id: string;
  readonly json: string;
}

/** The columns of a carried sheet (its values from A1, as any reader delivers them) as id and JSON text. */
export function carriedRubricTexts(values: readonly (readonly unknown[])[]): CarriedText[] {
  const width = Math.max(0, ...values.map((row) => row.length));
  const texts: CarriedText[] = [];
  for (let c = 0; c < width; c += 1) {
    const id = values[0]?.[c];
    if (typeof id !== "string" || id === "") continue;
    let json = "";
    for (let r = 1; r < values.length; r += 1) {
      const piece = values[r]?.[c];
      if (typeof piece !== "string" || piece === "") break;
      json += piece;
    }
    texts.push({ column: c, id, json });
  }
  return texts;
}

/**
 * The first rubric a carried sheet holds that builds, without the schema
 * check (the add-in wrote it; buildRubric still refuses bad codes and points):
 * for the custom functions, whose bundle stays free of the validator.
 */
export function firstCarriedRubric(values: readonly (readonly unknown[])[]): Rubric | undefined {
  for (const { json } of carriedRubricTexts(values)) {
    try {
      return buildRubric(JSON.parse(json) as RubricSource);
    } catch {
      // A damaged column: try the next one.
    }
  }
  return undefined;
}

/** Finds the carried sheet among a workbook's sheets (Excel compares names without regard to case). */
export function findCarriedSheet<T extends { readonly name: string }>(sheets: readonly T[]): T | undefined {
  return sheets.find((s) => s.name.toUpperCase() === CARRIED_RUBRIC_SHEET);
}
