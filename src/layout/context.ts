import type { Rubric } from "../rubric/types";
import type { Locale } from "../table/locale";
import { RANGE_NAMES } from "../table/rangeNames";
import { officialSchema, type ColumnRole, type TableColumn, type TableSchema } from "../table/schema";
import { SHEET_TEXT, type SheetText } from "./sheetText";
import type { FormulaStyle, LayoutOptions } from "./types";

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
  readonly locale: Locale;
  readonly formulaStyle: FormulaStyle;
  readonly province: string;
  readonly city: string;
  readonly text: SheetText;
  readonly schema: TableSchema;
  /** The schema's columns, left to right: column i of the table is columns[i]. */
  readonly columns: readonly TableColumn[];
  /** Column index of the first column of each role present. */
  readonly col: Partial<Record<ColumnRole, number>>;
  readonly rows: LayoutRows;
  /** References the totals use: the worksheet-scoped names. */
  readonly criteriaRef: string;
  readonly scoresRef: string;
}

/** Resolves the options (defaults: zh-CN, evidence columns on, native formulas) and places rows and columns. */
export function layoutContext(rubric: Rubric, options: LayoutOptions): LayoutContext {
  const locale = options.locale ?? "zh-CN";
  const schema = options.schema ?? officialSchema({ evidenceColumns: options.evidenceColumns ?? true });
  const col: Partial<Record<ColumnRole, number>> = {};
  schema.columns.forEach((column, i) => (col[column.role] ??= i));
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
    schema,
    columns: schema.columns,
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
export function officialColumn(ctx: LayoutContext, role: ColumnRole): number {
  const index = ctx.col[role];
  if (index === undefined) throw new Error(`Column ${role} is not in this layout`);
  return index;
}
