/** A run of consecutive positions (rows, columns, rubric criteria), 0-based, inclusive. */
export interface Run {
  readonly first: number;
  readonly last: number;
}

/** A run whose positions share one key (a width, a height, an item code, a column). */
export interface KeyedRun<K> extends Run {
  readonly key: K;
}

/**
 * Runs of consecutive items: an item continues the open run when its position
 * is the run's last position + 1 and its key is the same (===); items come in
 * the order given. The one run builder behind column widths and row heights
 * in one range each, merged 评价项目/评价内容 cells, and highlight addresses.
 * e.g. runsOf([8, 8, 12], (_, i) => i, (w) => w) → [{0, 1, 8}, {2, 2, 12}].
 */
export function runsOf<T, K>(items: readonly T[], position: (item: T, index: number) => number, key: (item: T) => K): KeyedRun<K>[] {
  const runs: { first: number; last: number; key: K }[] = [];
  items.forEach((item, index) => {
    const at = position(item, index);
    const k = key(item);
    const open = runs[runs.length - 1];
    if (open && open.key === k && open.last === at - 1) open.last = at;
    else runs.push({ first: at, last: at, key: k });
  });
  return runs;
}

/** Runs of equal neighbours in a list: [8, 8, 12] → {0, 1, 8}, {2, 2, 12}. */
export function valueRuns<T>(values: readonly T[]): KeyedRun<T>[] {
  return runsOf(values, (_, index) => index, (value) => value);
}

/**
 * Runs where each row either starts a new cell or continues the cell above
 * (`continues[i]` true: rubric row i's printed cell is blank). Row 0 always
 * starts a run. Runs may cross item boundaries, as in the document (1.1.1–1.6.1).
 */
export function continuationRuns(continues: readonly boolean[]): Run[] {
  let cell = 0;
  const cells = continues.map((continued, index) => (continued && index > 0 ? cell : ++cell));
  return valueRuns(cells).map(({ first, last }) => ({ first, last }));
}
