import { buildRubric } from "./build";
import type { Rubric, RubricSource } from "./types";

/**
 * A workbook carries the rubrics its sheets were made from in a very hidden
 * worksheet, so that it checks the same on a machine that has never seen the
 * rubric file. One column per rubric: row 1 the id, rows 2… the rubric's
 * JSON in pieces (an Excel cell holds at most 32,767 characters). This module
 * reads it (the custom functions load it); carriedCells.ts writes it.
 */
export const CARRIED_RUBRIC_SHEET = "QCITY_RUBRIC";

/** The event the task pane sends (same page, shared runtime) after it writes the workbook's carried rubric, so the functions learn it again. */
export const RUBRIC_CHANGED_EVENT = "qcity-rubric-changed";

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
  return builtCarriedRubrics(values)[0];
}

/** Every rubric a carried sheet holds that builds, in column order, without the schema check (as firstCarriedRubric). */
export function builtCarriedRubrics(values: readonly (readonly unknown[])[]): Rubric[] {
  const rubrics: Rubric[] = [];
  for (const { json } of carriedRubricTexts(values)) {
    try {
      rubrics.push(buildRubric(JSON.parse(json) as RubricSource));
    } catch {
      // A damaged column: the others still count.
    }
  }
  return rubrics;
}

/** Finds the carried sheet among a workbook's sheets (Excel compares names without regard to case). */
export function findCarriedSheet<T extends { readonly name: string }>(sheets: readonly T[]): T | undefined {
  return sheets.find((s) => s.name.toUpperCase() === CARRIED_RUBRIC_SHEET);
}
