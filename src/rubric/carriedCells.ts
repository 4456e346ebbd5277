import { carriedRubricTexts } from "./carried";
import type { Rubric } from "./types";

/*
 * Writing the carried rubric sheet (see carried.ts): kept apart from the
 * reader, which the custom functions load at start, so that the writer stays
 * out of the task pane's first load.
 */

/** Characters of JSON per cell: under Excel's 32,767 limit with room to spare. */
export const CARRIED_CHUNK = 30000;

/** The carried sheet's cells for these rubrics: rows × columns from A1, one column per rubric, "" below a shorter column. */
export function carriedRubricCells(rubrics: readonly Rubric[]): string[][] {
  return cellsOfColumns(rubrics.map((rubric) => ({ id: rubric.id, json: JSON.stringify(rubric.data) })));
}

function cellsOfColumns(columns: readonly { readonly id: string; readonly json: string }[]): string[][] {
  const pieces = columns.map(({ id, json }) => [id, ...jsonPieces(json)]);
  const height = Math.max(0, ...pieces.map((c) => c.length));
  return Array.from({ length: height }, (_, r) => pieces.map((c) => c[r] ?? ""));
}

/**
 * The cells of a carried sheet (`values`, as read from A1; none for a
 * workbook without one) that also carries `rubric`: its column replaces one
 * with the same id, else comes last. The other columns are kept as they are,
 * damaged ones included. Undefined when the sheet already carries exactly this
 * rubric, so there is nothing to write.
 */
export function carriedCellsWith(values: readonly (readonly unknown[])[] | undefined, rubric: Rubric): string[][] | undefined {
  const json = JSON.stringify(rubric.data);
  const columns = carriedRubricTexts(values ?? []).map(({ id, json: text }) => ({ id, json: text }));
  const same = columns.findIndex((c) => c.id === rubric.id);
  if (same >= 0 && columns[same]?.json === json) return undefined;
  if (same >= 0) columns[same] = { id: rubric.id, json };
  else columns.push({ id: rubric.id, json });
  return cellsOfColumns(columns);
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
