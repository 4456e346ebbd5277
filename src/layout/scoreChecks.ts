import { cellAddress, rect } from "../table/a1";
import { officialColumn, type LayoutContext } from "./context";
import { deductionNoteConditionalFormat, evidenceConditionalFormat } from "./evidenceHighlight";
import { notApplicableTest } from "./gradeFormulas";
import { valueRuns } from "../table/runs";
import { INVALID_FILL, INVALID_FONT } from "./styles";
import type { DecimalValidation, FormulaConditionalFormat } from "./types";

/** The columns that hold scores (得分, and on a panel sheet 自评得分 and each assessor's), left to right. */
function scoreColumns(ctx: LayoutContext): number[] {
  return ctx.columns.flatMap((column, col) => (column.score ? [col] : []));
}

/**
 * Data validation on every score cell (each column whose schema entry holds a
 * score): a decimal from 0 to that row's 分值 (points), with an error message
 * naming the cap. Consecutive rows with the same cap share one rectangle.
 */
export function scoreValidations(ctx: LayoutContext): DecimalValidation[] {
  const { rubric, rows, text } = ctx;
  // Criteria that may be 不适用 take text too: they get optionalScoreValidations (gradeBlock.ts) instead.
  const runs = valueRuns(rubric.criteria.map((c) => (c.optional ? -1 : c.points))).filter((run) => run.key !== -1);
  return scoreColumns(ctx).flatMap((col) =>
    runs.map((run) => {
      const cap = run.key;
      return {
        rect: rect(rows.firstCriterion + run.first, col, rows.firstCriterion + run.last, col),
        min: 0,
        max: cap,
        errorTitle: text.scoreErrorTitle,
        errorMessage: text.scoreError(cap),
        promptTitle: text.scorePromptTitle,
        promptMessage: text.scorePrompt(cap),
      };
    }),
  );
}

/**
 * Conditional formats that keep problems visible while scores are typed or
 * pasted (a paste bypasses data validation): a 得分 that is text, negative or
 * above 分值; and, with the evidence columns, a scored row with no 佐证材料,
 * or a partial score with no 扣分说明. Formulas are relative to each
 * rectangle's top-left cell.
 */
export function scoreConditionalFormats(ctx: LayoutContext): FormulaConditionalFormat[] {
  const { rows } = ctx;
  const top = rows.firstCriterion;
  const column = (col: number) => rect(top, col, rows.lastCriterion, col);
  const points = cellAddress(top, officialColumn(ctx, "points"));
  const formats: FormulaConditionalFormat[] = scoreColumns(ctx).map((col) => {
    const score = cellAddress(top, col);
    return {
      rect: column(col),
      // With criteria that may be 不适用, that word is no problem to show (the checks still report it on the others).
      formula: ctx.rubric.criteria.some((c) => c.optional)
        ? `AND(${score}<>"",NOT(${notApplicableTest(score)}),OR(NOT(ISNUMBER(${score})),${score}<0,${score}>${points}))`
        : `AND(${score}<>"",OR(NOT(ISNUMBER(${score})),${score}<0,${score}>${points}))`,
      fill: INVALID_FILL,
      fontColor: INVALID_FONT,
    };
  });
  const placement = { firstCriterionRow: top, lastCriterionRow: rows.lastCriterion, columns: ctx.col };
  for (const format of [evidenceConditionalFormat(placement), deductionNoteConditionalFormat(placement)]) {
    if (format !== undefined) formats.push(format);
  }
  return formats;
}
