import { officePorts } from "../../src/excel/officePorts";
import { formulasThisExcelRuns } from "../../src/excel/requirements";
import { buildLayout } from "../../src/layout/buildLayout";
import { insertRubricSheet } from "../../src/excel/insertRubricSheet";
import { InsertCleanupError } from "../../src/ports/errors";
import type { LayoutBuilder } from "../../src/ports/workbookActions";
import { columnWidthPoints } from "../../src/layout/units";
import type { LayoutOptions, WorksheetLayout } from "../../src/layout/types";
import { addressShape, createExcelDouble, type Recorded } from "./excelDouble";
import { fixtureLayout } from "./fixtureLayout";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const builder =
  (layout: WorksheetLayout): LayoutBuilder =>
  () =>
    layout;

async function insert(existing: string[], layout = fixtureLayout(), options: LayoutOptions = {}) {
  const excel = createExcelDouble(existing);
  const result = await insertRubricSheet(excel.context, { rubric: OFFICIAL_RUBRIC, build: builder(layout), options });
  return { ...excel, result };
}

const writes = (log: Recorded[]) => log.filter((r) => r.kind === "set" && ["values", "formulas", "numberFormat"].includes(r.path));
const firstIndex = (log: Recorded[], test: (r: Recorded) => boolean) => log.findIndex(test);

describe("insertRubricSheet", () => {
  it.each([4, 98, 400])("makes exactly 2 context.sync() calls for %i criterion rows", async (criteria) => {
    const { syncCount, result } = await insert(["Sheet1"], fixtureLayout(criteria));
    expect(syncCount()).toBe(2);
    expect(result.rowCount).toBe(criteria + 5);
  });

  it("loads only the sheet names before writing", async () => {
    const { loads } = await insert(["Sheet1"]);
    expect(loads).toEqual(["items/name"]);
  });

  it("writes every array with exactly the shape of its range", async () => {
    const { log } = await insert(["Sheet1"], fixtureLayout(7));
    const written = writes(log);
    expect(written.length).toBeGreaterThanOrEqual(3);
    for (const write of written) {
      const grid = write.value as unknown[][];
      const { rows, columns } = addressShape(write.address);
      expect({ address: write.address, rows: grid.length, columns: grid.map((row) => row.length) }).toEqual({
        address: write.address,
        rows,
        columns: Array<number>(rows).fill(columns),
      });
    }
  });

  it("writes the whole grid in one formulas array, keeping literal '=' text as text", async () => {
    const layout = fixtureLayout(4);
    const { log } = await insert(["Sheet1"], layout);
    const grids = log.filter((r) => r.kind === "set" && r.path === "formulas");
    expect(grids.map((g) => g.address)).toEqual(["A1:I9"]);
    const grid = grids[0]?.value as unknown[][];
    expect(grid[1]?.[1]).toEqual("'=河北省");
    expect(grid[1]?.[0]).toEqual("省（自治区、直辖市）：=河北省");
    expect(grid[2]?.[6]).toEqual("=SUM(G5:G8)");
    expect(grid[8]?.[4]).toEqual("=SUM(E5:E8)");
    expect(grid[4]?.[4]).toEqual(10);
    expect(grid[5]?.[0]).toBeNull();
  });

  it("queues names, then merges, then values and formats, in one batch ending with one recalculation", async () => {
    const { log } = await insert(["Sheet1"]);
    const syncs = log.filter((r) => r.kind === "sync").map((r) => r.seq);
    expect(syncs).toHaveLength(2);
    const [firstSync = -1, lastSync = -1] = syncs;
    const lastName = log.map((r) => r.path).lastIndexOf("names.add");
    const firstMerge = firstIndex(log, (r) => r.path === "merge");
    const lastMerge = log.map((r) => r.path).lastIndexOf("merge");
    const firstValue = firstIndex(log, (r) => r.kind === "set" && (r.path === "formulas" || r.path === "values"));
    const firstFormat = firstIndex(log, (r) => r.kind === "set" && (r.path.startsWith("format.") || r.path === "numberFormat"));
    const add = firstIndex(log, (r) => r.path === "worksheets.add");
    const calculations = log.filter((r) => r.path === "application.calculate");
    expect(log.filter((r) => r.path === "merge").map((r) => r.address)).toEqual(["A1:I1", "A5:A8", "B5:B6", "D5:D8", "F5:F8", "B7:B8"]);
    expect(firstSync).toBeLessThan(add);
    expect(add).toBeLessThan(lastName);
    // Every name exists before the formulas that use it are written (Excel would show #NAME? otherwise).
    expect(log.filter((r) => r.path === "names.add")).toHaveLength(4);
    expect(lastName).toBeLessThan(firstMerge);
    expect(lastMerge).toBeLessThan(firstValue);
    expect(lastMerge).toBeLessThan(firstFormat);
    // One recalculation, queued after every write, and calculation is never suspended.
    expect(calculations.map((r) => r.value)).toEqual([["Recalculate"]]);
    expect(log.filter((r) => r.kind !== "sync" && r.seq > (calculations[0]?.seq ?? -1) && r.seq < lastSync)).toEqual([expect.objectContaining({ path: "activate" })]);
    expect(log.some((r) => r.path === "application.suspendApiCalculationUntilNextSync")).toBe(false);
    expect(log[log.length - 1]?.seq).toBe(lastSync);
    expect(log.filter((r) => r.kind !== "sync" && r.seq > firstSync && r.seq < lastSync).length).toBeGreaterThan(50);
  });

  it("adds data validation with an error alert on every score cell", async () => {
    const { log } = await insert(["Sheet1"]);
    const rules = log.filter((r) => r.path === "dataValidation.rule");
    expect(rules.map((r) => r.address)).toEqual(["G5", "G6", "G7", "G8"]);
    expect(rules[0]?.value).toEqual({ decimal: { formula1: 0, formula2: 10, operator: "Between" } });
    const alert = log.find((r) => r.path === "dataValidation.errorAlert" && r.address === "G7");
    expect(alert?.value).toEqual({ showAlert: true, style: "Stop", title: "得分超出范围", message: "1.2.3 的得分应在 0 到 10 分之间（分值 10 分）。" });
  });

  it("adds worksheet-scoped names, the conditional format, freeze panes and print setup", async () => {
    const { log, addressOf } = await insert(["Sheet1"]);
    const names = log.filter((r) => r.path === "names.add").map((r) => {
      const [name, reference] = r.value as [string, Excel.Range | string];
      return [name, typeof reference === "string" ? reference : addressOf(reference)];
    });
    expect(names).toEqual([
      ["QCity_Criteria", "C5:C8"],
      ["QCity_Scores", "G5:G8"],
      ["QCity_Evidence", "H5:H8"],
      ["QCITY_SHEET", '="qcity-sheet=1;rubric=aqsiq-2009;role=assessment;assessor=张三"'],
    ]);
    expect(log.find((r) => r.path === "conditionalFormats[].custom.rule.formula")).toMatchObject({ address: "H5:H8", value: '=AND($G5<>"",$H5="")' });
    expect(log.find((r) => r.path.startsWith("freezePanes."))).toMatchObject({ path: "freezePanes.freezeRows", value: [4] });
    const page = Object.fromEntries(log.filter((r) => r.path.startsWith("pageLayout.")).map((r) => [r.path.slice("pageLayout.".length), r.value]));
    expect(page).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      leftMargin: 36,
      rightMargin: 36,
      topMargin: 43.2,
      bottomMargin: 43.2,
      headerMargin: 21.6,
      footerMargin: 21.6,
      centerHorizontally: true,
      setPrintTitleRows: ["$1:$4"],
      setPrintArea: ["A1:I9"],
      "headersFooters.defaultForAllPages.centerFooter": "第 &P 页 共 &N 页",
    });
  });

  it("sets column widths in points and row heights, grouping equal neighbours", async () => {
    const { log } = await insert(["Sheet1"]);
    const widths = log.filter((r) => r.path === "format.columnWidth").map((r) => [r.address, r.value]);
    expect(widths).toEqual([
      ["A:B", columnWidthPoints(12)],
      ["C:C", columnWidthPoints(40)],
      ["D:D", columnWidthPoints(24)],
      ["E:E", columnWidthPoints(6)],
      ["F:F", columnWidthPoints(24)],
      ["G:G", columnWidthPoints(8)],
      ["H:I", columnWidthPoints(20)],
    ]);
    const heights = log.filter((r) => r.path === "format.rowHeight").map((r) => [r.address, r.value]);
    expect(heights).toEqual([
      ["1:1", 30],
      ["2:3", 20],
      ["4:4", 24],
    ]);
  });

  it("activates the new sheet", async () => {
    const { log, sheetNames } = await insert(["Sheet1"]);
    expect(log.some((r) => r.path === "activate")).toBe(true);
    expect(sheetNames).toEqual(["Sheet1", "质量兴市评价"]);
  });
});

describe("insertRubricSheet sheet names", () => {
  it("never overwrites: 质量兴市评价 exists → 质量兴市评价 (2)", async () => {
    const { result, sheetNames, log } = await insert(["Sheet1", "质量兴市评价"]);
    expect(result.sheetName).toBe("质量兴市评价 (2)");
    expect(sheetNames).toEqual(["Sheet1", "质量兴市评价", "质量兴市评价 (2)"]);
    expect(log.filter((r) => r.path === "name" || r.path === "delete")).toEqual([]);
  });

  it("counts on past existing suffixes, ignoring case", async () => {
    const taken = await insert(["质量兴市评价", "质量兴市评价 (2)"]);
    expect(taken.result.sheetName).toBe("质量兴市评价 (3)");
    const cased = await insert(["QCITY Review"], fixtureLayout(4, "qcity review"));
    expect(cased.result.sheetName).toBe("qcity review (2)");
  });

  it("sanitises a name built from user input", async () => {
    const { result } = await insert(["Sheet1"], fixtureLayout(4, "'杭州市:质量/兴市*评价[2024]?' 很长很长很长很长很长的名字"));
    expect(result.sheetName).toBe("杭州市 质量 兴市 评价 2024 ' 很长很长很长很长很长的");
    expect(result.sheetName.length).toBeLessThanOrEqual(31);
  });
});

describe("insertRubricSheet failures", () => {
  it("reports cell-edit mode from the first sync and adds nothing", async () => {
    const excel = createExcelDouble(["Sheet1"], { failSyncs: { 1: "InvalidOperationInCellEditMode" } });
    await expect(insertRubricSheet(excel.context, { rubric: OFFICIAL_RUBRIC, build: builder(fixtureLayout()), options: {} })).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    expect(excel.syncCount()).toBe(1);
    expect(excel.sheetNames).toEqual(["Sheet1"]);
  });

  it("removes the partly written sheet with a third sync and rethrows the write error", async () => {
    const excel = createExcelDouble(["Sheet1"], { failSyncs: { 2: "InvalidArgument" } });
    await expect(insertRubricSheet(excel.context, { rubric: OFFICIAL_RUBRIC, build: builder(fixtureLayout()), options: {} })).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(excel.syncCount()).toBe(3);
    expect(excel.sheetNames).toEqual(["Sheet1"]);
  });

  it("says so when the cleanup fails too, keeping the first error as the cause", async () => {
    const excel = createExcelDouble(["Sheet1"], { failSyncs: { 2: "InvalidArgument", 3: "GeneralException" } });
    const failure = insertRubricSheet(excel.context, { rubric: OFFICIAL_RUBRIC, build: builder(fixtureLayout()), options: {} });
    await expect(failure).rejects.toBeInstanceOf(InsertCleanupError);
    await expect(failure).rejects.toMatchObject({ sheetName: "质量兴市评价", cause: { code: "InvalidArgument" }, cleanupError: { code: "GeneralException" } });
    expect(excel.syncCount()).toBe(3);
  });

  it("refuses a layout whose grid does not match its size before anything reaches Excel", async () => {
    const layout = fixtureLayout();
    const broken: WorksheetLayout = { ...layout, cells: layout.cells.map((row, r) => (r === 5 ? row.slice(1) : row)) };
    const excel = createExcelDouble(["Sheet1"]);
    await expect(insertRubricSheet(excel.context, { rubric: OFFICIAL_RUBRIC, build: builder(broken), options: {} })).rejects.toThrow(
      "Layout row 6 has 8 cells; expected 9",
    );
    expect(writes(excel.log)).toEqual([]);
    expect(excel.sheetNames).toEqual(["Sheet1"]);
  });

  it("passes the rubric and options to the builder", async () => {
    const build = jest.fn<WorksheetLayout, Parameters<LayoutBuilder>>(() => fixtureLayout());
    const excel = createExcelDouble([]);
    await insertRubricSheet(excel.context, { rubric: OFFICIAL_RUBRIC, build, options: { province: "浙江省", city: "杭州市", evidenceColumns: true } });
    expect(build).toHaveBeenCalledWith(OFFICIAL_RUBRIC, { province: "浙江省", city: "杭州市", evidenceColumns: true });
  });
});

test("InsertCleanupError keeps both errors", () => {
  const error = new InsertCleanupError("质量兴市评价", new Error("first"), new Error("second"));
  expect((error.cause as Error).message).toBe("first");
  expect((error.cleanupError as Error).message).toBe("second");
});

describe("insert through officePorts without the custom functions runtime", () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
    delete (globalThis as { Office?: unknown }).Office;
  });

  /** Inserts the official sheet asking for QCITY totals, on an Excel that supports the sets `supported` lists. */
  async function insertWith(supported: (name: string) => boolean) {
    const excel = createExcelDouble(["Sheet1"]);
    const asked: string[] = [];
    const isSetSupported = (name: string, version: string) => {
      asked.push(`${name} ${version}`);
      return supported(name);
    };
    Object.assign(globalThis, { Excel: { run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(excel.context) }, Office: { context: { requirements: { isSetSupported } } } });
    const { actions } = officePorts({ locale: "zh-CN", rubric: OFFICIAL_RUBRIC, build: buildLayout });
    const result = await actions.insertRubricSheet({ formulaStyle: "qcity" });
    const grid = (excel.log.find((r) => r.path === "formulas")?.value ?? []) as unknown[][];
    const formulas = grid.flat().filter((cell): cell is string => typeof cell === "string" && cell.startsWith("="));
    return { result, formulas, asked };
  }

  it("checks CustomFunctionsRuntime 1.3 and writes native totals when it is missing, saying so", async () => {
    const { result, formulas, asked } = await insertWith((name) => name !== "CustomFunctionsRuntime");
    expect(asked).toEqual(expect.arrayContaining(["CustomFunctionsRuntime 1.3", "ExcelApi 1.9"]));
    expect(result.nativeFallback).toBe(true);
    expect(formulas.length).toBeGreaterThan(8);
    expect(formulas.filter((f) => f.includes("QCITY."))).toEqual([]);
    expect(formulas).toContain('=SUMIF(QCITY_CRITERIA,"3.*",QCITY_SCORES)');
  });

  it("writes QCITY totals where the runtime is there", async () => {
    const { result, formulas } = await insertWith(() => true);
    expect(result.nativeFallback).toBeUndefined();
    expect(formulas.filter((f) => f.includes("QCITY.TOTAL(")).length).toBeGreaterThan(0);
  });
});

test("formulasThisExcelRuns keeps native and supported QCITY totals, and falls back otherwise", () => {
  expect(formulasThisExcelRuns({ formulaStyle: "qcity", city: "杭州市" }, false)).toEqual({ options: { formulaStyle: "native", city: "杭州市" }, nativeFallback: true });
  expect(formulasThisExcelRuns({ formulaStyle: "qcity" }, true)).toEqual({ options: { formulaStyle: "qcity" }, nativeFallback: false });
  expect(formulasThisExcelRuns({}, false)).toEqual({ options: {}, nativeFallback: false });
});
