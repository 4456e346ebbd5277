import { buildLayout } from "../../src/layout/buildLayout";
import { buildRubric } from "../../src/rubric/build";
import { checkTable } from "../../src/scoring/checkTable";
import { checkList } from "../../src/scoring/checkList";
import { buildCriteriaIndex } from "../../src/scoring/criteriaIndex";
import { grandTotal } from "../../src/scoring/totals";
import { layoutFormulas, layoutGrid } from "../helpers/layoutGrid";
import { provincialSource } from "../helpers/provincialRubric";

const rubric = buildRubric(provincialSource());
const layout = buildLayout(rubric);
const scoreCol = layout.table.columns.score as number;
const rowOf = (code: string) => layout.table.firstCriterionRow + rubric.criterion(code)!.index;

/** The provincial sheet with every criterion at full marks, evidence and notes filled, then `change` applied. */
function sheet(change: (values: unknown[][]) => void) {
  const values = layoutGrid(layout) as unknown[][];
  for (const c of rubric.criteria) {
    values[rowOf(c.code)]![scoreCol] = c.points;
    values[rowOf(c.code)]![scoreCol + 1] = "文件";
  }
  values[layout.table.grade!.vetoAnswers!.top]![scoreCol] = "否";
  change(values);
  return checkTable({ values: values as never, formulas: layoutFormulas(layout) }, { rubric })!;
}

const kinds = (check: ReturnType<typeof sheet>) => check.findings.map((f) => [f.kind, f.code, f.address, f.message]);

describe("checks of 不适用 and 一票否决", () => {
  it("finds nothing on a full sheet with the veto answered", () => {
    expect(kinds(sheet(() => undefined))).toEqual([]);
  });

  it("accepts 不适用 on an optional criterion, and reports it on any other", () => {
    const check = sheet((v) => {
      v[rowOf("2.1.2")]![scoreCol] = "不适用";
      v[rowOf("1.1.1")]![scoreCol] = "缺项";
    });
    const row = rowOf("1.1.1") + 1;
    expect(kinds(check)).toEqual([["not-applicable", "1.1.1", `G${row}`, "1.1.1 得分为 \"缺项\"，但本条评价准则不可标为不适用；请填写 0 到 10 之间的数字"]]);
  });

  it("reports a veto cell left empty", () => {
    const veto = layout.table.grade!.vetoAnswers!.top;
    const check = sheet((v) => (v[veto]![scoreCol] = null));
    expect(kinds(check)).toEqual([["veto-unanswered", "V1", `G${veto + 1}`, "一票否决条件 V1 未填写；请填“是”或“否”"]]);
  });

  it("lets QCITY.TOTAL and QCITY.CHECK skip 不适用 on optional criteria only", () => {
    const index = buildCriteriaIndex(rubric);
    expect(grandTotal([["2.1.1"], ["2.1.2"]], [[20], ["不适用"]], "zh-CN", index)).toEqual({ ok: true, value: 20 });
    expect(grandTotal([["1.1.1"]], [["不适用"]], "zh-CN", index)).toMatchObject({ ok: false, type: "#VALUE!" });
    expect(checkList([["2.1.2"], ["1.1.1"]], [["不适用"], ["不适用"]], undefined, undefined, "zh-CN", index)).toEqual({
      ok: true,
      value: [["1.1.1", "不能标为不适用", "1.1.1 得分为 \"不适用\"，但本条评价准则不可标为不适用；请填写 0 到 10 之间的数字"]],
    });
  });
});
