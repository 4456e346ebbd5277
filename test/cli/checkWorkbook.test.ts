/**
 * `qcity check` on workbooks with several sheets that look like rubric tables:
 * a fragment before the real sheet, a junk row before it, and a panel workbook
 * (扣分汇总 fragment, the official sheet, two assessors' sheets, a summary).
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildLayout } from "../../src/layout/buildLayout";
import type { LayoutOptions } from "../../src/layout/types";
import { criterionLabel } from "../../src/rubric";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { assessorScoreColumn, officialSchema, withColumns } from "../../src/table/schema";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { HEADER_ROW, fullMarks, officialGrid } from "../helpers/officialGrid";
import { craftWorkbook, fillFullMarks, runCheck, workbookFolder } from "./craftedWorkbook";

const folder = workbookFolder();
const criteria = OFFICIAL_RUBRIC.criteria;

/** A 扣分汇总 sheet: the deductions only, five criteria with 评价准则 and 得分 columns. */
function addDeductionSummary(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("扣分汇总");
  ws.addRow(["评价准则", "得分", "扣分说明"]);
  for (const c of criteria.slice(0, 5)) ws.addRow([criterionLabel(c), c.points - 1, "材料不全"]);
}

/** A sheet with the header and one junk row. */
function addJunkSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("草稿");
  ws.addRow(["评价准则", "得分"]);
  ws.addRow(["待填", "？"]);
}

/** The exported rubric sheet under `name`, every criterion scored by `score` (full marks by default) with evidence. */
function addRubricSheet(wb: ExcelJS.Workbook, name: string, options: LayoutOptions = {}, score = (points: number, _i: number) => points): void {
  const layout = { ...buildLayout(OFFICIAL_RUBRIC, options), sheetName: name };
  writeWorkbook(layout, wb);
  const ws = wb.getWorksheet(name)!;
  const { columns, firstCriterionRow } = layout.table;
  criteria.forEach((c, i) => {
    const row = ws.getRow(firstCriterionRow + i + 1);
    row.getCell((columns.score as number) + 1).value = score(c.points, i);
    for (const col of layout.table.columns["assessor-score"] === undefined ? [] : [columns["assessor-score"] as number, (columns["assessor-score"] as number) + 1]) {
      row.getCell(col + 1).value = c.points;
    }
    row.getCell((columns.evidence as number) + 1).value = "自评报告";
  });
}

/** A hand-typed table (no marker) whose score column is titled 得分（张三）. */
function addTypedAssessorSheet(wb: ExcelJS.Workbook, name: string, assessor: string): void {
  const { values, formulas } = officialGrid(fullMarks());
  values[HEADER_ROW]![6] = `得分（${assessor}）`;
  const ws = wb.addWorksheet(name);
  values.forEach((line, r) => {
    const formula = (c: number) => formulas[r]?.[c];
    ws.addRow(line.map((v, c) => (typeof formula(c) === "string" && String(formula(c)).startsWith("=") ? { formula: String(formula(c)).slice(1) } : (v ?? null))));
  });
}

async function save(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(folder, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("qcity check finds the rubric sheet behind a smaller one", () => {
  it("checks the rubric sheet, not a 扣分汇总 fragment placed before it", async () => {
    const path = await save("fragment-first.xlsx", (wb) => {
      addDeductionSummary(wb);
      addRubricSheet(wb, "质量兴市评价");
    });
    const result = await runCheck(folder, path);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain("工作表“质量兴市评价”：没有发现问题");
    expect(result.out).toContain("总评分 1000 / 1000，已打分 98 / 98");
    expect(result.out).toContain("未检查：工作表“扣分汇总”（98 条评价准则中只有 5 条），不是完整的评价表。");
    expect(result.out).not.toContain("缺少评价准则");
  });

  it("checks the rubric sheet, not a header with one junk row placed before it", async () => {
    const path = await save("junk-first.xlsx", (wb) => {
      addJunkSheet(wb);
      addRubricSheet(wb, "质量兴市评价", {}, (points, i) => (i === 0 ? points + 5 : points));
    });
    const result = await runCheck(folder, path, "--json");
    const report = JSON.parse(result.out) as { sheet: string; findings: { kind: string; address: string }[]; summary: { total: number } };
    expect(result.code).toBe(1);
    expect(report.sheet).toBe("质量兴市评价");
    expect(report.findings.map((f) => [f.kind, f.address])).toEqual([["over-cap", "G4"]]);
  });

  it("checks a hand-typed fragment when it is all the workbook holds", async () => {
    const path = await save("fragment-only.xlsx", (wb) => addDeductionSummary(wb));
    const result = await runCheck(folder, path, "--json");
    const report = JSON.parse(result.out) as { sheet: string; findings: { detail?: string; kind: string }[] };
    expect(report.sheet).toBe("扣分汇总");
    expect(result.code).toBe(1);
  });
});

describe("qcity check on a panel workbook", () => {
  const panelSchema = withColumns(officialSchema(), [assessorScoreColumn("张三", 1), assessorScoreColumn("李四", 2)], 7);
  let path: string;

  beforeAll(async () => {
    path = await save("panel.xlsx", (wb) => {
      addDeductionSummary(wb);
      addRubricSheet(wb, "质量兴市评价");
      addTypedAssessorSheet(wb, "张三", "张三");
      addRubricSheet(wb, "得分（李四）", { assessor: "李四" }, (points, i) => (i === 1 ? points + 1 : points));
      addRubricSheet(wb, "汇总", { role: "summary", schema: panelSchema });
    });
  });

  it("checks each rubric sheet and reports per sheet, with one exit code for the whole", async () => {
    const result = await runCheck(folder, path);
    expect(result.code).toBe(1);
    const headings = result.out.split("\n").filter((line) => line.startsWith(`${path}，工作表`));
    expect(headings).toEqual([
      `${path}，工作表“质量兴市评价”：没有发现问题`,
      `${path}，工作表“张三”：没有发现问题`,
      `${path}，工作表“得分（李四）”：发现 1 个问题`,
      `${path}，工作表“汇总”：发现 1 个问题`,
    ]);
    // The summary is checked with its panel: 李四's over-cap score counts as unscored there.
    expect(result.out).toContain(`${criteria[1]!.code} 专家未打分：李四（按已打分的 1 位专家汇总）`);
    expect(result.out).toContain("  张三：1000 分，已打分 98 / 98");
    expect(result.out).toContain("  李四：" + (1000 - criteria[1]!.points) + " 分，已打分 97 / 98");
    expect(result.out).toContain("共检查 4 张工作表：2 张没有问题，2 张发现问题。");
    expect(result.out).toContain("未检查：工作表“扣分汇总”");
  });

  it("gives each sheet's findings and summary in the JSON report", async () => {
    const result = await runCheck(folder, path, "--json");
    const report = JSON.parse(result.out) as {
      file: string;
      sheets: { sheet: string; findings: { kind: string; code: string }[]; summary: { total: number }; panel?: { method: string; findings: { kind: string; experts: string[] }[] } }[];
      skipped: { sheet: string; criteria: number }[];
    };
    expect(report.sheets.map((s) => [s.sheet, s.findings.map((f) => `${f.kind} ${f.code}`), s.summary.total])).toEqual([
      ["质量兴市评价", [], 1000],
      ["张三", [], 1000],
      ["得分（李四）", [`over-cap ${criteria[1]!.code}`], 1000 - criteria[1]!.points],
      ["汇总", [], 1000],
    ]);
    expect(report.skipped).toEqual([{ sheet: "扣分汇总", criteria: 5 }]);
    const panel = report.sheets[3]?.panel;
    expect(panel?.method).toBe("mean");
    expect(panel?.findings.map((f) => [f.kind, f.experts])).toEqual([["expert-unscored", ["李四"]]]);
    expect(report.sheets[0]).not.toHaveProperty("panel");
  });

  it("still checks exactly one sheet with --sheet", async () => {
    const result = await runCheck(folder, path, "--sheet", "扣分汇总", "--json");
    expect((JSON.parse(result.out) as { sheet: string }).sheet).toBe("扣分汇总");
  });
});

describe("qcity check on merged input cells", () => {
  const row = (i: number) => buildLayout(OFFICIAL_RUBRIC).table.firstCriterionRow + i + 1;

  it("counts one 佐证材料 cell merged over three criteria (H4:H6) for each of them", async () => {
    const path = await craftWorkbook(folder, "merged-evidence.xlsx", (ws, at) => {
      fillFullMarks(at);
      ws.mergeCells(`H${row(0)}:H${row(2)}`);
    });
    const result = await runCheck(folder, path);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).not.toContain("佐证材料为空");
  });

  it("reports a 得分 cell merged over two criteria as one finding", async () => {
    const path = await craftWorkbook(folder, "merged-score.xlsx", (ws, at) => {
      fillFullMarks(at);
      ws.mergeCells(`G${row(0)}:G${row(1)}`);
    });
    const result = await runCheck(folder, path, "--json");
    const report = JSON.parse(result.out) as { findings: { kind: string; address: string }[] };
    expect(result.code).toBe(1);
    expect(report.findings.map((f) => [f.kind, f.address])).toEqual([["merged-score", `G${row(0)}`]]);
  });
});
