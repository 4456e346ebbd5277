import ExcelJS from "exceljs";
import { TABLE_WINDOW } from "../../src/table/window";
import { worksheetSnapshot } from "../../src/xlsx/readSnapshot";
import { readWorkbookGrid, worksheetGrid } from "../../src/xlsx/readWorkbookGrid";

/** A small sheet: a header and two rows, as a stand-in for the table. */
function sheet(): ExcelJS.Worksheet {
  const ws = new ExcelJS.Workbook().addWorksheet("评价");
  ws.getCell("A1").value = "评价准则";
  ws.getCell("B1").value = "得分";
  ws.getCell("A2").value = "1.1.1 …";
  ws.getCell("B2").value = 40;
  ws.getCell("B3").value = { formula: "SUM(B2)", result: 40 };
  ws.getCell("B3").numFmt = "0.0";
  return ws;
}

describe("reading a worksheet with a stray cell far away", () => {
  it.each([
    ["A1048576", { rows: 1048576, cols: 2 }],
    ["XFD1048576", { rows: 1048576, cols: 16384 }],
    ["XFD1", { rows: 3, cols: 16384 }],
  ])("reads only the cells near the top, and tells how far the sheet reaches (%s)", (far, used) => {
    const ws = sheet();
    ws.getCell(far).value = "x";
    const snapshot = worksheetSnapshot(ws);
    expect(snapshot.values).toEqual([
      ["评价准则", "得分"],
      ["1.1.1 …", 40],
      [null, 40],
    ]);
    expect(snapshot.formulas).toEqual([
      ["评价准则", "得分"],
      ["1.1.1 …", 40],
      [null, "=SUM(B2)"],
    ]);
    expect(snapshot.numberFormats?.[2]).toEqual(["General", "0.0"]);
    expect(snapshot.bounds).toEqual({ window: TABLE_WINDOW, used });
  });

  it("does not count a cell that only has a fill", () => {
    const ws = sheet();
    ws.getCell("G200000").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    const snapshot = worksheetSnapshot(ws);
    expect(snapshot.values).toHaveLength(3);
    expect(snapshot.bounds?.used).toEqual({ rows: 3, cols: 2 });
  });

  it("keeps the grid inside the window: at most its rows and columns, from A1", () => {
    const ws = sheet();
    ws.getCell("AN400").value = "inside";
    ws.getCell("AO401").value = "outside";
    const grid = worksheetGrid(ws);
    expect(grid).toHaveLength(TABLE_WINDOW.rows);
    expect(grid.every((line) => line.length === TABLE_WINDOW.cols)).toBe(true);
    expect(grid[399]?.[39]).toBe("inside");
  });

  it("reads a stray value at XFD1048576 from a saved file, bounded", async () => {
    const ws = sheet();
    ws.getCell("XFD1048576").value = "x";
    const buffer = Buffer.from((await ws.workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const grid = await readWorkbookGrid(buffer);
    expect(grid.length * Math.max(...grid.map((line) => line.length))).toBe(6);
  });
});
