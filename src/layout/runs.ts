/** A run of consecutive criterion rows, as 0-based indices into the rubric's criteria, inclusive. */
export interface Run {
  readonly first: number;
  readonly last: number;
}

/**
 * Runs where each row either starts a new cell or continues the cell above
 * (`continues[i]` true: rubric row i's printed cell is blank). Row 0 always
 * starts a run. Runs may cross item boundaries, as in the document (1.1.1–1.6.1).
 */
export function continuationRuns(continues: readonly boolean[]): Run[] {
  const runs: Run[] = [];
  continues.forEach((cont, i) => {
    const open = runs[runs.length - 1];
    if (cont && open !== undefined) runs[runs.length - 1] = { first: open.first, last: i };
    else runs.push({ first: i, last: i });
  });
  return runs;
}

/** Runs of consecutive rows that share the same key (e.g. the item code). */
export function keyRuns(keys: readonly string[]): Run[] {
  return continuationRuns(keys.map((key, i) => i > 0 && keys[i - 1] === key));
}
