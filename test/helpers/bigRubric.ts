import type { RubricSource } from "../../src/rubric/types";

/** A generated rubric of `count` criteria (10 categories, 10 criteria per item, 2 points each), with long texts. */
export function bigRubricSource(count: number): RubricSource {
  const categories: RubricSource["categories"] = [];
  for (let i = 0; i < count; i += 1) {
    const c = Math.floor(i / Math.ceil(count / 10));
    const category = (categories[c] ??= { code: String(c + 1), name: `评价项目${c + 1}`, items: [] });
    let item = category.items[category.items.length - 1];
    if (item === undefined || item.criteria.length === 10) {
      item = { code: `${c + 1}.${category.items.length + 1}`, name: `评价内容${category.items.length + 1}`, criteria: [] };
      category.items.push(item);
    }
    item.criteria.push({
      code: `${item.code}.${item.criteria.length + 1}`,
      text: `第 ${i + 1} 条评价准则：建立健全质量工作责任制，明确各部门职责分工，定期开展督查考核并通报结果。`.repeat(3),
      method: item.criteria.length === 0 ? "查阅文件\n查看现场" : null,
      points: 2,
      guidance: item.criteria.length === 0 ? "依据检查情况，酌情打分。" : null,
    });
  }
  return { id: `generated-${count}`, title: `生成的评价标准（${count} 条）`, source: "", issued: "", categories };
}
