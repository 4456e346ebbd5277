import { cellAddress, rect } from "./a1";
import { officialColumn, type LayoutContext } from "./context";
import { deductionNoteConditionalFormat, evidenceConditionalFormat } from "./evidenceHighlight";
import { valueRuns } from "./runs";
import { INVALID_FILL, INVALID_FONT } from "./styles";
import type { DecimalValidation, FormulaConditionalFormat } from "./types";

/**
 * Data validation on every 得分 cell: a decimal from 0 to that row's 分值
 * (points), with an error message naming the cap. Consecutive rows with the
 * same cap share one rectangle.
 */
export function scoreValidations(ctx: LayoutContext): DecimalValidation[] {
  const { rubric, rows, text } = ctx;
  const col = officialColumn(ctx, "score");
  const caps = rubric.criteria.map((c) => c.points);
  return valueRuns(caps).map((run) => {
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
  });
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
  const score = cellAddress(top, officialColumn(ctx, "score"));
  const points = cellAddress(top, officialColumn(ctx, "points"));
  const formats: FormulaConditionalFormat[] = [
    {
      rect: column(officialColumn(ctx, "score")),
      formula: `AND(${score}<>"",OR(NOT(ISNUMBER(${score})),${score}<0,${score}>${points}))`,
      fill: INVALID_FILL,
      fontColor: INVALID_FONT,
    },
  ];
  const placement = { firstCriterionRow: top, lastCriterionRow: rows.lastCriterion, columns: ctx.col };
  for (const format of [evidenceConditionalFormat(placement), deductionNoteConditionalFormat(placement)]) {
    if (format !== undefined) formats.push(format);
  }
  return formats;
}
