import { cellAddress } from "../table/a1";
import { leadingCode } from "../rubric/codes";
import type { CategorySource, CriterionSource, GradeBand, ItemSource, RubricSource, VetoCondition } from "../rubric/types";
import { formatRubricIssue, type RubricLocale } from "../rubric/issues";
import { parseRubric } from "../rubric/validate";
import type { Rubric } from "../rubric/types";
import { importColumnOfTitle, IMPORT_COLUMN_TITLES, type ImportColumn } from "./rubricImportColumns";

/** The header row is looked for in this many rows from the top. */
export const IMPORT_HEADER_ROWS = 50;

/** What `importRubricTable` adds to the table: what the command line or the pane asks for. */
export interface ImportOptions {
  readonly id: string;
  /** Default: the first text above the header row, else the id. */
  readonly title?: string | undefined;
  readonly source?: string | undefined;
  readonly issued?: string | undefined;
  readonly grades?: readonly GradeBand[];
  readonly veto?: readonly VetoCondition[];
  readonly scale?: number;
}

export interface ImportSummary {
  readonly categories: number;
  readonly items: number;
  readonly criteria: number;
  readonly totalPoints: number;
  /** True when some rows had no leading code and were numbered in order. */
  readonly numbered: boolean;
  /** The header row, 0-based. */
  readonly headerRow: number;
}

export type ImportResult =
  | { readonly ok: true; readonly rubric: Rubric; readonly summary: ImportSummary }
  | { readonly ok: false; readonly problems: readonly string[] };

const TEXT = {
  "zh-CN": {
    noHeader: (rows: number) =>
      `没有找到表头：需要有一行同时含“评价准则”（或 ${IMPORT_COLUMN_TITLES.criterion.slice(1, 4).join("、")}）和“分值”（或 ${IMPORT_COLUMN_TITLES.points.slice(1, 3).join("、")}）（已查看前 ${rows} 行）`,
    twice: (title: string, first: string, second: string) => `表头“${title}”出现两次（${first}、${second}），无法确定用哪一列`,
    noCategoryColumn: "表头中没有“评价项目”列（或 考核项目、一级指标）",
    noItemColumn: "表头中没有“评价内容”列（或 考核内容、二级指标）",
    noCategory: "这一条评价准则上方没有评价项目",
    noItem: "这一条评价准则上方没有评价内容",
    badPoints: (value: string) => `分值应为大于 0 的数字（现为“${value}”）`,
    emptyCategory: (name: string) => `评价项目“${name}”下没有评价准则`,
    emptyItem: (name: string) => `评价内容“${name}”下没有评价准则`,
    capMismatch: (printed: number, sum: number) => `印出的分值 ${printed} 分与其下评价准则分值之和 ${sum} 分不符`,
    noCriteria: "表头下没有评价准则",
    sep: "：",
  },
  "en-US": {
    noHeader: (rows: number) => `No header row found: one row must hold both 评价准则 (Criterion) and 分值 (Points) (looked at the first ${rows} rows)`,
    twice: (title: string, first: string, second: string) => `The header "${title}" appears twice (${first}, ${second}); cannot tell which column to use`,
    noCategoryColumn: "The header has no 评价项目 (Category) column",
    noItemColumn: "The header has no 评价内容 (Item) column",
    noCategory: "this criterion has no category above it",
    noItem: "this criterion has no item above it",
    badPoints: (value: string) => `points should be a number greater than 0 (it is "${value}")`,
    emptyCategory: (name: string) => `category "${name}" has no criteria`,
    emptyItem: (name: string) => `item "${name}" has no criteria`,
    capMismatch: (printed: number, sum: number) => `the printed cap of ${printed} points differs from the sum of its criteria, ${sum} points`,
    noCriteria: "There are no criteria below the header",
    sep: ": ",
  },
} as const;

type Cells = readonly (readonly unknown[])[];

/** A cell as text: strings trimmed, numbers printed as codes print (3.1 stays "3.1"); "" for blanks, booleans, errors. */
function cellText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

/** "1.1.1政府颁布…" → code "1.1.1", rest "政府颁布…"; a separator after the code ("1、", "1. ") is dropped. */
function stripCode(text: string): { code: string | undefined; rest: string } {
  const code = leadingCode(text);
  if (code === undefined) return { code, rest: text };
  // leadingCode maps characters one to one (full-width to ASCII), so the code's length is its length in `text`.
  return { code, rest: text.trimStart().slice(code.length).replace(/^[\s.、．:：)）]+/, "") };
}

/** "1领导重视（140分）" → code "1", name "领导重视", cap 140. */
function splitLabel(text: string): { code: string | undefined; name: string; cap: number | undefined } {
  const split = stripCode(text);
  const code = split.code;
  let rest = split.rest;
  const capMatch = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/.exec(rest);
  const cap = capMatch ? Number(capMatch[1]) : undefined;
  if (capMatch) rest = rest.slice(0, capMatch.index).trim();
  return { code, name: rest.trim(), cap };
}

/** 分值 as a number: 40, "40", "40分", "４０". Undefined when it is none. */
function pointsOf(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.normalize("NFKC").replace(/\s+/g, "").replace(/分$/, "");
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** Marks a criterion optional: 是, √, ✓, Y, yes, 1, 可. */
function isOptionalMark(value: unknown): boolean {
  return /^(是|√|✓|✔|y|yes|true|1|可|可缺项|可不适用)$/i.test(cellText(value));
}

function findHeader(cells: Cells, locale: RubricLocale): { row: number; columns: Partial<Record<ImportColumn, number>> } | string {
  const text = TEXT[locale];
  for (let r = 0; r < Math.min(cells.length, IMPORT_HEADER_ROWS); r += 1) {
    const columns: Partial<Record<ImportColumn, number>> = {};
    let twice: string | undefined;
    (cells[r] ?? []).forEach((value, c) => {
      const role = importColumnOfTitle(value);
      if (role === undefined) return;
      const first = columns[role];
      if (first !== undefined) twice ??= text.twice(cellText(value), cellAddress(r, first), cellAddress(r, c));
      else columns[role] = c;
    });
    if (columns.criterion === undefined || columns.points === undefined) continue;
    if (twice !== undefined) return twice;
    if (columns.category === undefined) return text.noCategoryColumn;
    if (columns.item === undefined) return text.noItemColumn;
    return { row: r, columns };
  }
  return text.noHeader(IMPORT_HEADER_ROWS);
}

interface Pending {
  readonly at: string;
  /** The cell text as typed: the same text again continues this category or item. */
  readonly label: string;
  readonly code: string | undefined;
  readonly name: string;
  readonly cap: number | undefined;
}

/**
 * A typed rubric table (a province's 细则 as pasted into Excel) as rubric
 * data. `cells` is the sheet from A1, rows × columns, with merged cells other
 * than the anchor empty, as every reader delivers them. The header row is
 * the first with a 评价准则 and a 分值 title (aliases: IMPORT_COLUMN_TITLES).
 * Below it, a category or item cell opens a new one (the same text repeated
 * continues it); a blank 评价方法 or 评价打分 continues the cell above (null);
 * codes come from the leading numbers, and rows without one are numbered in
 * order. A printed cap such as "1领导重视（140分）" must equal its criteria's
 * sum. The table ends at the first empty row after a criterion. The result is
 * validated like a rubric file. Problems name their cell (or JSON path).
 */
export function importRubricTable(cells: Cells, options: ImportOptions, locale: RubricLocale = "zh-CN"): ImportResult {
  const text = TEXT[locale];
  const header = findHeader(cells, locale);
  if (typeof header === "string") return { ok: false, problems: [header] };
  const col = header.columns as Record<ImportColumn, number | undefined>;
  const problems: string[] = [];
  const at = (row: number, c: number | undefined, message: string) => problems.push(`${cellAddress(row, c ?? 0)}${text.sep}${message}`);
  const value = (row: number, role: ImportColumn): unknown => (col[role] === undefined ? undefined : cells[row]?.[col[role] as number]);

  type ItemDraft = Pending & { criteria: (Omit<CriterionSource, "code"> & { code: string | undefined })[] };
  type CategoryDraft = Pending & { items: ItemDraft[] };
  const categories: CategoryDraft[] = [];
  let category: CategoryDraft | undefined;
  let item: ItemDraft | undefined;
  let seenCriterion = false;

  for (let r = header.row + 1; r < cells.length; r += 1) {
    const line = cells[r] ?? [];
    if (line.every((v) => cellText(v) === "")) {
      if (seenCriterion) break;
      continue;
    }
    const categoryText = cellText(value(r, "category"));
    if (categoryText !== "" && categoryText !== category?.label) {
      category = { at: cellAddress(r, col.category as number), ...splitLabel(categoryText), label: categoryText, items: [] };
      categories.push(category);
      item = undefined;
    }
    const itemText = cellText(value(r, "item"));
    if (itemText !== "" && itemText !== item?.label) {
      item = { at: cellAddress(r, col.item as number), ...splitLabel(itemText), label: itemText, criteria: [] };
      category?.items.push(item);
    }
    const criterionText = cellText(value(r, "criterion"));
    if (criterionText === "") continue;
    seenCriterion = true;
    if (category === undefined) {
      at(r, col.criterion, text.noCategory);
      continue;
    }
    if (item === undefined) {
      at(r, col.criterion, text.noItem);
      continue;
    }
    const points = pointsOf(value(r, "points"));
    if (points === undefined || !(points > 0)) at(r, col.points, text.badPoints(cellText(value(r, "points"))));
    const label = stripCode(criterionText);
    const method = cellText(value(r, "method"));
    const guidance = cellText(value(r, "guidance"));
    item.criteria.push({
      code: label.code,
      text: label.rest,
      method: method === "" ? null : method,
      points: points ?? 0,
      guidance: guidance === "" ? null : guidance,
      ...(isOptionalMark(value(r, "optional")) && { optional: true }),
    });
  }
  if (!seenCriterion) return { ok: false, problems: [text.noCriteria] };

  let numbered = false;
  const codeOr = (given: string | undefined, fallback: string, expectedLevel: number): string => {
    if (given !== undefined && given.split(".").length === expectedLevel) return given;
    numbered = true;
    return fallback;
  };
  const built: CategorySource[] = [];
  categories.forEach((c, ci) => {
    if (c.items.every((i) => i.criteria.length === 0)) {
      problems.push(`${c.at}${text.sep}${text.emptyCategory(c.name)}`);
      return;
    }
    const code = codeOr(c.code, String(ci + 1), 1);
    const items: ItemSource[] = [];
    c.items.forEach((i, ii) => {
      if (i.criteria.length === 0) {
        problems.push(`${i.at}${text.sep}${text.emptyItem(i.name)}`);
        return;
      }
      const itemCode = codeOr(i.code, `${code}.${ii + 1}`, 2);
      const criteria = i.criteria.map((k, ki): CriterionSource => ({ ...k, code: codeOr(k.code, `${itemCode}.${ki + 1}`, 3) }));
      const sum = total(criteria);
      if (i.cap !== undefined && i.cap !== sum) problems.push(`${i.at}${text.sep}${text.capMismatch(i.cap, sum)}`);
      items.push({ code: itemCode, name: i.name, criteria });
    });
    const sum = total(items.flatMap((i) => i.criteria));
    if (c.cap !== undefined && c.cap !== sum) problems.push(`${c.at}${text.sep}${text.capMismatch(c.cap, sum)}`);
    built.push({ code, name: c.name, items });
  });
  if (problems.length > 0) return { ok: false, problems };

  const source: RubricSource = {
    id: options.id,
    title: options.title ?? titleAbove(cells, header.row) ?? options.id,
    source: options.source ?? "",
    issued: options.issued ?? "",
    categories: built,
    ...(options.grades !== undefined && { grades: [...options.grades] }),
    ...(options.veto !== undefined && options.veto.length > 0 && { veto: [...options.veto] }),
    ...(options.scale !== undefined && { scale: options.scale }),
  };
  const checked = parseRubric(source, locale);
  if (!checked.ok) return { ok: false, problems: checked.issues.map((i) => formatRubricIssue(i, locale)) };
  const rubric = checked.rubric;
  return {
    ok: true,
    rubric,
    summary: { categories: rubric.categories.length, items: rubric.items.length, criteria: rubric.criteria.length, totalPoints: rubric.totalPoints, numbered, headerRow: header.row },
  };
}

/** The first text above the header row: the table's title, as a typed table prints it. */
function titleAbove(cells: Cells, headerRow: number): string | undefined {
  for (let r = 0; r < headerRow; r += 1) {
    const text = (cells[r] ?? []).map(cellText).find((t) => t !== "");
    if (text !== undefined) return text;
  }
  return undefined;
}

function total(criteria: readonly CriterionSource[]): number {
  // Summed in hundredths, so that 0.5-point criteria add up exactly.
  return Math.round(criteria.reduce((sum, c) => sum + c.points * 100, 0)) / 100;
}
