/**
 * The insert tab's rubric choice and 以本表为评价标准 over Office.js
 * (officePorts), against the Excel double: which rubrics are offered, the
 * sheet built from the chosen one, the carried QCITY_RUBRIC sheet written very
 * hidden in the same sync when the workbook does not carry the rubric yet,
 * and nothing written for a table that is not a valid rubric.
 */
import { officePorts } from "../../src/excel/officePorts";
import { buildLayout } from "../../src/layout/buildLayout";
import { buildRubric } from "../../src/rubric/build";
import { CARRIED_RUBRIC_SHEET, RUBRIC_CHANGED_EVENT } from "../../src/rubric/carried";
import { carriedRubricCells } from "../../src/rubric/carriedCells";
import { readCarriedRubrics } from "../../src/rubric/carriedCheck";
import { shippedRubrics } from "../../src/rubric/shipped";
import { provincialSource } from "../helpers/provincialRubric";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { typedTableValues } from "../helpers/typedTable";
import { createExcelDouble, type ActiveSheet, type ExistingSheet, type Recorded } from "./excelDouble";

const provincial = buildRubric(provincialSource());
const carriedProvincial: ExistingSheet = { name: CARRIED_RUBRIC_SHEET, visibility: "VeryHidden", values: carriedRubricCells([provincial]) };

const events: string[] = [];
beforeAll(() => {
  const target = new EventTarget();
  target.addEventListener(RUBRIC_CHANGED_EVENT, (event) => events.push(event.type));
  Object.assign(globalThis, { window: { dispatchEvent: target.dispatchEvent.bind(target) } });
});
afterAll(() => {
  for (const name of ["Excel", "Office", "window"]) delete (globalThis as Record<string, unknown>)[name];
});
beforeEach(() => void events.splice(0));

/** officePorts over a fresh Excel double holding `names` and `sheets`, with every API set supported. */
function portsOver(names: string[], options: { sheets?: ExistingSheet[]; active?: ActiveSheet; failSyncs?: Record<number, string> } = {}) {
  const excel = createExcelDouble(names, options);
  Object.assign(globalThis, {
    Excel: { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(excel.context) },
    Office: { context: { requirements: { isSetSupported: () => true } } },
  });
  const { actions } = officePorts({ locale: "zh-CN", rubric: OFFICIAL_RUBRIC, build: buildLayout, shipped: shippedRubrics() });
  return { ...excel, actions };
}

const added = (log: Recorded[]) => log.filter((r) => r.path === "worksheets.add").map((r) => (r.value as string[])[0]);
/** The formulas grid written to the new rubric sheet (the first formulas write). */
const sheetGrid = (log: Recorded[]) => (log.find((r) => r.kind === "set" && r.path === "formulas")?.value ?? []) as unknown[][];
/** The values written to the carried sheet (a range from A1 whose values are all text), and their number formats. */
const carriedWrite = (log: Recorded[]) => ({
  values: log.find((r) => r.kind === "set" && r.path === "values" && r.address.startsWith("A1:"))?.value as string[][] | undefined,
  numberFormat: log.find((r) => r.kind === "set" && r.path === "numberFormat" && r.address.startsWith("A1:"))?.value as string[][] | undefined,
});

describe("the rubrics the insert offers", () => {
  it("are the shipped ones in a workbook that carries none, in one sync", async () => {
    const { actions, syncCount } = portsOver(["Sheet1"]);
    await expect(actions.listRubrics()).resolves.toEqual([{ id: "aqsiq-2009", title: OFFICIAL_RUBRIC.title, origin: "shipped" }]);
    expect(syncCount()).toBe(1);
  });

  it("add the one the workbook carries in its very hidden sheet", async () => {
    const { actions, syncCount } = portsOver(["Sheet1"], { sheets: [carriedProvincial] });
    await expect(actions.listRubrics()).resolves.toEqual([
      { id: "aqsiq-2009", title: OFFICIAL_RUBRIC.title, origin: "shipped" },
      { id: "zj-quality-2024", title: "浙江省质量工作考核评分细则", origin: "carried" },
    ]);
    // The names and the carried sheet are read in the same sync.
    expect(syncCount()).toBe(1);
  });
});

describe("inserting the chosen rubric", () => {
  it("builds the sheet from the carried provincial rubric's criteria and caps, writing no carried sheet again", async () => {
    const { actions, log, sheetNames } = portsOver(["Sheet1"], { sheets: [carriedProvincial] });
    const result = await actions.insertRubricSheet({ formulaStyle: "qcity" }, "zj-quality-2024");
    expect(result).toEqual({ sheetName: "质量兴市评价", rowCount: buildLayout(provincial).rowCount, columnCount: buildLayout(provincial).columnCount });
    expect(added(log)).toEqual(["质量兴市评价"]);
    const grid = sheetGrid(log);
    const criteria = grid.flatMap((row) => (typeof row[2] === "string" && /^\d+\.\d+\.\d+/.test(row[2]) ? [[row[2].slice(0, 5), row[4]]] : []));
    expect(criteria).toEqual(provincial.criteria.map((c) => [c.code, c.points]));
    expect(grid.flat()).toContain("=QCITY.TOTAL(QCITY_CRITERIA,QCITY_SCORES)");
    expect(carriedWrite(log).values).toBeUndefined();
    expect(sheetNames).toEqual(["Sheet1", CARRIED_RUBRIC_SHEET, "质量兴市评价"]);
    expect(events).toEqual([]);
  });

  it("inserts the shipped default without carrying it, as before (2 syncs: the names, the write)", async () => {
    const { actions, log, syncCount, sheetNames } = portsOver(["Sheet1"]);
    await actions.insertRubricSheet({ formulaStyle: "qcity" });
    expect(added(log)).toEqual(["质量兴市评价"]);
    expect(sheetNames).toEqual(["Sheet1", "质量兴市评价"]);
    expect(syncCount()).toBe(2);
  });

  it("writes native totals for the 2009 guide in a workbook whose functions score its carried provincial rubric, and says so", async () => {
    const { actions, log } = portsOver(["Sheet1"], { sheets: [carriedProvincial] });
    const result = await actions.insertRubricSheet({ formulaStyle: "qcity" }, "aqsiq-2009");
    expect(result.nativeForRubric).toBe(true);
    const formulas = sheetGrid(log).flat().filter((cell): cell is string => typeof cell === "string" && cell.startsWith("="));
    expect(formulas.filter((f) => f.includes("QCITY."))).toEqual([]);
    expect(formulas).toContain("=SUM(QCITY_SCORES)");
  });

  it("refuses an id it does not offer, writing nothing", async () => {
    const { actions, log } = portsOver(["Sheet1"]);
    await expect(actions.insertRubricSheet({}, "no-such-rubric")).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(added(log)).toEqual([]);
  });
});

describe("以本表为评价标准", () => {
  const typed: ActiveSheet = { name: "细则", values: typedTableValues(), address: `细则!A1:H${typedTableValues().length}` };

  it("imports the typed table, carries it very hidden and inserts its sheet beside the others, in one write sync", async () => {
    const { actions, log, sheetNames, visibilityOf, syncCount } = portsOver(["细则", "质量兴市评价"], { active: typed });
    const outcome = await actions.importSheetRubric({ formulaStyle: "qcity" });
    if (outcome.status !== "inserted") throw new Error(outcome.problems.join("\n"));
    expect(outcome).toMatchObject({ sourceSheet: "细则", sheetName: "质量兴市评价 (2)", criteria: 8, totalPoints: 100, rubric: { title: "浙江省质量工作考核评分细则", origin: "carried" } });
    expect(outcome.rubric.id).toMatch(/^sheet-[0-9a-f]{8}$/);
    expect(added(log)).toEqual(["质量兴市评价 (2)", CARRIED_RUBRIC_SHEET]);
    expect(sheetNames).toEqual(["细则", "质量兴市评价", "质量兴市评价 (2)", CARRIED_RUBRIC_SHEET]);
    expect(visibilityOf(CARRIED_RUBRIC_SHEET)).toBe("VeryHidden");
    expect(visibilityOf("质量兴市评价 (2)")).toBe("Visible");
    // The carried cells hold the imported rubric, as text; it is the provincial table's data under the new id.
    const { values, numberFormat } = carriedWrite(log);
    const back = readCarriedRubrics(values ?? []);
    expect(back.problems).toEqual([]);
    expect(back.rubrics.get(outcome.rubric.id)?.data).toEqual({ ...provincialSource(), id: outcome.rubric.id, grades: undefined, veto: undefined, scale: undefined });
    expect(numberFormat?.flat().every((f) => f === "@")).toBe(true);
    // The new sheet is built from the imported rubric: its criteria, and QCITY totals (the functions score it: it is carried first).
    expect(sheetGrid(log).flat()).toContain("3.1.1建成国家级质检中心。");
    expect(outcome.nativeForRubric).toBeUndefined();
    // Read the typed sheet; read the names; write everything once.
    expect(syncCount()).toBe(3);
    expect(events).toEqual([RUBRIC_CHANGED_EVENT]);
  });

  it("adds its column to a carried sheet that holds another rubric, keeping that one", async () => {
    const { actions, log } = portsOver(["细则"], { active: typed, sheets: [carriedProvincial] });
    const outcome = await actions.importSheetRubric({});
    if (outcome.status !== "inserted") throw new Error("not imported");
    const back = readCarriedRubrics(carriedWrite(log).values ?? []);
    expect(back.rubrics.list().map((r) => r.id)).toEqual(["zj-quality-2024", outcome.rubric.id]);
    expect(added(log)).toEqual(["质量兴市评价"]);
    // The existing carried sheet is cleared and rewritten, not added again.
    expect(log.filter((r) => r.kind === "call" && r.path === "clear").length).toBe(1);
  });

  it("lists every problem of a table that is not a valid rubric, and writes nothing", async () => {
    const values = typedTableValues();
    values[2]![0] = "1质量工作组织（40分）";
    values[9]![4] = "十分";
    const { actions, log, syncCount } = portsOver(["细则"], { active: { ...typed, values } });
    await expect(actions.importSheetRubric({})).resolves.toEqual({
      status: "invalid",
      sourceSheet: "细则",
      problems: ["E10：分值应为大于 0 的数字（现为“十分”）", "A3：印出的分值 40 分与其下评价准则分值之和 35 分不符", "A9：印出的分值 25 分与其下评价准则分值之和 15 分不符"],
    });
    expect(added(log)).toEqual([]);
    expect(syncCount()).toBe(1);
  });

  it("reads a table typed below and right of A1, naming each problem's cell where it is on the sheet", async () => {
    const values = typedTableValues();
    values[9]![4] = "十分";
    const { actions } = portsOver(["细则"], { active: { name: "细则", values, address: `细则!B3:I${values.length + 2}` } });
    const outcome = await actions.importSheetRubric({});
    expect(outcome.status === "invalid" && outcome.problems[0]).toBe("F12：分值应为大于 0 的数字（现为“十分”）");
  });

  it("removes the new sheet and the carried sheet it added when the write fails, making that one hidden first", async () => {
    const { actions, sheetNames, log } = portsOver(["细则"], { active: typed, failSyncs: { 3: "GeneralException" } });
    await expect(actions.importSheetRubric({})).rejects.toMatchObject({ code: "GeneralException" });
    expect(sheetNames).toEqual(["细则"]);
    const visibilitySets = log.filter((r) => r.kind === "set" && r.path === "visibility").map((r) => r.value);
    expect(visibilitySets).toEqual(["VeryHidden", "Hidden"]);
    expect(events).toEqual([]);
  });
});
