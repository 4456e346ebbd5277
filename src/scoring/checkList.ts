import { noProblemsText, type RangeRole } from "./argumentMessages";
import { codeOfCell, isBlankCell, NOT_A_CODE, NOT_A_CRITERION, resolveCriterionCell, type CriteriaIndex } from "./criteriaIndex";
import type { RowProblem } from "./findings";
import { describeProblem, KIND_TITLES } from "./messages";
import type { Locale } from "../table/locale";
import { checkColumnRanges, type CellMatrix } from "./ranges";
import { ok, type FunctionResult } from "./result";
import { checkScoreRow } from "./rowRules";
import { FUNCTION_ROW_RULES } from "./totals";

/**
 * QCITY.CHECK: the problems of a score table as rows of [code, kind, message]
 * (kind and message in the UI language, kind titled as in the task pane:
 * 超过分值, 负分, 不是数字…), in row order; a
 * single cell "无问题" ("OK" in English) when there are none. Covers over-cap,
 * negative and not-a-number scores (text, full-width digits, booleans), a score
 * with an empty 佐证材料 cell, a score below 分值 with an empty 扣分说明 cell,
 * criteria cells naming no criterion and criteria listed twice. The rules are
 * `checkScoreRow`'s, so the task pane and CLI say the same.
 * `criteria`, `scores` and the optional `evidence` and `notes` are one column
 * each with the same rows. Errors: #VALUE! only for ranges of different shapes;
 * bad scores are listed, never raised.
 */
export function checkList(
  criteria: unknown,
  scores: unknown,
  evidence: unknown,
  notes: unknown,
  locale: Locale,
  index: CriteriaIndex,
): FunctionResult<string[][]> {
  const optional: (readonly [RangeRole, unknown])[] = [["scores", scores]];
  const hasEvidence = evidence !== undefined && evidence !== null;
  const hasNotes = notes !== undefined && notes !== null;
  if (hasEvidence) optional.push(["evidence", evidence]);
  if (hasNotes) optional.push(["notes", notes]);
  const shapeError = checkColumnRanges(criteria, optional, locale);
  if (shapeError) return shapeError;

  const criteriaRows = criteria as CellMatrix;
  const scoreRows = scores as CellMatrix;
  const problems: RowProblem[] = [];
  const seen = new Uint8Array(index.codes.length);
  for (let r = 0; r < criteriaRows.length; r++) {
    const cell = criteriaRows[r]?.[0];
    if (!cell) continue; // null, undefined, 0 or "": a blank row (false and NaN name no criterion either)
    const position = resolveCriterionCell(index, cell);
    const score = scoreRows[r]?.[0];
    if (position < 0) {
      if (position === NOT_A_CODE || (position === NOT_A_CRITERION && isBlankCell(score))) continue;
      problems.push({ kind: "changed-rubric", detail: "unknown-code", code: codeOfCell(cell) });
      continue;
    }
    const code = index.codes[position] as string;
    if (seen[position] === 1) {
      problems.push({ kind: "changed-rubric", detail: "duplicate-row", code });
      continue;
    }
    seen[position] = 1;
    const row = {
      code,
      cap: index.caps[position] as number,
      score,
      evidence: hasEvidence ? ((evidence as CellMatrix)[r]?.[0] ?? null) : undefined,
      note: hasNotes ? ((notes as CellMatrix)[r]?.[0] ?? null) : undefined,
      optional: index.rubric.criteria[position]?.optional === true,
    };
    problems.push(...checkScoreRow(row, FUNCTION_ROW_RULES));
  }
  if (problems.length === 0) return ok([[noProblemsText(locale)]]);
  return ok(problems.map((p) => [p.code, KIND_TITLES[locale][p.kind], describeProblem(p, locale)]));
}
