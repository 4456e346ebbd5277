import { firstCarriedRubric } from "../rubric/carried";
import { shippedRubrics } from "../rubric/shipped";
import type { Rubric } from "../rubric/types";
import { buildCriteriaIndex, type CriteriaIndex } from "../scoring/criteriaIndex";

/**
 * Which rubric the QCITY functions score against in this workbook. Each
 * workbook has its own runtime (one page per document), so this module's state
 * is the workbook's.
 *
 * Until the workbook's rubric is learnt, the functions use the default rubric
 * (the 2009 guide). The runtime learns it once at start-up — whether the task
 * pane has ever been opened or not, since a formula's first calculation starts
 * the runtime — by reading the very hidden QCITY_RUBRIC sheet the workbook
 * carries (`learnWorkbookRubric`). When the carried rubric differs from the
 * default and a function already ran, it asks Excel to recalculate, so that no
 * cell keeps a value computed with the wrong caps. The task pane relearns it
 * after it writes a new carried rubric.
 */
export const DEFAULT_RUBRIC_ID = "aqsiq-2009";

function defaultRubric(): Rubric {
  const rubric = shippedRubrics().get(DEFAULT_RUBRIC_ID);
  if (rubric === undefined) throw new Error(`The shipped rubrics have no ${DEFAULT_RUBRIC_ID}`);
  return rubric;
}

let index: CriteriaIndex | undefined;
let ranSinceLearnt = false;

/** The lookups of the workbook's rubric, for every function call. */
export function functionsIndex(): CriteriaIndex {
  ranSinceLearnt = true;
  index ??= buildCriteriaIndex(defaultRubric());
  return index;
}

/** The rubric the functions use now. */
export function functionsRubric(): Rubric {
  return (index ?? functionsIndex()).rubric;
}

/** What learning needs from the workbook: the carried sheet's values (undefined when there is none), and a recalculation. */
export interface RubricSource {
  readCarriedValues(): Promise<readonly (readonly unknown[])[] | undefined>;
  recalculate(): Promise<void>;
}

/**
 * Reads the workbook's carried rubric and makes it the functions' rubric (the
 * first one when it carries several; the default when it carries none or a
 * damaged one). Recalculates when the rubric changed after a function ran.
 * Resolves to the rubric now in use.
 */
export async function learnWorkbookRubric(workbook: RubricSource): Promise<Rubric> {
  const values = await workbook.readCarriedValues();
  const carried = values === undefined ? undefined : firstCarriedRubric(values);
  const next = carried ?? defaultRubric();
  const current = index?.rubric;
  // Compared by content: the same rubric read again is a new object.
  const changed = current === undefined || (current !== next && JSON.stringify(current.data) !== JSON.stringify(next.data));
  const stale = ranSinceLearnt && current !== undefined && changed;
  if (changed) index = buildCriteriaIndex(next);
  ranSinceLearnt = false;
  if (stale) await workbook.recalculate();
  return index?.rubric ?? next;
}

/** Back to the state of a fresh runtime (for tests). */
export function resetFunctionsRubric(): void {
  index = undefined;
  ranSinceLearnt = false;
}
