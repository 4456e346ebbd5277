import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildLayout } from "../../src/layout/buildLayout";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { checkSheet } from "../../src/scoring/checkTable";
import { readWorkbookSnapshots } from "../../src/xlsx/readSnapshot";
import { streamWorkbookSnapshots } from "../../src/xlsx/streamSnapshots";
import { WorkbookReadError } from "../../src/xlsx/workbookReadError";
import { workbookBuffer } from "../../src/xlsx/writeWorkbook";
import { craftWorkbook, fillFullMarks, workbookFolder, writeBytes } from "../cli/craftedWorkbook";

const folder = workbookFolder();

/** The check of every sheet as each reader sees it: the streaming reader must agree with the in-memory one. */
async function bothChecks(path: string) {
  const [memory, stream] = await Promise.all([readWorkbookSnapshots(path), streamWorkbookSnapshots(path)]);
  const checks = (sheets: typeof memory) => sheets.map((s) => ({ name: s.name, check: checkSheet(s.snapshot, { rubric: OFFICIAL_RUBRIC }) }));
  return { memory: checks(memory), stream: checks(stream), sheets: stream };
}

describe("streamWorkbookSnapshots", () => {
  it("reads an exported, filled sheet as the in-memory reader does: findings, totals, formulas, merges", async () => {
    const path = await craftWorkbook(
      folder,
      "filled.xlsx",
      (ws, at) => {
        fillFullMarks(at);
        at("1.1.1", "score").value = 99; // over the cap
        at("2.1.1", "score").value = "５"; // full-width digit
        const date = at("3.6.2", "score");
        date.value = new Date(Date.UTC(2026, 4, 3)); // a date Excel made of "5/3"
        date.style = { ...date.style, numFmt: "m/d" }; // its own style: the column's cells share one
        at("4.1.1", "score").value = { richText: [{ text: "1" }, { text: "0" }] };
        at("1.2.1", "evidence").value = null;
      },
      { province: "浙江省", city: "杭州市" },
    );
    const { memory, stream, sheets } = await bothChecks(path);
    expect(stream).toEqual(memory);
    const [inMemory] = await readWorkbookSnapshots(path);
    const areas = (merges: readonly object[] | undefined) => (merges ?? []).map((m) => JSON.stringify(m)).sort();
    expect(areas(sheets[0]!.snapshot.merges)).toEqual(areas(inMemory!.snapshot.merges));
    expect(sheets[0]!.snapshot.merges!.length).toBeGreaterThan(10); // categories, items, methods
    const check = stream[0]!.check;
    if (!check.ok) throw new Error("no table");
    expect(check.check.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(["over-cap", "not-a-number", "missing-evidence"]));
    // The 总评分 cell holds its formula, so it is not reported as overwritten.
    const total = check.check.table.grandTotal!;
    expect(String(sheets[0]!.snapshot.formulas![total.row]![total.col])).toMatch(/^=SUM/);
  });

  it("gives each sheet its marker, as the in-memory reader does", async () => {
    const layout = buildLayout(OFFICIAL_RUBRIC, { role: "self", assessor: "阿依古丽·买买提" });
    const path = writeBytes(folder, "marked.xlsx", Buffer.from(await workbookBuffer(layout)));
    const [stream] = await streamWorkbookSnapshots(path);
    const [memory] = await readWorkbookSnapshots(path);
    expect(stream!.snapshot.marker).toEqual({ rubric: OFFICIAL_RUBRIC.id, role: "self", assessor: "阿依古丽·买买提" });
    expect(stream!.snapshot.marker).toEqual(memory!.snapshot.marker);
  });

  it("resolves shared formulas and blanks merged cells other than the anchor", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("公式");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.getCell("B1").value = { formula: "A1*10", result: 10, shareType: "shared", ref: "B1:B2" } as ExcelJS.CellValue;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 20 } as ExcelJS.CellValue;
    ws.getCell("C1").value = "合并";
    ws.mergeCells("C1:D2");
    const path = join(folder, "shared.xlsx");
    await wb.xlsx.writeFile(path);
    const [memory] = await readWorkbookSnapshots(path);
    const [stream] = await streamWorkbookSnapshots(path);
    expect(stream!.snapshot.values).toEqual([
      [1, 10, "合并", null],
      [2, 20, null, null],
    ]);
    expect(stream!.snapshot.formulas).toEqual([
      [1, "=A1*10", "合并", null],
      [2, "=A2*10", null, null],
    ]);
    expect(stream!.snapshot.formulas).toEqual(memory!.snapshot.formulas);
    expect(stream!.snapshot.bounds).toEqual(memory!.snapshot.bounds);
  });

  it("keeps only the window, and stops parsing a long sheet without a table at its edge", async () => {
    const wb = new ExcelJS.Workbook();
    const junk = wb.addWorksheet("数据");
    for (let r = 1; r <= 60; r++) junk.addRow([`记录 ${r}`, r, r * 2]);
    junk.getCell("Z60").value = "远处";
    const path = join(folder, "junk.xlsx");
    await wb.xlsx.writeFile(path);
    const [sheet] = await streamWorkbookSnapshots(path, { rows: 20, cols: 5 });
    expect(sheet!.snapshot.values.length).toBe(20);
    expect(sheet!.snapshot.values[19]).toEqual(["记录 20", 20, 40]);
    // Not parsed past the first cell of row 21: how far it goes is unknown, only that it goes on.
    expect(sheet!.snapshot.bounds).toEqual({ window: { rows: 20, cols: 5 }, used: { rows: 21, cols: 3 } });
    const [whole] = await readWorkbookSnapshots(path);
    expect(whole!.snapshot.bounds!.used).toEqual({ rows: 60, cols: 26 });
  });

  it("reads a table sheet to its end, and gives sheets in workbook order", async () => {
    const path = await craftWorkbook(folder, "two-sheets.xlsx", (ws, at, wb) => {
      fillFullMarks(at);
      ws.getCell("B500").value = "备注";
      const first = wb.addWorksheet("说明");
      first.getCell("A1").value = "填表说明";
    });
    const { memory, stream, sheets } = await bothChecks(path);
    expect(stream).toEqual(memory);
    expect(sheets.map((s) => s.name)).toEqual(["质量兴市评价", "说明"]);
    expect(memory.map((s) => s.name)).toEqual(["质量兴市评价", "说明"]);
    expect(sheets[0]!.snapshot.bounds!.used.rows).toBe(500);
  });

  it.each([
    ["missing.xlsx", "not-found", undefined],
    ["text.xlsx", "not-xlsx", "not a workbook"],
    ["old.xlsx", "old-xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ["cut.xlsx", "corrupt", "cut"],
  ] as const)("throws WorkbookReadError for %s (%s)", async (name, kind, bytes) => {
    let path = join(folder, name);
    if (bytes === "cut") {
      const full = await craftWorkbook(folder, "whole.xlsx", () => undefined);
      const { readFileSync } = await import("node:fs");
      path = writeBytes(folder, name, readFileSync(full).subarray(0, 4000));
    } else if (bytes !== undefined) path = writeBytes(folder, name, bytes);
    await expect(streamWorkbookSnapshots(path)).rejects.toMatchObject({ name: WorkbookReadError.name, kind });
  });
});
