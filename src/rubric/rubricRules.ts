import { childPath, type RubricIssue, type RubricLocale } from "./issues";
import { parentCode } from "./codes";
import type { RubricSource } from "./types";

const TEXT = {
  "zh-CN": {
    duplicateCode: (code: string, first: string) => `编号 ${code} 重复（已用于 ${first}）`,
    notNested: (code: string, parent: string, level: string) => `编号 ${code} 不在所属${level} ${parent} 之下（应以“${parent}.”开头）`,
    category: "评价项目",
    item: "评价内容",
    nothingToContinue: (field: string) => `第一条评价准则的${field}不能为 null：上面没有可延续的单元格`,
    method: "评价方法",
    guidance: "评价打分",
    bandOrder: (previous: number) => `应小于上一档的 min（${previous}）：等级须从最高一档往下排列`,
    lowestBand: (min: number) => `最低一档的 min 应为 0（现为 ${min}），否则低于它的得分没有等级`,
    duplicateGrade: (name: string) => `等级名称“${name}”重复`,
    duplicateVeto: (code: string, first: string) => `否决条件编号 ${code} 重复（已用于 ${first}）`,
  },
  "en-US": {
    duplicateCode: (code: string, first: string) => `code ${code} is used twice (first at ${first})`,
    notNested: (code: string, parent: string, level: string) => `code ${code} is not under its ${level} ${parent} (it should start with "${parent}.")`,
    category: "category",
    item: "item",
    nothingToContinue: (field: string) => `the first criterion's ${field} cannot be null: there is no cell above to continue`,
    method: "method",
    guidance: "guidance",
    bandOrder: (previous: number) => `should be below the band above (min ${previous}): list grades from the highest band down`,
    lowestBand: (min: number) => `the lowest band should start at 0 (it is ${min}), or scores below it have no grade`,
    duplicateGrade: (name: string) => `grade name "${name}" is used twice`,
    duplicateVeto: (code: string, first: string) => `veto code ${code} is used twice (first at ${first})`,
  },
} as const;

/**
 * The rubric's own rules, beyond what the JSON Schema says, on data that has
 * passed the schema: codes unique and nested (1 → 1.1 → 1.1.1), the first
 * criterion with a 评价方法 and 评价打分 to continue, grade bands listed from
 * the highest `min` down and ending at 0 with unique names, veto codes unique.
 * (分值 > 0 is the schema's.) Issues in document order.
 */
export function rubricRuleIssues(source: RubricSource, locale: RubricLocale = "zh-CN"): RubricIssue[] {
  const text = TEXT[locale];
  const issues: RubricIssue[] = [];
  const seen = new Map<string, string>();
  const code = (path: string, value: string, parent: string | undefined, level: string): void => {
    const at = childPath(path, "code");
    const first = seen.get(value);
    if (first !== undefined) issues.push({ path: at, message: text.duplicateCode(value, first) });
    else seen.set(value, at);
    if (parent !== undefined && parentCode(value) !== parent) issues.push({ path: at, message: text.notNested(value, parent, level) });
  };

  let firstCriterion = true;
  source.categories.forEach((category, c) => {
    const categoryPath = childPath("categories", c);
    code(categoryPath, category.code, undefined, "");
    category.items.forEach((item, i) => {
      const itemPath = childPath(childPath(categoryPath, "items"), i);
      code(itemPath, item.code, category.code, text.category);
      item.criteria.forEach((criterion, k) => {
        const path = childPath(childPath(itemPath, "criteria"), k);
        code(path, criterion.code, item.code, text.item);
        if (firstCriterion) {
          if (criterion.method === null) issues.push({ path: childPath(path, "method"), message: text.nothingToContinue(text.method) });
          if (criterion.guidance === null) issues.push({ path: childPath(path, "guidance"), message: text.nothingToContinue(text.guidance) });
          firstCriterion = false;
        }
      });
    });
  });

  const grades = source.grades ?? [];
  const names = new Set<string>();
  grades.forEach((band, g) => {
    const path = childPath("grades", g);
    const previous = grades[g - 1];
    if (previous !== undefined && !(band.min < previous.min)) issues.push({ path: childPath(path, "min"), message: text.bandOrder(previous.min) });
    if (names.has(band.name)) issues.push({ path: childPath(path, "name"), message: text.duplicateGrade(band.name) });
    names.add(band.name);
  });
  const lowest = grades[grades.length - 1];
  if (lowest !== undefined && lowest.min !== 0) issues.push({ path: childPath(childPath("grades", grades.length - 1), "min"), message: text.lowestBand(lowest.min) });

  const vetoCodes = new Map<string, string>();
  (source.veto ?? []).forEach((condition, v) => {
    const path = childPath(childPath("veto", v), "code");
    const first = vetoCodes.get(condition.code);
    if (first !== undefined) issues.push({ path, message: text.duplicateVeto(condition.code, first) });
    else vetoCodes.set(condition.code, path);
  });
  return issues;
}
