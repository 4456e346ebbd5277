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
  /** True when the criterion may be marked 不适用 (缺项): its points then leave the applicable total. */
  optional?: boolean;
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

/** A grade band (评价等级): reached from `min` percent of the applicable points. */
export interface GradeBand {
  /** e.g. "A", "优". */
  name: string;
  /** Lowest score rate of the band, as a percentage (0–100) of the applicable points. */
  min: number;
}

/** A 一票否决 (veto) condition, marked 是/否 on the sheet; any 是 gives the lowest grade. */
export interface VetoCondition {
  /** e.g. "V1". */
  code: string;
  text: string;
}

export interface RubricSource {
  id: string;
  title: string;
  source: string;
  issued: string;
  categories: CategorySource[];
  /** Grade bands; without them no grade is shown. Read from the highest `min` down. */
  grades?: GradeBand[];
  veto?: VetoCondition[];
  /** Also report the total re-scaled to this many points (e.g. 100, 百分制). */
  scale?: number;
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
  /** May be marked 不适用 (缺项); false unless the data says `optional: true`. */
  readonly optional: boolean;
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
  /** Grade bands, highest `min` first; empty when the rubric has no grades. */
  readonly grades: readonly GradeBand[];
  /** 一票否决 conditions; empty when there are none. */
  readonly veto: readonly VetoCondition[];
  /** Points to re-scale the total to (e.g. 100), when the rubric asks for it. */
  readonly scale: number | undefined;
  /** The data the rubric was built from, as a workbook carries it. */
  readonly data: RubricSource;
  /** The category, item or criterion with this code, or undefined. */
  find(code: string): RubricNode | undefined;
  criterion(code: string): Criterion | undefined;
}
