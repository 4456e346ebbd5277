import type { RubricRegistry } from "./registry";
import type { Rubric } from "./types";

/** Where a workbook's rubric came from. */
export type RubricOrigin = "option" | "carried" | "shipped" | "default";

export type ResolvedRubric =
  | { readonly ok: true; readonly rubric: Rubric; readonly origin: RubricOrigin }
  | { readonly ok: false; readonly reason: "unknown-id"; readonly id: string };

export interface RubricChoice {
  /** The rubric the user named (`--rubric`), which overrides everything. */
  readonly option?: Rubric | undefined;
  /** The rubric id the sheet's marker records; undefined for a sheet made before markers. */
  readonly markerId?: string | undefined;
  /** What the workbook carries (its QCITY_RUBRIC sheet). */
  readonly carried: RubricRegistry;
  /** What this face of the add-in ships. */
  readonly shipped: RubricRegistry;
  /** Used when the sheet names no rubric and the workbook carries none (or several). */
  readonly fallback: Rubric;
}

/**
 * The rubric to read a sheet with: the one named by the user; else the one
 * the marker names, carried by the workbook before shipped; else, for a sheet
 * with no marker, the workbook's only carried rubric, else the fallback. A
 * marker id that is neither carried nor shipped is `unknown-id`: never
 * silently checked against another rubric.
 */
export function resolveRubric(choice: RubricChoice): ResolvedRubric {
  if (choice.option !== undefined) return { ok: true, rubric: choice.option, origin: "option" };
  const id = choice.markerId;
  if (id !== undefined && id !== "") {
    const carried = choice.carried.get(id);
    if (carried !== undefined) return { ok: true, rubric: carried, origin: "carried" };
    const shipped = choice.shipped.get(id);
    if (shipped !== undefined) return { ok: true, rubric: shipped, origin: "shipped" };
    return { ok: false, reason: "unknown-id", id };
  }
  const carried = choice.carried.list();
  if (carried.length === 1) return { ok: true, rubric: carried[0] as Rubric, origin: "carried" };
  return { ok: true, rubric: choice.fallback, origin: "default" };
}
