import type { Locale } from "../table/locale";
import type { Rubric } from "../rubric/types";

/** One line on a rubric: its counts, total points, and grades, veto, 不适用 criteria and scale when it has them. */
export function describeRubric(rubric: Rubric, locale: Locale): string {
  const optional = rubric.criteria.filter((c) => c.optional).length;
  if (locale === "en-US") {
    const extras = [
      rubric.grades.length > 0 && `grades ${rubric.grades.map((g) => `${g.name} ≥ ${g.min}%`).join(", ")}`,
      rubric.veto.length > 0 && `${rubric.veto.length} veto condition${rubric.veto.length === 1 ? "" : "s"}`,
      optional > 0 && `${optional} optional criteri${optional === 1 ? "on" : "a"}`,
      rubric.scale !== undefined && `re-scaled to ${rubric.scale} points`,
    ].filter(Boolean);
    return `${rubric.id} "${rubric.title}": ${rubric.categories.length} categories, ${rubric.items.length} items, ${rubric.criteria.length} criteria, ${rubric.totalPoints} points${extras.length > 0 ? `; ${extras.join("; ")}` : ""}`;
  }
  const extras = [
    rubric.grades.length > 0 && `评价等级 ${rubric.grades.map((g) => `${g.name}≥${g.min}%`).join("、")}`,
    rubric.veto.length > 0 && `一票否决 ${rubric.veto.length} 项`,
    optional > 0 && `可不适用 ${optional} 条`,
    rubric.scale !== undefined && `折算为 ${rubric.scale} 分`,
  ].filter(Boolean);
  return `${rubric.id}《${rubric.title}》：${rubric.categories.length} 个评价项目、${rubric.items.length} 项评价内容、${rubric.criteria.length} 条评价准则，共 ${rubric.totalPoints} 分${extras.length > 0 ? `；${extras.join("；")}` : ""}`;
}
