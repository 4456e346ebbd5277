/*
 * QCITY.* custom functions. Each is a thin wrapper over the pure scoring layer
 * (src/scoring): the JSDoc below is the functions.json metadata (zh-CN first;
 * en-US descriptions are in metadata.en-US.ts), and errors become real Excel
 * errors through `excelValue`. All are synchronous, pure and not volatile.
 */
import { checkList } from "../scoring/checkList";
import { gradeFunction } from "../scoring/grade";
import { maxPoints as rubricMaxPoints } from "../scoring/sections";
import { grandTotal, progress as scoredShare, scoreRate as sectionScoreRate, sectionTotal as sectionScoreTotal } from "../scoring/totals";
import { consensusOfRanges, spreadOfRanges } from "../scoring/panel/consensusRanges";
import { excelValue } from "./excelResult";
import { functionsIndex, functionsRubric } from "./workbookRubric";

/**
 * 评价准则、评价内容或评价项目的分值（分），取自本工作簿的评价标准；编号留空或为 "total" 时为总分（2009 年指南为 1000）。编号不存在时为 #N/A。
 * @customfunction MAXPOINTS MAXPOINTS
 * @param code 编号，如 "3.6.2"、"3.6" 或 "3"；留空或 "total" 表示总分。
 * @returns 分值（分）。
 */
export function maxPoints(code: unknown): number {
  return excelValue(rubricMaxPoints(code, "zh-CN", functionsIndex()));
}

/**
 * 某评价项目、评价内容或评价准则的得分合计（分）。得分超过分值、为负数或不是数字时为 #VALUE!，并说明是哪一条。
 * @customfunction SECTIONTOTAL SECTIONTOTAL
 * @param section 编号，如 "3"、"3.6" 或 "3.6.2"；留空表示全部。
 * @param criteria 评价准则列（一列），每格为编号或以编号开头的评价准则。
 * @param scores 得分列（一列），行数与评价准则列相同；空格表示未打分。
 * @returns 得分合计（分）。
 */
export function sectionTotal(section: unknown, criteria: unknown[][], scores: unknown[][]): number {
  return excelValue(sectionScoreTotal(section, criteria, scores, "zh-CN", functionsIndex()));
}

/**
 * 总评分（满分为评价标准的总分，2009 年指南为 1000 分）。得分超过分值、为负数或不是数字时为 #VALUE!，并说明是哪一条。
 * @customfunction TOTAL TOTAL
 * @param criteria 评价准则列（一列），每格为编号或以编号开头的评价准则。
 * @param scores 得分列（一列），行数与评价准则列相同；空格表示未打分。
 * @returns 总评分（分）。
 */
export function total(criteria: unknown[][], scores: unknown[][]): number {
  return excelValue(grandTotal(criteria, scores, "zh-CN", functionsIndex()));
}

/**
 * 得分率：某部分的得分合计除以其分值（0 到 1）。得分有误时为 #VALUE!。
 * @customfunction SCORERATE SCORERATE
 * @param section 编号，如 "3"、"3.6" 或 "3.6.2"；留空表示全部。
 * @param criteria 评价准则列（一列），每格为编号或以编号开头的评价准则。
 * @param scores 得分列（一列），行数与评价准则列相同；空格表示未打分。
 * @returns 得分率（0 到 1）。
 */
export function scoreRate(section: unknown, criteria: unknown[][], scores: unknown[][]): number {
  return excelValue(sectionScoreRate(section, criteria, scores, "zh-CN", functionsIndex()));
}

/**
 * 打分进度：已打分的评价准则占区域中评价准则的比例（0 到 1）；0 分与空格无法区分，按未打分计。
 * @customfunction PROGRESS PROGRESS
 * @param criteria 评价准则列（一列），每格为编号或以编号开头的评价准则。
 * @param scores 得分列（一列），行数与评价准则列相同。
 * @returns 已打分比例（0 到 1）。
 */
export function progress(criteria: unknown[][], scores: unknown[][]): number {
  return excelValue(scoredShare(criteria, scores, "zh-CN", functionsIndex()));
}

/**
 * 评价等级：按本工作簿评价标准的等级，总分占适用分值的比例达到的最高一档。评价标准没有等级时为 #N/A；总分不是数字时为 #VALUE!。
 * @customfunction GRADE GRADE
 * @param total 总分（分）。
 * @param [applicable] 适用分值（分）：总分值减去标为不适用的评价准则；留空表示评价标准的全部分值。
 * @returns 评价等级，如 “A”。
 */
export function grade(total: unknown, applicable?: unknown): string {
  return excelValue(gradeFunction(total, applicable, "zh-CN", functionsRubric()));
}

/**
 * 检查得分表，溢出列出问题：编号、类型、说明（超过分值、负数、非数字、缺佐证材料、扣分无说明）；没有问题时为“无问题”。
 * @customfunction CHECK CHECK
 * @param criteria 评价准则列（一列），每格为编号或以编号开头的评价准则。
 * @param scores 得分列（一列），行数与评价准则列相同。
 * @param [evidence] 佐证材料列（一列），可省略。
 * @param [notes] 扣分说明列（一列），可省略。
 * @returns 问题列表，每行为编号、类型、说明。
 */
export function check(criteria: unknown[][], scores: unknown[][], evidence?: unknown[][], notes?: unknown[][]): string[][] {
  return excelValue(checkList(criteria, scores, evidence, notes, "zh-CN", functionsIndex()));
}

/**
 * 专家评分汇总：每条评价准则的汇总得分（分）。一个区域时每行为一条准则、各列为各位专家；多个区域（如各专家的得分列）时同一位置为同一条准则。空格、0 和 "" 均视为未打分；无人打分时为空。
 * @customfunction CONSENSUS CONSENSUS
 * @param method 汇总方法："mean"（平均）、"trimmed"（去掉一个最高分和一个最低分后平均，不足 5 个分数时取平均）或 "median"（中位数）。
 * @param scores 得分区域，可给多个（每位专家一个）。
 * @returns 汇总得分（分），每条准则一个。
 */
export function consensus(method: unknown, scores: unknown[][][]): unknown[][] {
  return excelValue(consensusOfRanges(method, scores));
}

/**
 * 专家评分极差：每条评价准则最高分减最低分（分）。区域的用法与 QCITY.CONSENSUS 相同；空格、0 和 "" 均视为未打分。
 * @customfunction SPREAD SPREAD
 * @param scores 得分区域，可给多个（每位专家一个）。
 * @returns 极差（分），每条准则一个。
 */
export function spread(scores: unknown[][][]): unknown[][] {
  return excelValue(spreadOfRanges(scores));
}

// Start-up (learning the workbook's rubric) runs with the functions, in the same bundle: see startup.ts.
import "./startup";
