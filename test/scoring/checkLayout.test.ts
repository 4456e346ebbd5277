import { buildLayout } from "../../src/layout/buildLayout";
import { cellAddress } from "../../src/table/a1";
import { readTable } from "../../src/table/readTable";
import { checkTable } from "../../src/scoring";
import { layoutFormulas, layoutGrid } from "../helpers/layoutGrid";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

describe.each(["native", "qcity"] as const)("checkTable on the inserted sheet (%s formulas)", (formulaStyle) => {
  const layout = buildLayout(OFFICIAL_RUBRIC, { province: "浙江", city: "杭州", formulaStyle });
  const sheet = () => ({ values: layoutGrid(layout), formulas: layoutFormulas(layout) });

  it("finds only the 98 unscored criteria on a fresh sheet", () => {
    const check = checkTable(sheet(), { rubric: OFFICIAL_RUBRIC })!;
    expect(check.findings.map((f) => f.kind)).toEqual(new Array(98).fill("unscored"));
    expect(check.findings[0]?.address).toBe(cellAddress(layout.table.firstCriterionRow, layout.table.columns.score!));
  });

  it("finds the summary block's score cells by its header", () => {
    const found = readTable(sheet().values)!;
    expect(found.summaryTotals).toEqual(layout.table.summary.rows.map((r) => ({ section: r.section, row: r.row, col: r.scoreCol, value: null })));
  });

  it("flags a summary or grand total formula overwritten with a number", () => {
    const { values, formulas } = sheet();
    const category3 = layout.table.summary.rows.find((r) => r.section === "3")!;
    values[category3.row]![category3.scoreCol] = 400;
    formulas[category3.row]![category3.scoreCol] = 400;
    const total = layout.table.grandTotalCell;
    values[total.row]![total.col] = 950;
    formulas[total.row]![total.col] = 950;
    const changed = checkTable({ values, formulas }, { rubric: OFFICIAL_RUBRIC })!.findings.filter((f) => f.kind === "changed-rubric");
    expect(changed.map((f) => [f.address, f.message])).toEqual([
      [cellAddress(total.row, total.col), "总评分公式已被数值 950 覆盖"],
      [cellAddress(category3.row, category3.scoreCol), "3 的得分合计公式已被数值 400 覆盖"],
    ]);
  });

  it("flags summary and grand total cells overwritten with text, a blank or a constant formula", () => {
    const { values, formulas } = sheet();
    const [first, second, third] = layout.table.summary.rows;
    const put = (row: number, col: number, formula: unknown, value: string | number | null) => {
      formulas[row]![col] = formula;
      values[row]![col] = value;
    };
    put(first!.row, first!.scoreCol, "998分", "998分");
    put(second!.row, second!.scoreCol, "", null);
    put(third!.row, third!.scoreCol, "=1000", 1000);
    const total = layout.table.grandTotalCell;
    put(total.row, total.col, "998", "998");
    const changed = checkTable({ values, formulas }, { rubric: OFFICIAL_RUBRIC })!.findings.filter((f) => f.kind === "changed-rubric");
    expect(changed.map((f) => [f.address, f.message])).toEqual([
      [cellAddress(total.row, total.col), '总评分公式已被文本 "998" 覆盖'],
      [cellAddress(first!.row, first!.scoreCol), `${first!.section} 的得分合计公式已被文本 "998分" 覆盖`],
      [cellAddress(second!.row, second!.scoreCol), `${second!.section} 的得分合计公式已被清空`],
      [cellAddress(third!.row, third!.scoreCol), `${third!.section} 的得分合计公式已被改为 =1000，不再引用任何单元格`],
    ]);
  });
});
