import type { Locale } from "./locale";
import { RANGE_NAMES, assessorRangeName } from "./rangeNames";

/**
 * What a column of a rubric table holds. The first seven are the official
 * form's columns; the rest are columns the add-in adds to the right. A new
 * role is one more member here and one entry in COLUMN_KINDS.
 */
export type ColumnRole =
  | "category"
  | "item"
  | "criterion"
  | "method"
  | "points"
  | "guidance"
  | "score"
  /** 自评得分: the city's own score. */
  | "self-score"
  /** One assessor's score, e.g. 得分（张三）; the column carries the assessor's name. */
  | "assessor-score"
  | "evidence"
  | "note";

/** Everything the writers, the reader and the checks know about one role of column. */
export interface ColumnKind {
  readonly role: ColumnRole;
  /** The header title, as the official form prints it (zh-CN) and in English. */
  readonly titles: Readonly<Record<Locale, string>>;
  /** Other titles a hand-typed table may use, in either language (compared folded, see foldText). */
  readonly aliases: readonly string[];
  /** Column width in Excel character units. */
  readonly width: number;
  /** The worksheet-scoped name over the column's criterion rows, when it has one. */
  readonly rangeName?: string;
  /** The assessor fills it in: input style, unlocked. */
  readonly input: boolean;
  /** It holds a score in points, checked against the row's 分值. */
  readonly score: boolean;
}

/** One column of a table: its kind, and for an assessor's score the assessor. */
export interface TableColumn extends ColumnKind {
  /** The assessor's name as written, e.g. "张三"; only on an assessor-score column. */
  readonly assessor?: string;
}

/** A table's columns, left to right. */
export interface TableSchema {
  readonly columns: readonly TableColumn[];
}

/**
 * Every role's entry. Widths are chosen so that the official table prints one
 * A4 landscape page wide; 评价项目 is wide enough for the longest province name
 * (新疆维吾尔自治区), which the 省/市 line writes above it.
 */
export const COLUMN_KINDS: Readonly<Record<ColumnRole, ColumnKind>> = {
  category: { role: "category", titles: { "zh-CN": "评价项目", "en-US": "Category" }, aliases: [], width: 18, input: false, score: false },
  item: { role: "item", titles: { "zh-CN": "评价内容", "en-US": "Item" }, aliases: [], width: 22, input: false, score: false },
  criterion: {
    role: "criterion",
    titles: { "zh-CN": "评价准则", "en-US": "Criterion" },
    aliases: [],
    width: 42,
    rangeName: RANGE_NAMES.criteria,
    input: false,
    score: false,
  },
  method: { role: "method", titles: { "zh-CN": "评价方法", "en-US": "Method" }, aliases: [], width: 10, input: false, score: false },
  points: {
    role: "points",
    titles: { "zh-CN": "分值", "en-US": "Points" },
    aliases: ["满分", "标准分"],
    width: 6,
    rangeName: RANGE_NAMES.points,
    input: false,
    score: false,
  },
  guidance: { role: "guidance", titles: { "zh-CN": "评价打分", "en-US": "Scoring guidance" }, aliases: [], width: 14, input: false, score: false },
  score: {
    role: "score",
    titles: { "zh-CN": "得分", "en-US": "Score" },
    aliases: ["实得分", "评分"],
    width: 8,
    rangeName: RANGE_NAMES.scores,
    input: true,
    score: true,
  },
  "self-score": {
    role: "self-score",
    titles: { "zh-CN": "自评得分", "en-US": "Self-assessment score" },
    aliases: ["自评分", "自评", "Self score"],
    width: 8,
    rangeName: RANGE_NAMES.selfScores,
    input: true,
    score: true,
  },
  "assessor-score": {
    role: "assessor-score",
    titles: { "zh-CN": "专家得分", "en-US": "Expert score" },
    aliases: [],
    width: 10,
    input: true,
    score: true,
  },
  evidence: {
    role: "evidence",
    titles: { "zh-CN": "佐证材料", "en-US": "Evidence" },
    aliases: ["佐证资料", "证明材料"],
    width: 18,
    rangeName: RANGE_NAMES.evidence,
    input: true,
    score: false,
  },
  note: {
    role: "note",
    titles: { "zh-CN": "扣分说明", "en-US": "Deduction note" },
    aliases: ["扣分原因", "扣分理由"],
    width: 16,
    rangeName: RANGE_NAMES.notes,
    input: true,
    score: false,
  },
};

/** The seven official columns, in the printed order. */
export const OFFICIAL_ROLES: readonly ColumnRole[] = ["category", "item", "criterion", "method", "points", "guidance", "score"];

/** The columns the add-in adds beside the official ones. */
export const EVIDENCE_ROLES = ["evidence", "note"] as const satisfies readonly ColumnRole[];

/**
 * The table the add-in writes today: the seven official columns, then 佐证材料
 * and 扣分说明 unless `evidenceColumns` is false.
 */
export function officialSchema(options: { readonly evidenceColumns?: boolean } = {}): TableSchema {
  const roles = options.evidenceColumns === false ? OFFICIAL_ROLES : [...OFFICIAL_ROLES, ...EVIDENCE_ROLES];
  return { columns: roles.map((role) => COLUMN_KINDS[role]) };
}

/**
 * One assessor's score column: titled 得分（张三） / Score (张三), named
 * QCITY_SCORES_<n> (n counts the assessors from 1).
 */
export function assessorScoreColumn(assessor: string, n: number): TableColumn {
  const name = assessor.trim();
  if (name === "") throw new RangeError("An assessor's score column needs the assessor's name");
  return {
    ...COLUMN_KINDS["assessor-score"],
    titles: { "zh-CN": `得分（${name}）`, "en-US": `Score (${name})` },
    rangeName: assessorRangeName(n),
    assessor: name,
  };
}

/** The 自评得分 column. */
export function selfScoreColumn(): TableColumn {
  return COLUMN_KINDS["self-score"];
}

/** The schema with `columns` inserted before position `at` (default: at the right end). */
export function withColumns(schema: TableSchema, columns: readonly TableColumn[], at = schema.columns.length): TableSchema {
  return { columns: [...schema.columns.slice(0, at), ...columns, ...schema.columns.slice(at)] };
}

/** The index of the first column with this role, or -1. */
export function columnIndexOf(schema: TableSchema, role: ColumnRole): number {
  return schema.columns.findIndex((c) => c.role === role);
}
