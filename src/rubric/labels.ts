import type { Category, Criterion, Item } from "./types";

/** The printed category cell, e.g. "1领导重视（140分）". */
export function categoryLabel(category: Category): string {
  return `${category.code}${category.name}（${category.points}分）`;
}

/** The printed item cell, e.g. "1.1工作方案". */
export function itemLabel(item: Item): string {
  return `${item.code}${item.name}`;
}

/** The printed criterion cell, e.g. "1.1.1政府颁布质量兴市（区、县）工作方案。". */
export function criterionLabel(criterion: Criterion): string {
  return `${criterion.code}${criterion.text}`;
}
