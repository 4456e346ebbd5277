import { insertReportSheet } from "../../src/excel/insertReportSheet";
import { InsertCleanupError } from "../../src/ports/errors";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { fullMarks, officialGrid } from "../helpers/officialGrid";
import { addressShape, createExcelDouble, type Recorded } from "./excelDouble";

// An Excel with the add-in's baseline ExcelApi 1.9: no merged-area reads (ExcelApi 1.13).
beforeAll(() => {
  Object.assign(globalThis, { Office: { context: { requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1]) <= 9 } } } });
});

/** The active sheet: the official table as typed, 省/市 filled, with `scores` over full marks. */
function activeSheet(scores: Record<string, number | null> = {}, notes: Record<string, string> = {}) {
  const full = fullMarks();
  const grid = officialGrid({ ...full, scores: { ...full.scores, ...scores }, notes });
  grid.values[1]![1] = "浙江省";
  grid.values[1]![0] = null;
  grid.values[1]![2] = "省（自治区、直辖市）";
  grid.values[1]![3] = "杭州市";
  grid.values[1]![4] = "市（区、县）";
  return { name: "质量兴市评价", values: grid.values, address: `质量兴市评价!A1:I${grid.values.length}` };
}

async function report(existing: string[], active = activeSheet(), failSyncs?: Record<number, string>) {
  const excel = createExcelDouble(existing, { active, ...(failSyncs && { failSyncs }) });
  const result = await insertReportSheet(excel.context, { locale: "zh-CN", rubric: OFFICIAL_RUBRIC });
  return { ...excel, result };
}

const calls = (log: Recorded[], path: string) => log.filter((r) => r.kind === "call" && r.path === path);
const sets = (log: Recorded[], path: string) => log.filter((r) => r.kind === "set" && r.path === path).map((r) => r.value);

describe("insertReportSheet (生成评价报告)", () => {
  it("adds the report as a new sheet with a unique name, never touching the others", async () => {
    const { result, log, sheetNames } = await report(["质量兴市评价", "评价报告"], activeSheet({ "1.1.1": 30 }, { "1.1.1": "方案未审议" }));
    expect(result).toEqual({ status: "added", sheetName: "评价报告 (2)", sourceSheet: "质量兴市评价", total: 990, points: 1000 });
    expect(sheetNames).toEqual(["质量兴市评价", "评价报告", "评价报告 (2)"]);
    expect(calls(log, "worksheets.add").map((c) => c.value)).toEqual([["评价报告 (2)"]]);
    expect(calls(log, "activate")).toHaveLength(1);
    expect(calls(log, "delete")).toEqual([]);
  });

  it("writes the report's tables as one grid: header, figures, category rates as numbers, deductions with their notes", async () => {
    const { log } = await report(["质量兴市评价"], activeSheet({ "1.1.1": 30, "2.1.1": 12.5 }, { "1.1.1": "方案未审议" }));
    const grids = log.filter((r) => r.kind === "set" && r.path === "formulas");
    expect(grids).toHaveLength(1);
    const grid = grids[0]?.value as unknown[][];
    expect(addressShape(grids[0]?.address ?? "")).toEqual({ rows: grid.length, columns: 5 });
    const row = (first: unknown) => grid.find((line) => line[0] === first);
    expect(grid[0]?.[0]).toBe("质量兴市绩效评价报告");
    expect(row("省（自治区、直辖市）")?.[1]).toBe("浙江省");
    expect(row("市（区、县）")?.[1]).toBe("杭州市");
    expect(row("总评分")?.[1]).toBe("982.5 / 1000");
    expect(row("得分率")?.[1]).toBe(0.9825);
    expect(row("1 领导重视")).toEqual(["1 领导重视", 140, 130, 130 / 140, null]);
    expect(row("2 组织落实")).toEqual(["2 组织落实", 90, 82.5, 82.5 / 90, null]);
    expect(row("合计")).toEqual(["合计", 1000, 982.5, 0.9825, null]);
    const deduction = grid.find((line) => typeof line[0] === "string" && line[0].startsWith("1.1.1 "));
    expect(deduction?.slice(1)).toEqual([40, 30, 10, "方案未审议"]);
    expect(grid.find((line) => typeof line[0] === "string" && line[0].startsWith("2.1.1 "))?.slice(1)).toEqual([20, 12.5, 7.5, "（未填写扣分说明）"]);
    // Not a rubric table for the readers: no header row holds both 评价准则 and 得分.
    expect(grid.some((line) => line.includes("评价准则") && line.includes("得分"))).toBe(false);
    expect(sets(log, "numberFormat").some((v) => JSON.stringify(v).includes("0.0%"))).toBe(true);
    expect(sets(log, "pageLayout.orientation")).toEqual(["Portrait"]);
  });

  it("adds a native column chart of the category rates, labelled with the categories, over the rows left for it", async () => {
    const { log, addressOf } = await report(["质量兴市评价"]);
    const grid = log.find((r) => r.kind === "set" && r.path === "formulas")?.value as unknown[][];
    const first = grid.findIndex((line) => line[0] === "1 领导重视") + 1;
    const [add] = calls(log, "charts.add");
    const [type, rates, seriesBy] = add?.value as [string, unknown, string];
    expect([type, addressOf(rates), seriesBy]).toEqual(["ColumnClustered", `D${first}:D${first + 3}`, "Columns"]);
    const [labels] = calls(log, "chart.series[0].setXAxisValues").map((c) => (c.value as unknown[])[0]);
    expect(addressOf(labels)).toBe(`A${first}:A${first + 3}`);
    expect(sets(log, "chart.title.text")).toEqual(["各评价项目得分率"]);
    expect(sets(log, "chart.legend.visible")).toEqual([false]);
    expect([sets(log, "chart.axes.valueAxis.minimum"), sets(log, "chart.axes.valueAxis.maximum")]).toEqual([[0], [1]]);
    expect(sets(log, "chart.dataLabels.showValue")).toEqual([true]);
    // Below the table's 合计 line and one blank row: 15 rows, columns A to E, left empty in the grid.
    const top = first + 4 + 2;
    expect(calls(log, "chart.setPosition").map((c) => c.value)).toEqual([[`A${top}`, `E${top + 14}`]]);
    for (let r = top - 1; r < top + 14; r++) expect(grid[r]).toEqual([null, null, null, null, null]);
  });

  it.each([0, 10, 98])("makes exactly 2 context.sync() calls with %i deductions", async (count) => {
    const scores = Object.fromEntries(OFFICIAL_RUBRIC.criteria.slice(0, count).map((c) => [c.code, 0]));
    const { syncCount, result, loads } = await report(["质量兴市评价"], activeSheet(scores));
    expect(result.status).toBe("added");
    expect(syncCount()).toBe(2);
    expect(loads).toEqual(["items/name"]);
  });

  it("writes nothing when the active sheet holds no rubric table, and says why", async () => {
    const { result, log, syncCount } = await report(["Sheet1"], { name: "Sheet1", values: [["姓名", "电话"]], address: "Sheet1!A1:B1" });
    expect(result).toEqual({ status: "no-table", sheetName: "Sheet1", message: expect.stringContaining("Sheet1") });
    expect(syncCount()).toBe(1);
    expect(calls(log, "worksheets.add")).toEqual([]);
  });

  it("removes the half-written sheet when the write fails, and rethrows Excel's error", async () => {
    const excel = createExcelDouble(["质量兴市评价"], { active: activeSheet(), failSyncs: { 2: "InvalidOperationInCellEditMode" } });
    await expect(insertReportSheet(excel.context, { locale: "zh-CN", rubric: OFFICIAL_RUBRIC })).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(excel.syncCount()).toBe(3);
    expect(calls(excel.log, "delete")).toHaveLength(1);
    expect(excel.sheetNames).toEqual(["质量兴市评价"]);
  });

  it("reports a failed clean-up with both errors", async () => {
    const excel = createExcelDouble(["质量兴市评价"], { active: activeSheet(), failSyncs: { 2: "GeneralException", 3: "GeneralException" } });
    await expect(insertReportSheet(excel.context, { locale: "zh-CN", rubric: OFFICIAL_RUBRIC })).rejects.toBeInstanceOf(InsertCleanupError);
  });
});
