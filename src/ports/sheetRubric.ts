import { readCarriedRubrics } from "../rubric/carriedCheck";
import { RubricRegistry } from "../rubric/registry";
import { resolveRubric } from "../rubric/resolve";
import { shippedRubrics } from "../rubric/shipped";
import type { Rubric } from "../rubric/types";
import type { Locale } from "../table/locale";

const TEXT = {
  "zh-CN": (id: string, sheet: string) =>
    `工作表“${sheet}”按评价标准“${id}”制作，但本加载项没有自带它，工作簿也没有携带它，无法按正确的分值检查。请用插入了该评价标准的工作簿，或在“插入评价表”中以该评价标准重新插入。`,
  "en-US": (id: string, sheet: string) =>
    `Sheet "${sheet}" was built on the rubric "${id}", which the add-in does not ship and the workbook does not carry, so it cannot be checked against the right caps. Use the workbook it was inserted in, or insert the sheet again from that rubric.`,
} as const;

/** Whether reading the sheet's rubric needs the workbook's carried rubrics: not when its marker names the fallback itself. */
export function needsCarriedRubrics(markerId: string | undefined, fallback: Rubric): boolean {
  return markerId !== fallback.id;
}

/**
 * The rubric the task pane reads a sheet with, as `qcity check` does: the
 * one its marker names (`fallback` itself when it names that), carried by the workbook (`carriedValues`: the
 * QCITY_RUBRIC sheet's values, undefined without one) before shipped; for a
 * sheet without a marker, the workbook's only carried rubric, else `fallback`.
 * A marker naming a rubric neither carried nor shipped gives the message that
 * says so (never a check against other caps).
 */
export function sheetRubric(
  markerId: string | undefined,
  carriedValues: readonly (readonly unknown[])[] | undefined,
  fallback: Rubric,
  sheetName: string,
  locale: Locale,
): { readonly rubric: Rubric } | { readonly message: string } {
  if (!needsCarriedRubrics(markerId, fallback)) return { rubric: fallback };
  const carried = carriedValues === undefined ? new RubricRegistry() : readCarriedRubrics(carriedValues, locale).rubrics;
  const resolved = resolveRubric({ markerId, carried, shipped: shippedRubrics(), fallback });
  return resolved.ok ? { rubric: resolved.rubric } : { message: TEXT[locale](resolved.id, sheetName) };
}
