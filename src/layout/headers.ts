import type { ColumnKey } from "./types";

export type SheetLocale = "zh-CN" | "en-US";

/** The header title of each column, as the official form prints it (zh-CN) and in English. */
export const COLUMN_TITLES: Record<SheetLocale, Record<ColumnKey, string>> = {
  "zh-CN": {
    category: "评价项目",
    item: "评价内容",
    criterion: "评价准则",
    method: "评价方法",
    points: "分值",
    guidance: "评价打分",
    score: "得分",
    evidence: "佐证材料",
    note: "扣分说明",
  },
  "en-US": {
    category: "Category",
    item: "Item",
    criterion: "Criterion",
    method: "Method",
    points: "Points",
    guidance: "Scoring guidance",
    score: "Score",
    evidence: "Evidence",
    note: "Deduction note",
  },
};

/** The seven official columns, in the printed order. */
export const OFFICIAL_COLUMNS: readonly ColumnKey[] = ["category", "item", "criterion", "method", "points", "guidance", "score"];

/** The columns the add-in adds beside the official ones. */
export const EVIDENCE_COLUMNS: readonly ColumnKey[] = ["evidence", "note"];

const ALL_KEYS = [...OFFICIAL_COLUMNS, ...EVIDENCE_COLUMNS];

/** A trailing unit or note in brackets, e.g. "（分）", "(分)", "【必填】"; NFKC has already made full-width brackets ASCII. */
const TRAILING_NOTE = /[(\[【][^()[\]【】]{1,12}[)\]】]$/;

/**
 * Header text folded for matching: NFKC (full-width letters, brackets and
 * U+3000 spaces), no spaces or line breaks, no trailing unit in brackets
 * ("得分（分）" is 得分), lower case.
 */
function fold(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").replace(TRAILING_NOTE, "").toLowerCase();
}

const TITLE_LOOKUP = new Map<string, ColumnKey>(
  (Object.keys(COLUMN_TITLES) as SheetLocale[]).flatMap((locale) =>
    ALL_KEYS.map((key): [string, ColumnKey] => [fold(COLUMN_TITLES[locale][key]), key]),
  ),
);

/** The column a header cell names, in either locale, or undefined. */
export function columnKeyOfTitle(value: unknown): ColumnKey | undefined {
  return typeof value === "string" ? TITLE_LOOKUP.get(fold(value)) : undefined;
}
