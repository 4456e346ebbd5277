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
  /** The row under the 省/市 line with 适用分值, 折算得分 and 评价等级, when the rubric has grades, a scale, a veto or 不适用 criteria. */
  readonly grade?: number;
  readonly header: number;
  readonly firstCriterion: number;
  readonly lastCriterion: number;
  readonly summaryTitle: number;
  readonly summaryHeader: number;
  /** One row per category, then the 合计 row. */
  readonly summaryFirst: number;
  readonly summaryTotal: number;
  /** The 评价人 / 复核人 / 日期 sign-off line, one blank row under the summary block (or the 一票否决 block). */
  readonly signOff: number;
  /** The 一票否决 block below the summary, when the rubric has veto conditions: title, header, one row per condition. */
  readonly veto?: { readonly title: number; readonly header: number; readonly first: number; readonly last: number };
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
  const grade = hasGradeRow(rubric) ? 2 : undefined;
  const header = grade === undefined ? 2 : grade + 1;
  const firstCriterion = header + 1;
  const lastCriterion = firstCriterion + rubric.criteria.length - 1;
  const summaryTitle = lastCriterion + 2;
  const summaryFirst = summaryTitle + 2;
  const summaryTotal = summaryFirst + rubric.categories.length;
  const vetoTitle = summaryTotal + 2;
  const veto = rubric.veto.length === 0 ? undefined : { title: vetoTitle, header: vetoTitle + 1, first: vetoTitle + 2, last: vetoTitle + 1 + rubric.veto.length };
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
      ...(grade !== undefined && { grade }),
      header,
      firstCriterion,
      lastCriterion,
      summaryTitle,
      summaryHeader: summaryTitle + 1,
      summaryFirst,
      summaryTotal,
      ...(veto !== undefined && { veto }),
      signOff: (veto?.last ?? summaryTotal) + 2,
      count: (veto?.last ?? summaryTotal) + 3,
    },
    criteriaRef: RANGE_NAMES.criteria,
    scoresRef: RANGE_NAMES.scores,
  };
}

/** True when the sheet needs the grade row: the rubric has grades, a scale, a veto or criteria that may be 不适用. */
export function hasGradeRow(rubric: Rubric): boolean {
  return rubric.grades.length > 0 || rubric.scale !== undefined || rubric.veto.length > 0 || rubric.criteria.some((c) => c.optional);
}

/** The column index of a column that is always present (the seven official ones). */
export function officialColumn(ctx: LayoutContext, role: ColumnRole): number {
  const index = ctx.col[role];
  if (index === undefined) throw new Error(`Column ${role} is not in this layout`);
  return index;
}
