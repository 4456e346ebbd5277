import type { Criterion } from "../rubric/types";
import { VETO_NO, VETO_YES } from "../rubric/assessmentWords";
import { cellAddress, rect, rectAddress } from "../table/a1";
import { officialColumn, type LayoutContext } from "./context";
import { applicablePointsFormula, gradeFormula, notApplicableTest, rescaledFormula } from "./gradeFormulas";
import { GRADE_TEXT } from "./gradeText";
import type { SheetBuilder } from "./sheetBuilder";
import { BODY_STYLE, FONT, FONT_SIZE, HEADER_STYLE, INFO_STYLE, INPUT_STYLE } from "./styles";
import type { CustomValidation, ListValidation, Rect } from "./types";

/** Where the grade row's cells are, 0-based; absent parts are undefined. */
export interface GradePlacement {
  readonly row: number;
  readonly applicableCell: { readonly row: number; readonly col: number };
  readonly rescaledCell?: { readonly row: number; readonly col: number };
  readonly gradeCell?: { readonly row: number; readonly col: number };
  /** The 是/否 cells of the 一票否决 block. */
  readonly vetoAnswers?: Rect;
}

/** A criterion's 得分 and 分值 cell addresses on the sheet. */
export function criterionCells(ctx: LayoutContext): (c: Criterion) => { score: string; points: string } {
  const scoreCol = officialColumn(ctx, "score");
  const pointsCol = officialColumn(ctx, "points");
  return (c) => ({ score: cellAddress(ctx.rows.firstCriterion + c.index, scoreCol), points: cellAddress(ctx.rows.firstCriterion + c.index, pointsCol) });
}

/** The 是/否 cells of the veto block, when the rubric has veto conditions. */
function vetoAnswers(ctx: LayoutContext): Rect | undefined {
  const veto = ctx.rows.veto;
  return veto === undefined ? undefined : rect(veto.first, officialColumn(ctx, "score"), veto.last, officialColumn(ctx, "score"));
}

/**
 * The grade row under the 省/市 line: 适用分值 (total points less the
 * optional criteria marked 不适用), 折算得分 when the rubric has a scale, and
 * 评价等级 under 总评分 when it has grades — native formulas over the cells,
 * the veto block included. `total` is the 总评分 cell.
 */
export function writeGradeRow(b: SheetBuilder, ctx: LayoutContext, total: { row: number; col: number }): GradePlacement | undefined {
  const row = ctx.rows.grade;
  if (row === undefined) return undefined;
  const { rubric } = ctx;
  const text = GRADE_TEXT[ctx.locale];
  const totalRef = cellAddress(total.row, total.col);
  const applicableCell = { row, col: officialColumn(ctx, "criterion") };
  const applicableRef = cellAddress(applicableCell.row, applicableCell.col);
  const answers = vetoAnswers(ctx);
  b.style(rect(row, 0, row, b.columnCount - 1), INFO_STYLE);
  b.set(row, officialColumn(ctx, "item"), text.applicableLabel, FONT_SIZE.info);
  b.style(rect(row, officialColumn(ctx, "item")), { horizontal: "right" });
  b.set(row, applicableCell.col, { formula: applicablePointsFormula(rubric.totalPoints, rubric.criteria, criterionCells(ctx)) });
  b.style(rect(row, applicableCell.col), { border: true, horizontal: "center", font: { bold: true } });

  let rescaledCell: GradePlacement["rescaledCell"];
  if (rubric.scale !== undefined) {
    rescaledCell = { row, col: officialColumn(ctx, "points") };
    b.set(row, officialColumn(ctx, "method"), text.rescaledLabel(rubric.scale), FONT_SIZE.info);
    b.style(rect(row, officialColumn(ctx, "method")), { horizontal: "right" });
    b.set(row, rescaledCell.col, { formula: rescaledFormula(totalRef, applicableRef, rubric.scale) });
    b.style(rect(row, rescaledCell.col), { border: true, horizontal: "center", font: { bold: true }, numberFormat: "0.0" });
  }
  let gradeCell: GradePlacement["gradeCell"];
  if (rubric.grades.length > 0) {
    gradeCell = { row, col: total.col };
    b.set(row, officialColumn(ctx, "guidance"), text.gradeLabel, FONT_SIZE.info);
    b.style(rect(row, officialColumn(ctx, "guidance")), { horizontal: "right" });
    b.set(row, gradeCell.col, { formula: gradeFormula(rubric, totalRef, applicableRef, answers && rectAddress(answers), text.vetoedSuffix) });
    b.style(rect(row, gradeCell.col), { border: true, horizontal: "center", font: { bold: true } });
  }
  b.minHeight(row, 24);
  return { row, applicableCell, ...(rescaledCell && { rescaledCell }), ...(gradeCell && { gradeCell }), ...(answers && { vetoAnswers: answers }) };
}

/**
 * The 一票否决 block below the summary: a title, a header, and per condition
 * its code, its text and a 是/否 cell (a drop-down list), which the grade reads.
 */
export function writeVetoBlock(b: SheetBuilder, ctx: LayoutContext): ListValidation[] {
  const veto = ctx.rows.veto;
  if (veto === undefined) return [];
  const text = GRADE_TEXT[ctx.locale];
  const codeCol = officialColumn(ctx, "category");
  const answerCol = officialColumn(ctx, "score");
  const textArea = (row: number) => rect(row, codeCol + 1, row, answerCol - 1);
  b.put(rect(veto.title, 0, veto.title, answerCol), text.vetoTitle, FONT_SIZE.header);
  b.style(rect(veto.title, 0, veto.title, answerCol), { font: { name: FONT.heading, size: FONT_SIZE.header, bold: true }, horizontal: "left", vertical: "center" });
  b.minHeight(veto.title, 24);
  b.set(veto.header, codeCol, text.vetoHeaders.code, FONT_SIZE.header);
  b.put(textArea(veto.header), text.vetoHeaders.text, FONT_SIZE.header);
  b.set(veto.header, answerCol, text.vetoHeaders.answer, FONT_SIZE.header);
  b.style(rect(veto.header, 0, veto.header, answerCol), HEADER_STYLE);
  ctx.rubric.veto.forEach((condition, i) => {
    const row = veto.first + i;
    b.set(row, codeCol, condition.code, FONT_SIZE.body);
    b.put(textArea(row), condition.text, FONT_SIZE.body);
    b.minHeight(row, 20);
  });
  b.style(rect(veto.first, 0, veto.last, answerCol), BODY_STYLE);
  b.style(rect(veto.first, codeCol + 1, veto.last, answerCol - 1), { horizontal: "left" });
  b.style(rect(veto.first, answerCol, veto.last, answerCol), INPUT_STYLE);
  return [{ rect: rect(veto.first, answerCol, veto.last, answerCol), values: [VETO_YES, VETO_NO], errorTitle: text.vetoErrorTitle, errorMessage: text.vetoErrorMessage }];
}

/** The 得分 validation of each optional criterion: a score from 0 to its 分值, or 不适用/缺项. */
export function optionalScoreValidations(ctx: LayoutContext): CustomValidation[] {
  const text = GRADE_TEXT[ctx.locale];
  const cells = criterionCells(ctx);
  const scoreCol = officialColumn(ctx, "score");
  return ctx.rubric.criteria
    .filter((c) => c.optional)
    .map((c) => {
      const { score } = cells(c);
      return {
        rect: rect(ctx.rows.firstCriterion + c.index, scoreCol),
        formula: `OR(AND(ISNUMBER(${score}),${score}>=0,${score}<=${c.points}),${notApplicableTest(score)})`,
        errorTitle: text.optionalErrorTitle,
        errorMessage: text.optionalError(c.points),
        promptTitle: text.optionalErrorTitle,
        promptMessage: text.optionalPrompt(c.points),
      };
    });
}
