import { OFFICIAL_RUBRIC } from "../rubric";

// QCITY.MAXPOINTS(code): the cap (分值, points) of a criterion, item or category of the official 2009 rubric;
// "" or "total" gives 1000; an unknown code gives #N/A naming it. The JSDoc below is what Excel shows.
/**
 * 返回评价准则、评价内容或评价项目的分值（分）；空或 "total" 返回总分 1000；编号不存在时返回 #N/A。
 * @customfunction MAXPOINTS
 * @param code 编号，如 "3.6.2"、"3.6" 或 "3" (rubric code, as text)
 * @returns 分值（分）
 */
export function maxPoints(code: string): number {
  const key = String(code ?? "").trim();
  if (key === "" || key.toLowerCase() === "total") return OFFICIAL_RUBRIC.totalPoints;
  const node = OFFICIAL_RUBRIC.find(key);
  if (!node) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, `评价表中没有编号 ${key}`);
  return node.points;
}
