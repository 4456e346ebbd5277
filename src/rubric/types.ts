/**
 * The shape of a rubric as data (a JSON file under `data/`), and the typed
 * model built from it. Another version of the rubric (a province's own 细则)
 * is added as a new data file of the same shape, with no code change.
 */

/** One 评价准则 row as written in the data file. */
export interface CriterionSource {
  /** Three-level code, e.g. "3.6.2". */
  code: string;
  /** The criterion text as printed, without its leading code. */
  text: string;
  /** 评价方法; `null` where the printed cell is blank and continues the cell above. */
  method: string | null;
  /** 分值, in points. */
  points: number;
  /** 评价打分 guidance; `null` where the printed cell is blank and continues the cell above. */
  guidance: string | null;
}

export interface ItemSource {
  /** Two-level code, e.g. "3.6". */
  code: string;
  name: string;
  criteria: CriterionSource[];
}

export interface CategorySource {
  /** One-level code, e.g. "3". */
  code: string;
  name: string;
  items: ItemSource[];
}

export interface RubricSource {
  id: string;
  title: string;
  source: string;
  issued: string;
  categories: CategorySource[];
}

/** A 评价准则 (criterion) with its 评价方法 and 评价打分 resolved. */
export interface Criterion {
  readonly level: "criterion";
  readonly code: string;
  readonly text: string;
  /** The effective 评价方法, carried down from the cell above where the source is blank. */
  readonly method: string;
  /** True where the printed 评价方法 cell is blank, i.e. merged with the row above. */
  readonly methodContinues: boolean;
  /** 分值 (cap), in points. */
  readonly points: number;
  /** The effective 评价打分 guidance, carried down like `method`. */
  readonly guidance: string;
  readonly guidanceContinues: boolean;
  readonly itemCode: string;
  readonly categoryCode: string;
  /** Position in the official order, 0-based. */
  readonly index: number;
}

/** A 评价内容 (item); its cap is the sum of its criteria's points. */
export interface Item {
  readonly level: "item";
  readonly code: string;
  readonly name: string;
  readonly points: number;
  readonly categoryCode: string;
  readonly criteria: readonly Criterion[];
}

/** A 评价项目 (category); its cap is the sum of its criteria's points. */
export interface Category {
  readonly level: "category";
  readonly code: string;
  readonly name: string;
  readonly points: number;
  readonly items: readonly Item[];
  readonly criteria: readonly Criterion[];
}

export type RubricNode = Category | Item | Criterion;

export interface Rubric {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  /** Sum of every criterion's points. */
  readonly totalPoints: number;
  readonly categories: readonly Category[];
  /** Every criterion in the official order. */
  readonly criteria: readonly Criterion[];
  readonly items: readonly Item[];
  /** The category, item or criterion with this code, or undefined. */
  find(code: string): RubricNode | undefined;
  criterion(code: string): Criterion | undefined;
}
