import { formatRubricIssue, type RubricLocale } from "./issues";
import { RubricRegistry } from "./registry";
import type { Rubric } from "./types";
import { parseRubric } from "./validate";

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

export interface CarriedRubrics {
  readonly rubrics: RubricRegistry;
  /** Columns that do not hold a valid rubric: "QCITY_RUBRIC!B: categories[0].code：…". */
  readonly problems: readonly string[];
}

/**
 * The rubrics a carried sheet holds (its values from A1, as any reader
 * delivers them). A column whose JSON is damaged or not a valid rubric is
 * left out and named in `problems`; the others still count.
 */
export function readCarriedRubrics(values: readonly (readonly unknown[])[], locale: RubricLocale = "zh-CN"): CarriedRubrics {
  const width = Math.max(0, ...values.map((row) => row.length));
  const rubrics: Rubric[] = [];
  const problems: string[] = [];
  for (let c = 0; c < width; c += 1) {
    const id = values[0]?.[c];
    if (typeof id !== "string" || id === "") continue;
    let json = "";
    for (let r = 1; r < values.length; r += 1) {
      const piece = values[r]?.[c];
      if (typeof piece !== "string" || piece === "") break;
      json += piece;
    }
    const where = `${CARRIED_RUBRIC_SHEET}!${String.fromCharCode(65 + (c % 26))}`;
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      problems.push(locale === "en-US" ? `${where}: the carried rubric ${id} is damaged (not JSON)` : `${where}：携带的评价标准 ${id} 已损坏（不是有效的 JSON）`);
      continue;
    }
    const result = parseRubric(data, locale);
    if (result.ok) rubrics.push(result.rubric);
    else problems.push(`${where}${locale === "en-US" ? ": " : "："}${result.issues.map((i) => formatRubricIssue(i, locale)).join("; ")}`);
  }
  return { rubrics: new RubricRegistry(rubrics), problems };
}

/** Finds the carried sheet among a workbook's sheets (Excel compares names without regard to case). */
export function findCarriedSheet<T extends { readonly name: string }>(sheets: readonly T[]): T | undefined {
  return sheets.find((s) => s.name.toUpperCase() === CARRIED_RUBRIC_SHEET);
}
