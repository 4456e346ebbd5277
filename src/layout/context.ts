import type { Rubric } from "../rubric/types";
import { COLUMN_TITLES, type SheetLocale } from "./headers";
import { tableColumns } from "./columns";
import { RANGE_NAMES } from "./names";
import { SHEET_TEXT, type SheetText } from "./sheetText";
import type { ColumnKey, FormulaStyle, LayoutOptions } from "./types";

/** Row positions of the layout's parts, 0-based. */
export interface LayoutRows {
  readonly title: number;
  readonly info: number;
  readonly header: number;
  readonly firstCriterion: number;
  readonly lastCriterion: number;
  readonly summaryTitle: number;
  readonly summaryHeader: number;
  /** One row per category, then the 合计 row. */
  readonly summaryFirst: number;
  readonly summaryTotal: number;
  readonly count: number;
}

/** Everything the parts of the layout share: the rubric, the resolved options, column and row positions. */
export interface LayoutContext {
  readonly rubric: Rubric;
  readonly locale: SheetLocale;
  readonly formulaStyle: FormulaStyle;
  readonly province: string;
  readonly city: string;
  readonly text: SheetText;
  readonly titles: Record<ColumnKey, string>;
  readonly keys: readonly ColumnKey[];
  /** Column index of each column present. */
  readonly col: Partial<Record<ColumnKey, number>>;
  readonly rows: LayoutRows;
  /** References the totals use: the worksheet-scoped names. */
  readonly criteriaRef: string;
  readonly scoresRef: string;
}

/** Resolves the options (defaults: zh-CN, evidence columns on, native formulas) and places rows and columns. */
export function layoutContext(rubric: Rubric, options: LayoutOptions): LayoutContext {
  const locale = options.locale ?? "zh-CN";
  const keys = tableColumns(options.evidenceColumns ?? true);
  const col: Partial<Record<ColumnKey, number>> = {};
  keys.forEach((key, i) => (col[key] = i));
  const firstCriterion = 3;
  const lastCriterion = firstCriterion + rubric.criteria.length - 1;
  const summaryTitle = lastCriterion + 2;
  const summaryFirst = summaryTitle + 2;
  const summaryTotal = summaryFirst + rubric.categories.length;
  return {
    rubric,
    locale,
    formulaStyle: options.formulaStyle ?? "native",
    province: options.province ?? "",
    city: options.city ?? "",
    text: SHEET_TEXT[locale],
    titles: COLUMN_TITLES[locale],
    keys,
    col,
    rows: {
      title: 0,
      info: 1,
      header: 2,
      firstCriterion,
      lastCriterion,
      summaryTitle,
      summaryHeader: summaryTitle + 1,
      summaryFirst,
      summaryTotal,
      count: summaryTotal + 1,
    },
    criteriaRef: RANGE_NAMES.criteria,
    scoresRef: RANGE_NAMES.scores,
  };
}

/** The column index of a column that is always present (the seven official ones). */
export function officialColumn(ctx: LayoutContext, key: ColumnKey): number {
  const index = ctx.col[key];
  if (index === undefined) throw new Error(`Column ${key} is not in this layout`);
  return index;
}
