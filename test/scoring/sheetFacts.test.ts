import { buildLayout } from "../../src/layout/buildLayout";
import { MemorySheet, readSnapshot, writeLayout } from "../../src/memory";
import { buildRubric } from "../../src/rubric";
import { assessCheck } from "../../src/scoring/assessCheck";
import { checkSheet, type TableCheck } from "../../src/scoring/checkTable";
import { assess } from "../../src/scoring/grade";
import { readSheetFacts } from "../../src/scoring/sheetFacts";
import { readSignOff } from "../../src/scoring/signOff";
import type { SheetSnapshot } from "../../src/scoring/snapshot";
import { provincialSource } from "../helpers/provincialRubric";

const rubric = buildRubric(provincialSource());
const layout = buildLayout(rubric, { province: "浙江省", city: "台州市" });
const scoreCol = layout.table.columns.score!;
const rowOf = (code: string) => layout.table.firstCriterionRow + rubric.criterion(code)!.index;

/** The provincial sheet as written, with `cells` ([row, col, value]) typed in, read back and checked. */
function checked(cells: [number, number, string | number | null, string?][]): { snapshot: SheetSnapshot; check: TableCheck } {
  const sheet = new MemorySheet("质量兴市评价");
  writeLayout(sheet, layout);
  for (const [row, col, value, format] of cells) {
    sheet.setContent(row, col, value);
    if (format !== undefined) sheet.setFormat(row, col, (f) => (f.numberFormat = format));
  }
  const snapshot = readSnapshot(sheet);
  const result = checkSheet(snapshot, { rubric });
  if (!result.ok) throw new Error("no table");
  return { snapshot, check: result.check };
}

describe("readSheetFacts: the 省/市 line, the veto answers and the sign-off line of a sheet", () => {
  const veto = layout.table.grade!.vetoAnswers!;
  const line = layout.table.signOff!;

  it("reads 是 in the veto block, and the names and the date (a serial in a date format) of the sign-off line", () => {
    const { snapshot, check } = checked([
      [veto.top, veto.left, "是"],
      [line.row, line.assessorCol, " 王五 "],
      [line.row, line.reviewerCol, "赵六"],
      [line.row, line.dateCol, 46356, "yyyy/m/d"],
    ]);
    const facts = readSheetFacts(snapshot, check, rubric);
    expect(facts.place).toEqual({ province: "浙江省", city: "台州市" });
    expect([...facts.veto]).toEqual([["V1", "是"]]);
    expect(facts.signOff).toEqual({ assessor: "王五", reviewer: "赵六", date: "2026-11-30" });
    expect(assessCheck(check, rubric, facts.veto)).toMatchObject({ vetoed: ["V1"], grade: "D" });
  });

  it("gives blanks for an empty sign-off line and an empty veto answer (a finding of the checks)", () => {
    const { snapshot, check } = checked([]);
    const facts = readSheetFacts(snapshot, check, rubric);
    expect([...facts.veto]).toEqual([["V1", ""]]);
    expect(facts.signOff).toEqual({ assessor: "", reviewer: "", date: "" });
    expect(check.findings.filter((f) => f.kind === "veto-unanswered").map((f) => f.address)).toEqual([`${String.fromCharCode(65 + veto.left)}${veto.top + 1}`]);
  });

  it("reads a sign-off written in one cell, or under English labels, or a Date a reader made", () => {
    expect(readSignOff([["评价人：张三", null, "复核人:", "李四"], ["Date:", new Date(Date.UTC(2026, 0, 5))]], 0)).toEqual({ assessor: "张三", reviewer: "李四", date: "2026-01-05" });
    expect(readSignOff([["Assessor:", "Chen Li", "Reviewer:", null, "日期：", "12月1日"]], 0)).toEqual({ assessor: "Chen Li", reviewer: "", date: "12月1日" });
    // Rows above `from` (the table) are not looked at.
    expect(readSignOff([["评价人：", "张三"], ["x"]], 1)).toEqual({ assessor: "", reviewer: "", date: "" });
  });
});

describe("assessCheck: one computation of the total, with the checks' summary", () => {
  it("leaves out what the summary leaves out (over the cap, negative, text), so the totals are equal", () => {
    const { check } = checked([
      ...rubric.criteria.map((c): [number, number, number] => [rowOf(c.code), scoreCol, c.points]),
      [rowOf("1.1.1"), scoreCol, 12],
      [rowOf("1.1.2"), scoreCol, -3],
      [rowOf("1.2.1"), scoreCol, "１５"],
      [rowOf("2.1.2"), scoreCol, "不适用"],
    ]);
    const assessment = assessCheck(check, rubric);
    expect(check.summary.total).toBe(100 - 10 - 10 - 15 - 10);
    expect(assessment.total).toBe(check.summary.total);
    expect(assessment.categories.map((c) => c.total)).toEqual(check.summary.categories.map((c) => c.score));
    expect(assessment).toMatchObject({ applicablePoints: 90, rescaled: (55 * 100) / 90, grade: "C", notApplicable: ["2.1.2"] });
    // assess over the raw cells counts 12 and -3 as SUM would: not the checks' total.
    const raw = new Map(check.table.rows.map((r) => [r.code, r.score] as const));
    expect(assess(rubric, raw).total).toBe(55 + 12 - 3);
  });
});
