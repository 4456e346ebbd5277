import type { LayoutOptions } from "../layout/types";
import { builtCarriedRubrics, firstCarriedRubric } from "../rubric/carried";
import { carriedCellsWith } from "../rubric/carriedCells";
import type { RubricRegistry } from "../rubric/registry";
import type { Rubric } from "../rubric/types";
import { WorkbookError } from "./errors";
import type { OfferedRubric } from "./workbookActions";

type Cells = readonly (readonly unknown[])[];

/** The rubrics a workbook can be given: the shipped ones and the ones it carries. */
export interface WorkbookRubrics {
  /** The shipped rubrics, each replaced by a carried one with its id, then the other carried ones. */
  readonly offered: readonly (OfferedRubric & { readonly rubric: Rubric })[];
  /** The carried sheet's values from A1; undefined when the workbook has no such sheet. */
  readonly carriedValues: Cells | undefined;
  /** The rubric the functions score with when the workbook carries none (the default). */
  readonly fallback: Rubric;
}

const offer = (rubric: Rubric, origin: OfferedRubric["origin"]) => ({ id: rubric.id, title: rubric.title, origin, rubric });

/** What the workbook offers, from the shipped rubrics and its carried sheet's values (undefined: it has none). */
export function workbookRubrics(shipped: RubricRegistry, carriedValues: Cells | undefined, fallback: Rubric): WorkbookRubrics {
  const carried = builtCarriedRubrics(carriedValues ?? []);
  const offered: (OfferedRubric & { readonly rubric: Rubric })[] = shipped.list().map((rubric) => {
    const own = carried.find((c) => c.id === rubric.id);
    return own === undefined ? offer(rubric, "shipped") : offer(own, "carried");
  });
  for (const rubric of carried) if (!offered.some((o) => o.id === rubric.id)) offered.push(offer(rubric, "carried"));
  return {
    offered,
    carriedValues,
    fallback,
  };
}

/** The rubric `id` names (the fallback when omitted); WorkbookError ItemNotFound when the workbook offers none with that id. */
export function chosenRubric(rubrics: WorkbookRubrics, id: string | undefined): Rubric {
  if (id === undefined) return rubrics.offered.find((o) => o.id === rubrics.fallback.id)?.rubric ?? rubrics.fallback;
  const found = rubrics.offered.find((o) => o.id === id);
  if (found === undefined) throw new WorkbookError("ItemNotFound", `No rubric with the id "${id}"`);
  return found.rubric;
}

/** How to insert a rubric's sheet into a workbook. */
export interface InsertPlan {
  readonly options: LayoutOptions;
  /** The carried sheet's new cells, when the workbook must carry the rubric; undefined when it already does or ships it. */
  readonly carry: string[][] | undefined;
  /** True when the QCITY totals asked for became native formulas: the functions score another rubric. */
  readonly nativeForRubric: boolean;
}

/**
 * Plans the insert of `rubric`'s sheet: the workbook carries it unless the
 * add-in ships this very rubric or the workbook carries it already (so that
 * `qcity check` and the QCITY functions find it anywhere). The functions
 * score with the first rubric the workbook carries, else the fallback; when
 * that is another rubric, QCITY totals asked for become native formulas.
 */
export function planRubricInsert(rubrics: WorkbookRubrics, rubric: Rubric, options: LayoutOptions): InsertPlan {
  const offered = rubrics.offered.find((o) => o.id === rubric.id);
  const shipped = offered?.origin === "shipped" && JSON.stringify(offered.rubric.data) === JSON.stringify(rubric.data);
  const carry = shipped ? undefined : carriedCellsWith(rubrics.carriedValues, rubric);
  const scoring = firstCarriedRubric(carry ?? rubrics.carriedValues ?? []) ?? rubrics.fallback;
  const nativeForRubric = options.formulaStyle === "qcity" && scoring.id !== rubric.id;
  return { options: nativeForRubric ? { ...options, formulaStyle: "native" } : options, carry, nativeForRubric };
}
