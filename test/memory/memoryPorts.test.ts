import { buildLayout } from "../../src/layout/buildLayout";
import { HIGHLIGHT_MARK } from "../../src/scoring/highlights";
import { loadGrid, memoryPorts, MemoryWorkbook } from "../../src/memory";
import { retryInCellEditMode } from "../../src/ports/editMode";
import { planNumberTextFixes } from "../../src/scoring";
import { FIRST_CRITERION_ROW, fullMarks, officialGrid } from "../helpers/officialGrid";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { panelBook } from "../helpers/panelBook";

const row = (code: string) => OFFICIAL_RUBRIC.criterion(code)!.index + FIRST_CRITERION_ROW;
const official7 = ["category", "item", "criterion", "method", "points", "guidance", "score"] as const;

function workbook(sheets: string[] = ["Sheet1"]) {
  const book = new MemoryWorkbook(sheets);
  return { book, ...memoryPorts(book, { locale: "zh-CN", rubric: OFFICIAL_RUBRIC, build: buildLayout }) };
}

describe("the memory workbook's ports", () => {
  it("inserts the rubric as a new sheet beside the others, never overwriting, and checks it clean", async () => {
    const { book, actions, checks } = workbook(["Sheet1", "质量兴市评价"]);
    await expect(actions.insertRubricSheet({ province: "浙江省", city: "杭州市" })).resolves.toEqual({ sheetName: "质量兴市评价 (2)", rowCount: 111, columnCount: 9 });
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", "质量兴市评价", "质量兴市评价 (2)"]);
    expect(book.active.name).toBe("质量兴市评价 (2)");
    const outcome = await checks.check({ highlight: true });
    expect(outcome).toMatchObject({ status: "checked", sheetName: "质量兴市评价 (2)" });
    expect(outcome.status === "checked" && outcome.summary.scored).toBe(0);
  });

  it("rechecks after a user's edit, highlights the offending cells, and clears only its own highlights", async () => {
    const { book, checks } = workbook(["质量兴市评价"]);
    loadGrid(book.active, officialGrid(fullMarks()));
    book.active.addConditionalFormat({ ranges: [{ top: 0, left: 0, bottom: 0, right: 0 }], formula: "=TRUE", fill: "#00FF00" });
    const heard: number[] = [];
    const stop = await checks.watch(() => heard.push(1));

    book.type(`G${row("1.1.1") + 1}`, "45");
    expect(heard).toHaveLength(1);
    const outcome = await checks.check({ highlight: true });
    expect(outcome.status === "checked" && outcome.findings.map((f) => f.kind)).toEqual(["over-cap"]);
    const mine = book.active.conditionalFormats.filter((f) => f.formula.includes(HIGHLIGHT_MARK));
    expect(mine.map((f) => f.ranges)).toEqual([[{ top: row("1.1.1"), left: 6, bottom: row("1.1.1"), right: 6 }]]);

    // A recheck with the same findings writes nothing new.
    await checks.check({ highlight: true });
    expect(book.active.conditionalFormats).toHaveLength(2);
    await expect(checks.clearHighlights()).resolves.toBe(1);
    expect(book.active.conditionalFormats.map((f) => f.formula)).toEqual(["=TRUE"]);

    await stop();
    book.type("A1", "x");
    expect(heard).toHaveLength(1);
  });

  it("adds the evidence columns beside the table with the 得分 formats and the live highlights", async () => {
    const { book, checks } = workbook(["质量兴市评价"]);
    loadGrid(book.active, officialGrid({ columns: official7, scores: fullMarks().scores }));
    book.active.setFormat(row("1.1.1"), 6, (f) => (f.locked = false));
    await expect(checks.addEvidenceColumns()).resolves.toEqual({ status: "added", titles: ["佐证材料", "扣分说明"], columnsAddress: "H:I", inserted: false });
    expect([book.active.cell(2, 7).value, book.active.cell(2, 8).value]).toEqual(["佐证材料", "扣分说明"]);
    expect(book.active.cell(row("1.1.1"), 7).format.locked).toBe(false);
    expect(book.active.conditionalFormats.map((f) => f.formula)).toEqual([`=AND(ISNUMBER(G4),LEN(TRIM(H4))=0)`, `=AND(ISNUMBER(G4),G4<E4,LEN(TRIM(I4))=0)`]);
    await expect(checks.addEvidenceColumns()).resolves.toEqual({ status: "refused", reason: "already-present" });
  });

  it("inserts whole columns when something sits beside the table, moving it right", async () => {
    const { book, checks } = workbook(["质量兴市评价"]);
    const grid = officialGrid({ columns: official7 });
    grid.values[10]![7] = "审核意见";
    loadGrid(book.active, grid);
    await expect(checks.addEvidenceColumns()).resolves.toMatchObject({ status: "added", inserted: true, columnsAddress: "H:I" });
    expect(book.active.cell(10, 9).value).toBe("审核意见");
  });

  it("converts number-like text only where the cell still holds it", async () => {
    const { book, checks } = workbook(["质量兴市评价"]);
    loadGrid(book.active, officialGrid({ scores: { "1.1.1": "３０", "1.2.1": "１０" } }));
    const outcome = await checks.check({ highlight: false });
    const fixes = planNumberTextFixes(outcome.status === "checked" ? outcome.findings : []);
    expect(fixes).toHaveLength(2);
    book.type(`G${row("1.2.1") + 1}`, "好");
    await expect(checks.fixNumberText("质量兴市评价", fixes)).resolves.toEqual({ changed: 1, skipped: 1 });
    expect(book.active.cell(row("1.1.1"), 6).value).toBe(30);
  });

  it("selects a cell on a sheet, activating it", async () => {
    const { book, checks } = workbook(["A", "B"]);
    await checks.select("b", "g12");
    expect(book.active.name).toBe("B");
    expect(book.selection).toEqual({ sheetName: "B", address: "G12" });
    await expect(checks.select("C", "A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("rewrites QCITY totals as native formulas", async () => {
    const { book, actions } = workbook([]);
    await actions.insertRubricSheet({ formulaStyle: "qcity" });
    const qcity = () => [...book.active.entries()].filter(({ cell }) => /QCITY\./.test(cell.formula ?? "")).length;
    expect(qcity()).toBeGreaterThan(0);
    await expect(actions.convertToNativeFormulas()).resolves.toBeGreaterThan(0);
    expect(qcity()).toBe(0);
  });

  it("rejects every call in cell-edit mode, which retryInCellEditMode waits out", async () => {
    const { book, checks } = workbook(["质量兴市评价"]);
    loadGrid(book.active, officialGrid(fullMarks()));
    book.cellEditMode = true;
    await expect(checks.check({ highlight: true })).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const waiting = jest.fn();
    const outcome = retryInCellEditMode(() => checks.check({ highlight: true }), {
      onWaiting: waiting,
      sleep: async () => void (book.cellEditMode = false),
    });
    await expect(outcome).resolves.toMatchObject({ status: "checked" });
    expect(waiting).toHaveBeenCalledTimes(1);
  });

  it("refuses a paste whose shape differs from the range, as Excel does", () => {
    const { book } = workbook();
    expect(() => book.paste("A1:B2", [[1, 2]])).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
  });
});

describe("the memory workbook's checks see merged cells as Excel reports them", () => {
  it("counts a 佐证材料 cell merged over several criteria for each of them, and refuses one 得分 for two criteria", async () => {
    const { book, checks } = workbook(["质量兴市评价"]);
    const marks = fullMarks();
    const evidence = { ...marks.evidence, "1.1.1": "工作方案", "1.2.1": null };
    loadGrid(book.active, officialGrid({ scores: marks.scores, evidence }));
    book.active.merge({ top: row("1.1.1"), left: 7, bottom: row("1.2.1"), right: 7 });
    const merged = await checks.check({ highlight: false });
    expect(merged.status === "checked" && merged.findings.filter((f) => f.kind === "missing-evidence")).toEqual([]);

    book.active.merge({ top: row("1.1.1"), left: 6, bottom: row("1.2.1"), right: 6 });
    const score = await checks.check({ highlight: false });
    expect(score.status === "checked" && score.findings.map((f) => f.kind)).toContain("merged-score");
  });
});

describe("the memory workbook's checks on a panel summary", () => {
  it("checks the summary with its panel, and hears an expert's new score on a recheck", async () => {
    const { writeLayout } = await import("../../src/memory");
    const { panelLayouts } = await import("../../src/layout/panel/panelLayouts");
    const entries = (score: (points: number) => number) => new Map(OFFICIAL_RUBRIC.criteria.map((c) => [c.code, { score: score(c.points), evidence: "材料", note: null }]));
    const { sheets } = panelLayouts(OFFICIAL_RUBRIC, {
      experts: [
        { name: "张三", sheetName: "张三", entries: entries((p) => p) },
        { name: "李四", sheetName: "李四", entries: entries((p) => p) },
      ],
      method: "mean",
    });
    const { book, checks } = workbook(sheets.map((s) => s.sheetName));
    sheets.forEach((layout) => writeLayout(book.sheet(layout.sheetName), layout));
    book.activate("汇总表");
    const before = await checks.check({ highlight: true });
    expect(before.status === "checked" && [before.summary.total, before.panel?.experts.map((e) => e.total), before.panel?.findings]).toEqual([1000, [1000, 1000], []]);

    book.activate("李四");
    book.type(`G${row("3.6.2") + 1}`, "4");
    book.activate("汇总表");
    const after = await checks.check({ highlight: true });
    expect(after.status === "checked" && after.panel?.findings.map((f) => f.message)).toEqual(["3.6.2 专家分歧：张三 10、李四 4（极差 6，超过分值 10 的 30%）"]);
    expect(after.status === "checked" && after.summary.total).toBe(997);
  });
});

describe("the memory workbook's checks read each sheet with its own rubric", () => {
  it("takes the rubric the workbook carries for a sheet marked with it, and refuses one it does not carry", async () => {
    const { buildRubric } = await import("../../src/rubric/build");
    const { carriedRubricCells } = await import("../../src/rubric/carriedCells");
    const { provincialSource } = await import("../helpers/provincialRubric");
    const { writeLayout } = await import("../../src/memory");
    const provincial = buildRubric(provincialSource());
    const { book, checks } = workbook(["浙江", "QCITY_RUBRIC"]);
    writeLayout(book.sheet("浙江"), buildLayout(provincial, { role: "assessment" }));
    loadGrid(book.sheet("QCITY_RUBRIC"), { values: carriedRubricCells([provincial]) });
    book.activate("浙江");
    const outcome = await checks.check({ highlight: false });
    expect(outcome.status === "checked" && [outcome.summary.cap, outcome.summary.criteria]).toEqual([100, 8]);

    const { book: bare, checks: bareChecks } = workbook(["浙江"]);
    writeLayout(bare.sheet("浙江"), buildLayout(provincial, { role: "assessment" }));
    const refused = await bareChecks.check({ highlight: false });
    expect(refused).toMatchObject({ status: "no-table", message: expect.stringContaining(`按评价标准“${provincial.id}”制作，但本加载项没有自带它`) });
  });
});

describe("生成评价报告 on a panel summary in the memory workbook", () => {
  it("shows the method, each member's total and the panel findings", async () => {
    const book = panelBook([["张三", 10], ["李四", 4]], "median");
    const { report } = memoryPorts(book, { locale: "zh-CN", rubric: OFFICIAL_RUBRIC, build: buildLayout });
    const outcome = await report.addReportSheet();
    // The consolidated total, computed from the expert sheets: the median of 10 and 4 on 3.6.2 is 7.
    expect(outcome).toMatchObject({ status: "added", sourceSheet: "汇总表", total: 997, points: 1000 });
    const texts = [...book.sheet("评价报告").entries()].map((e) => e.cell.value).filter((v): v is string => typeof v === "string");
    expect(texts).toContain("3.6.2 专家分歧：张三 10、李四 4（极差 6，超过分值 10 的 30%）");
    expect(texts.some((t) => t.includes("中位数"))).toBe(true);
  });
});
