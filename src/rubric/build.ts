import { parentCode } from "./codes";
import type { Category, Criterion, Item, Rubric, RubricNode, RubricSource } from "./types";

/**
 * Builds the typed rubric from its data, resolving merged 评价方法/评价打分
 * cells and summing caps. Throws an Error naming the offending code when the
 * data is malformed (duplicate or badly nested codes, a non-positive 分值, or a
 * first criterion with no method or guidance to continue).
 */
export function buildRubric(source: RubricSource): Rubric {
  const index = new Map<string, RubricNode>();
  const criteria: Criterion[] = [];
  const items: Item[] = [];
  let method: string | null = null;
  let guidance: string | null = null;

  const register = (node: RubricNode, expectedParent: string): void => {
    if (!/^\d+(\.\d+){0,2}$/.test(node.code)) throw new Error(`Bad rubric code "${node.code}"`);
    if (parentCode(node.code) !== expectedParent) {
      throw new Error(`Rubric code ${node.code} is not nested under "${expectedParent}"`);
    }
    if (index.has(node.code)) throw new Error(`Duplicate rubric code ${node.code}`);
    index.set(node.code, node);
  };

  const categories = source.categories.map((categorySource): Category => {
    const categoryItems = categorySource.items.map((itemSource): Item => {
      const itemCriteria = itemSource.criteria.map((c, i): Criterion => {
        if (!(Number.isFinite(c.points) && c.points > 0)) throw new Error(`Criterion ${c.code} has a bad 分值`);
        if (c.method === null && method === null) throw new Error(`Criterion ${c.code} has no 评价方法 to continue`);
        if (c.guidance === null && guidance === null) throw new Error(`Criterion ${c.code} has no 评价打分 to continue`);
        method = c.method ?? method;
        guidance = c.guidance ?? guidance;
        return {
          level: "criterion",
          code: c.code,
          text: c.text,
          method: method as string,
          methodContinues: c.method === null,
          points: c.points,
          guidance: guidance as string,
          guidanceContinues: c.guidance === null,
          optional: c.optional === true,
          itemCode: itemSource.code,
          categoryCode: categorySource.code,
          index: criteria.length + i,
        };
      });
      itemCriteria.forEach((c) => {
        criteria.push(c);
        register(c, itemSource.code);
      });
      const item: Item = {
        level: "item",
        code: itemSource.code,
        name: itemSource.name,
        points: sumPoints(itemCriteria),
        categoryCode: categorySource.code,
        criteria: itemCriteria,
      };
      register(item, categorySource.code);
      items.push(item);
      return item;
    });
    const category: Category = {
      level: "category",
      code: categorySource.code,
      name: categorySource.name,
      points: sumPoints(categoryItems.flatMap((i) => i.criteria)),
      items: categoryItems,
      criteria: categoryItems.flatMap((i) => i.criteria),
    };
    register(category, "");
    return category;
  });

  const totalPoints = sumPoints(criteria);
  return {
    id: source.id,
    title: source.title,
    source: source.source,
    totalPoints,
    categories,
    criteria,
    items,
    grades: [...(source.grades ?? [])].sort((a, b) => b.min - a.min),
    veto: source.veto ?? [],
    scale: source.scale,
    data: source,
    find: (code) => index.get(code),
    criterion: (code) => {
      const node = index.get(code);
      return node?.level === "criterion" ? node : undefined;
    },
  };
}

function sumPoints(criteria: readonly Criterion[]): number {
  return criteria.reduce((sum, c) => sum + c.points, 0);
}
