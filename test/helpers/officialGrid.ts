import { categoryLabel, criterionLabel, itemLabel } from "../../src/rubric";
import type { Grid, GridValue } from "../../src/table/grid";
import { COLUMN_KINDS, type ColumnRole } from "../../src/table/schema";
import { OFFICIAL_RUBRIC } from "./rubrics";

export interface GridOptions {
  /** Columns left to right; default the seven official ones, then 佐证材料, 扣分说明. */
  readonly columns?: readonly ColumnRole[];
  /** Per criterion code: 得分, 佐证材料, 扣分说明 values. */
  readonly scores?: Readonly<Record<string, GridValue>>;
  readonly evidence?: Readonly<Record<string, GridValue>>;
  readonly notes?: Readonly<Record<string, GridValue>>;
}

/** Rows of the crafted table: title 0, 省/市 line with 总评分 1, header 2, criteria from 3. */
export const HEADER_ROW = 2;
export const FIRST_CRITERION_ROW = 3;
export const ALL_COLUMNS: readonly ColumnRole[] = ["category", "item", "criterion", "method", "points", "guidance", "score", "evidence", "note"];

/** The official table as a hand-made sheet would hold it: values plus a formulas grid with 总评分 as a formula. */
export function officialGrid(options: GridOptions = {}): { values: GridValue[][]; formulas: unknown[][] } {
  const columns = options.columns ?? ALL_COLUMNS;
  const width = Math.max(columns.length, 8);
  const blank = (): GridValue[] => new Array<GridValue>(width).fill(null);
  const title = blank();
  title[0] = "质量兴市绩效评价指南（试行）";
  const place = blank();
  place[0] = "省（自治区、直辖市）";
  place[width - 2] = "总评分：";
  place[width - 1] = 0;
  const header = blank();
  columns.forEach((key, i) => (header[i] = COLUMN_KINDS[key].titles["zh-CN"]));

  const rows = OFFICIAL_RUBRIC.criteria.map((c) => {
    const category = OFFICIAL_RUBRIC.find(c.categoryCode);
    const item = OFFICIAL_RUBRIC.find(c.itemCode);
    const first = (node: typeof category) => node && node.level !== "criterion" && node.criteria[0] === c;
    const cell: Partial<Record<ColumnRole, GridValue>> = {
      category: first(category) && category?.level === "category" ? categoryLabel(category) : null,
      item: first(item) && item?.level === "item" ? itemLabel(item) : null,
      criterion: criterionLabel(c),
      method: c.methodContinues ? null : c.method,
      points: c.points,
      guidance: c.guidanceContinues ? null : c.guidance,
      score: options.scores?.[c.code] ?? null,
      evidence: options.evidence?.[c.code] ?? null,
      note: options.notes?.[c.code] ?? null,
    };
    const line = blank();
    columns.forEach((key, i) => (line[i] = cell[key]));
    return line;
  });
  const values = [title, place, header, ...rows];
  const formulas: unknown[][] = values.map((line) => [...line]);
  const scoreCol = columns.indexOf("score");
  if (scoreCol >= 0) {
    const letter = String.fromCharCode(65 + scoreCol);
    formulas[1]![width - 1] = `=SUM(${letter}${FIRST_CRITERION_ROW + 1}:${letter}${FIRST_CRITERION_ROW + rows.length})`;
  }
  return { values, formulas };
}

/** Every criterion at full marks with evidence: a clean table. */
export function fullMarks(): Pick<GridOptions, "scores" | "evidence"> {
  const scores: Record<string, GridValue> = {};
  const evidence: Record<string, GridValue> = {};
  for (const c of OFFICIAL_RUBRIC.criteria) {
    scores[c.code] = c.points;
    evidence[c.code] = "文件";
  }
  return { scores, evidence };
}

export type { Grid };
