import { foldTitle } from "../table/fold";

/**
 * The column titles a typed rubric table may use, by role. The official
 * titles come first; provinces' tables use others (考核项目/考核内容/评分标准…).
 * Matching folds full-width characters, spaces and a trailing unit in
 * brackets ("分值（分）" is 分值).
 */
export type ImportColumn = "category" | "item" | "criterion" | "method" | "points" | "guidance" | "optional";

export const IMPORT_COLUMN_TITLES: Readonly<Record<ImportColumn, readonly string[]>> = {
  category: ["评价项目", "考核项目", "一级指标", "评价指标", "考核指标", "Category"],
  item: ["评价内容", "考核内容", "二级指标", "Item"],
  criterion: ["评价准则", "评分标准", "考核标准", "评价标准", "三级指标", "考核要点", "Criterion"],
  method: ["评价方法", "考核方法", "评价方式", "考核方式", "Method"],
  points: ["分值", "标准分", "标准分值", "满分", "Points"],
  guidance: ["评价打分", "评分细则", "评分方法", "扣分标准", "评分办法", "Scoring guidance"],
  optional: ["可不适用", "可缺项", "允许缺项", "Optional"],
};


const LOOKUP = new Map<string, ImportColumn>(
  (Object.keys(IMPORT_COLUMN_TITLES) as ImportColumn[]).flatMap((role) => IMPORT_COLUMN_TITLES[role].map((t): [string, ImportColumn] => [foldTitle(t), role])),
);

/** The role a header cell names, or undefined. */
export function importColumnOfTitle(value: unknown): ImportColumn | undefined {
  return typeof value === "string" ? LOOKUP.get(foldTitle(value)) : undefined;
}
