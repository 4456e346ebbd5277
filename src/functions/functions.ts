import { OFFICIAL_RUBRIC } from "../rubric";

/**
 * 返回官方评价表中评价准则、评价内容或评价项目的分值；空或 "total" 返回总分 1000。
 * Cap (分值) of a criterion, item or category of the official 2009 rubric, in points; "" or "total" gives 1000.
 * Errors: #N/A naming the code when the rubric has no such code.
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
