import type { Rubric } from "./types";

/**
 * The rubrics a face of the add-in knows, by id: those it ships (data files
 * under data/) and any a workbook carries or a user names. Immutable: `with`
 * returns a new registry, so a workbook's carried rubric never leaks into
 * another workbook's.
 */
export class RubricRegistry {
  private readonly byId: ReadonlyMap<string, Rubric>;

  constructor(rubrics: Iterable<Rubric> = []) {
    const map = new Map<string, Rubric>();
    for (const rubric of rubrics) map.set(rubric.id, rubric);
    this.byId = map;
  }

  /** The rubric with this id, or undefined. */
  get(id: string): Rubric | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Every rubric, in the order they were added (a later one with the same id replaces the earlier in place). */
  list(): readonly Rubric[] {
    return [...this.byId.values()];
  }

  /** A registry that also holds `rubric`, replacing one with the same id. */
  with(rubric: Rubric): RubricRegistry {
    return new RubricRegistry([...this.byId.values(), rubric]);
  }
}
