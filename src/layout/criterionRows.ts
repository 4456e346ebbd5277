import { categoryLabel, criterionLabel, itemLabel } from "../rubric/labels";
import type { Criterion } from "../rubric/types";
import { rect } from "../table/a1";
import { officialColumn, type LayoutContext } from "./context";
import { continuationRuns, valueRuns, type Run } from "../table/runs";
import type { SheetBuilder } from "./sheetBuilder";
import { BODY_STYLE, FONT_SIZE, INPUT_STYLE } from "./styles";
import type { ColumnRole } from "../table/schema";

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

  const mergeRuns = (key: ColumnRole, runs: readonly Run[], value: (c: Criterion) => string): void => {
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

  const body = rect(first, 0, rows.lastCriterion, b.columnCount - 1);
  b.style(body, BODY_STYLE);
  // A category spans several printed pages; at the top its label prints on the page where it starts.
  const categoryCol = officialColumn(ctx, "category");
  b.style(rect(first, categoryCol, rows.lastCriterion, categoryCol), { vertical: "top" });
  const criterionCol = officialColumn(ctx, "criterion");
  b.style(rect(first, criterionCol, rows.lastCriterion, criterionCol), { horizontal: "left" });
  // The columns the assessor fills in (得分, 佐证材料, 扣分说明…), one style per run of neighbours.
  for (const run of valueRuns(ctx.columns.map((c) => c.input))) {
    if (run.key) b.style(rect(first, run.first, rows.lastCriterion, run.last), INPUT_STYLE);
  }
  ctx.columns.forEach((column, col) => {
    if (column.role === "evidence" || column.role === "note") b.style(rect(first, col, rows.lastCriterion, col), { horizontal: "left" });
  });
}
