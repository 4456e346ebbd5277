/**
 * The rubric choice and 以本表为评价标准 over the memory workbook: the same
 * pure plan as the Office.js adapter (src/ports/rubricChoice.ts), so the
 * preview and the tests see what Excel would hold afterwards.
 */
import { buildLayout } from "../../src/layout/buildLayout";
import { loadGrid, memoryPorts, MemoryWorkbook, readSnapshot } from "../../src/memory";
import { buildRubric } from "../../src/rubric/build";
import { CARRIED_RUBRIC_SHEET } from "../../src/rubric/carried";
import { readCarriedRubrics } from "../../src/rubric/carriedCheck";
import { shippedRubrics } from "../../src/rubric/shipped";
import { provincialSource } from "../helpers/provincialRubric";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { typedTableValues } from "../helpers/typedTable";

function workbook(sheets: string[]) {
  const book = new MemoryWorkbook(sheets);
  return { book, ...memoryPorts(book, { locale: "zh-CN", rubric: OFFICIAL_RUBRIC, build: buildLayout, shipped: shippedRubrics() }) };
}

/** The carried sheet's values, as a reader of the workbook would see them. */
const carried = (book: MemoryWorkbook) => readCarriedRubrics(readSnapshot(book.sheet(CARRIED_RUBRIC_SHEET)).values);

describe("the memory workbook's rubric choice", () => {
  it("imports the typed sheet, carries it very hidden, offers it, and builds the new sheet from it; the typed sheet is unchanged", async () => {
    const { book, actions } = workbook(["细则"]);
    loadGrid(book.active, { values: typedTableValues() as never });
    const before = readSnapshot(book.sheet("细则"));
    const outcome = await actions.importSheetRubric({ formulaStyle: "qcity" });
    if (outcome.status !== "inserted") throw new Error(outcome.problems.join("\n"));
    expect(book.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["细则", "Visible"],
      ["质量兴市评价", "Visible"],
      [CARRIED_RUBRIC_SHEET, "VeryHidden"],
    ]);
    expect(readSnapshot(book.sheet("细则"))).toEqual(before);
    expect(carried(book).rubrics.get(outcome.rubric.id)?.totalPoints).toBe(100);
    expect(book.active.name).toBe("质量兴市评价");
    await expect(actions.listRubrics()).resolves.toEqual([
      { id: "aqsiq-2009", title: OFFICIAL_RUBRIC.title, origin: "shipped" },
      { id: outcome.rubric.id, title: "浙江省质量工作考核评分细则", origin: "carried" },
    ]);
    // A sheet inserted next from the carried rubric does not carry it twice.
    const again = await actions.insertRubricSheet({}, outcome.rubric.id);
    expect(again.sheetName).toBe("质量兴市评价 (2)");
    expect(carried(book).rubrics.list()).toHaveLength(1);
  });

  it("imports the same table twice under the same id, carrying it once", async () => {
    const { book, actions } = workbook(["细则"]);
    loadGrid(book.active, { values: typedTableValues() as never });
    const first = await actions.importSheetRubric({});
    book.activate("细则");
    const second = await actions.importSheetRubric({});
    expect(first.status === "inserted" && second.status === "inserted" && second.rubric.id === first.rubric.id).toBe(true);
    expect(carried(book).rubrics.list()).toHaveLength(1);
    expect(book.sheets.map((s) => s.name)).toEqual(["细则", "质量兴市评价", CARRIED_RUBRIC_SHEET, "质量兴市评价 (2)"]);
  });

  it("lists the problems of a sheet with no table, and writes nothing", async () => {
    const { book, actions } = workbook(["Sheet1"]);
    book.type("A1", "会议纪要");
    const outcome = await actions.importSheetRubric({});
    expect(outcome).toMatchObject({ status: "invalid", sourceSheet: "Sheet1" });
    expect(outcome.status === "invalid" && outcome.problems[0]).toMatch(/^没有找到表头：需要有一行同时含“评价准则”/);
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("builds the chosen carried rubric's sheet with its caps", async () => {
    const provincial = buildRubric(provincialSource());
    const { book, actions } = workbook(["细则"]);
    loadGrid(book.active, { values: typedTableValues() as never });
    const imported = await actions.importSheetRubric({});
    if (imported.status !== "inserted") throw new Error("not imported");
    await actions.insertRubricSheet({}, imported.rubric.id);
    const sheet = book.active;
    const caps = readSnapshot(sheet).values.flatMap((row) => (typeof row[2] === "string" && /^\d+\.\d+\.\d+/.test(row[2]) ? [row[4]] : []));
    expect(caps).toEqual(provincial.criteria.map((c) => c.points));
  });

  it("checks and reports on a sheet with the carried rubric its marker names, and on the 2009 sheet beside it with the 2009 guide", async () => {
    const { book, actions, checks, report } = workbook(["细则"]);
    loadGrid(book.active, { values: typedTableValues() as never });
    await actions.importSheetRubric({});
    book.type("G5", "12"); // 1.1.1 is worth 10 points in the provincial table
    const provincial = await checks.check({ highlight: false });
    expect(provincial.status === "checked" && provincial.findings.map((f) => f.message)).toEqual(expect.arrayContaining(["1.1.1 得分 12 超过分值 10"]));
    expect(provincial.status === "checked" && [provincial.summary.criteria, provincial.summary.cap]).toEqual([8, 100]);
    book.type("G6", "8"); // 1.1.2, worth 10: the over-cap 12 does not count
    await expect(report.addReportSheet()).resolves.toMatchObject({ status: "added", sourceSheet: "质量兴市评价", total: 8, points: 100 });
    book.activate("质量兴市评价");
    await actions.insertRubricSheet({}, "aqsiq-2009");
    const official = await checks.check({ highlight: false });
    expect(official.status === "checked" && [official.summary.criteria, official.summary.cap]).toEqual([98, 1000]);
  });

  it("refuses, as Excel does, to delete a very hidden sheet", () => {
    const book = new MemoryWorkbook(["Sheet1", CARRIED_RUBRIC_SHEET]);
    book.sheet(CARRIED_RUBRIC_SHEET).visibility = "VeryHidden";
    expect(() => book.removeSheet(CARRIED_RUBRIC_SHEET)).toThrow(expect.objectContaining({ code: "InvalidOperation" }));
    book.sheet(CARRIED_RUBRIC_SHEET).visibility = "Hidden";
    book.removeSheet(CARRIED_RUBRIC_SHEET);
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
