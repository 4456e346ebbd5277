import type { Locale } from "../table/locale";

/**
 * Messages for bad custom-function arguments (as opposed to bad score rows,
 * which `describeProblem` words). zh-CN by default, en-US for English Office.
 */

/** Which range argument a message is about. */
export type RangeRole = "criteria" | "scores" | "evidence" | "notes";

const ARGUMENT_NAMES: Record<Locale, Record<RangeRole, string>> = {
  "zh-CN": { criteria: "评价准则区域", scores: "得分区域", evidence: "佐证材料区域", notes: "扣分说明区域" },
  "en-US": { criteria: "the criteria range", scores: "the scores range", evidence: "the evidence range", notes: "the deduction-notes range" },
};

export interface RangeSize {
  readonly rows: number;
  readonly columns: number;
}

export function notARangeMessage(role: RangeRole, locale: Locale = "zh-CN"): string {
  const name = ARGUMENT_NAMES[locale][role];
  return locale === "en-US" ? `${capitalise(name)} must be a range of cells` : `${name}应为单元格区域`;
}

export function notOneColumnMessage(role: RangeRole, size: RangeSize, locale: Locale = "zh-CN"): string {
  const name = ARGUMENT_NAMES[locale][role];
  return locale === "en-US"
    ? `${capitalise(name)} has ${size.columns} columns; select a single column`
    : `${name}有 ${size.columns} 列；请只选择一列`;
}

export function shapeMismatchMessage(role: RangeRole, size: RangeSize, criteria: RangeSize, locale: Locale = "zh-CN"): string {
  const name = ARGUMENT_NAMES[locale][role];
  const criteriaName = ARGUMENT_NAMES[locale].criteria;
  return locale === "en-US"
    ? `${capitalise(name)} (${rowsText(size.rows)}) and ${criteriaName} (${rowsText(criteria.rows)}) differ in size; select the same rows`
    : `${name}（${size.rows} 行）与${criteriaName}（${criteria.rows} 行）大小不同；请选择同样的行`;
}

export function unknownSectionMessage(value: unknown, locale: Locale = "zh-CN"): string {
  const code = typeof value === "string" ? value.trim() : String(value);
  return locale === "en-US" ? `The rubric has no code ${code}` : `评价表中没有编号 ${code}`;
}

export function noCriteriaMessage(locale: Locale = "zh-CN"): string {
  return locale === "en-US"
    ? "The criteria range holds no criterion (cells starting with a code such as 1.1.1)"
    : "评价准则区域中没有评价准则（应以 1.1.1 这样的编号开头）";
}

/** The single cell QCITY.CHECK gives when it finds nothing. */
export function noProblemsText(locale: Locale = "zh-CN"): string {
  return locale === "en-US" ? "OK" : "无问题";
}

function rowsText(rows: number): string {
  return rows === 1 ? "1 row" : `${rows} rows`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
