import { categoryLabel, criterionLabel, itemLabel } from "../rubric/labels";
import type { Criterion } from "../rubric/types";
import { rect } from "./a1";
import { officialColumn, type LayoutContext } from "./context";
import { continuationRuns, valueRuns, type Run } from "./runs";
import type { SheetBuilder } from "./sheetBuilder";
import { BODY_STYLE, FONT_SIZE, INPUT_STYLE } from "./styles";
import type { ColumnKey } from "./types";

/**
 * One row per criterion, in the rubric's order. Category and item cells merge
 * over their criteria; 评价方法 and 评价打分 merge exactly over the runs where
 * the document leaves the cell blank (Criterion.methodContinues /
 * guidanceContinues), even across items. Values go in each merge's anchor only.
 */
export function writeCriterionRows(b: SheetBuilder, ctx: LayoutContext): void {
  const { rows, rubric } = ctx;
  const criteria = rubric.criteria;
  const first = rows.firstCriterion;
  const size = FONT_SIZE.body;

  const mergeRuns = (key: ColumnKey, runs: readonly Run[], value: (c: Criterion) => string): void => {
    const col = officialColumn(ctx, key);
    for (const run of runs) {
      const anchor = criteria[run.first] as Criterion;
      b.put(rect(first + run.first, col, first + run.last, col), value(anchor), size);
    }
  };

  const categories = new Map(rubric.categories.map((c) => [c.code, categoryLabel(c)]));
  const items = new Map(rubric.items.map((i) => [i.code, itemLabel(i)]));
  mergeRuns("category", valueRuns(criteria.map((c) => c.categoryCode)), (c) => categories.get(c.categoryCode) ?? c.categoryCode);
  mergeRuns("item", valueRuns(criteria.map((c) => c.itemCode)), (c) => items.get(c.itemCode) ?? c.itemCode);
  mergeRuns("method", continuationRuns(criteria.map((c) => c.methodContinues)), (c) => c.method);
  mergeRuns("guidance", continuationRuns(criteria.map((c) => c.guidanceContinues)), (c) => c.guidance);
  criteria.forEach((c, i) => {
    b.set(first + i, officialColumn(ctx, "criterion"), criterionLabel(c), size);
    b.set(first + i, officialColumn(ctx, "points"), c.points);
    b.minHeight(first + i, 18);
  });

  const last = b.columnCount - 1;
  const body = rect(first, 0, rows.lastCriterion, last);
  b.style(body, BODY_STYLE);
  // A category spans several printed pages; at the top its label prints on the page where it starts.
  const categoryCol = officialColumn(ctx, "category");
  b.style(rect(first, categoryCol, rows.lastCriterion, categoryCol), { vertical: "top" });
  const criterionCol = officialColumn(ctx, "criterion");
  b.style(rect(first, criterionCol, rows.lastCriterion, criterionCol), { horizontal: "left" });
  const scoreCol = officialColumn(ctx, "score");
  // 得分, 佐证材料 and 扣分说明 are what the assessor fills in; they sit side by side at the right.
  b.style(rect(first, scoreCol, rows.lastCriterion, last), INPUT_STYLE);
  for (const key of ["evidence", "note"] as const) {
    const col = ctx.col[key];
    if (col !== undefined) b.style(rect(first, col, rows.lastCriterion, col), { horizontal: "left" });
  }
}
