import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbookGrid, readWorkbookGrids } from "../../src/xlsx/readWorkbookGrid";
import { WorkbookReadError } from "../../src/xlsx/workbookReadError";

async function craft(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("readWorkbookGrid", () => {
  it("gives cell values as Excel shows them", async () => {
    const when = new Date(Date.UTC(2024, 4, 1));
    const buffer = await craft((wb) => {
      const ws = wb.addWorksheet("表");
      ws.getCell("A1").value = 12.5;
      ws.getCell("B1").value = "５";
      ws.getCell("C1").value = true;
      ws.getCell("D1").value = when;
      ws.getCell("A2").value = { formula: "A1*2", result: 25 };
      ws.getCell("B2").value = { formula: "A1*3" } as ExcelJS.CellFormulaValue;
      ws.getCell("C2").value = { richText: [{ text: "佐证" }, { font: { bold: true }, text: "材料" }] };
      ws.getCell("D2").value = { text: "链接", hyperlink: "http://example.com" };
      ws.getCell("A3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("B3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
      ws.getCell("C3").value = "=HYPERLINK(1)";
    });
    const grid = await readWorkbookGrid(buffer);
    expect(grid).toEqual([
      [12.5, "５", true, when],
      [25, null, "佐证材料", "链接"],
      ["#N/A", "#DIV/0!", "=HYPERLINK(1)", null],
    ]);
  });

  it("reads merged cells as Excel does: the value in the anchor, null elsewhere", async () => {
    const buffer = await craft((wb) => {
      const ws = wb.addWorksheet("表");
      ws.getCell("A1").value = "查阅文件";
      ws.mergeCells("A1:A3");
      ws.getCell("B3").value = 1;
    });
    expect(await readWorkbookGrid(buffer)).toEqual([
      ["查阅文件", null],
      [null, null],
      [null, 1],
    ]);
  });

  it("picks a sheet by name, ignoring case, and lists the sheets when it is missing", async () => {
    const buffer = await craft((wb) => {
      wb.addWorksheet("Cover").getCell("A1").value = "封面";
      wb.addWorksheet("Scores").getCell("A1").value = "得分";
    });
    expect(await readWorkbookGrid(buffer)).toEqual([["封面"]]);
    expect(await readWorkbookGrid(buffer, "scores")).toEqual([["得分"]]);
    await expect(readWorkbookGrid(buffer, "评价")).rejects.toMatchObject({ kind: "no-sheet", message: expect.stringContaining("Cover、Scores") });
    expect((await readWorkbookGrids(buffer)).map((s) => s.name)).toEqual(["Cover", "Scores"]);
  });

  it("reads from a file path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qcity-read-"));
    const file = join(dir, "评价.xlsx");
    writeFileSync(file, await craft((wb) => (wb.addWorksheet("a").getCell("B2").value = 7)));
    expect(await readWorkbookGrid(file)).toEqual([
      [null, null],
      [null, 7],
    ]);
  });
});

describe("readWorkbookGrid on files it cannot read", () => {
  const kindOf = async (source: string | Buffer) => {
    const error = await readWorkbookGrid(source).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookReadError);
    return (error as WorkbookReadError).kind;
  };

  it("says when the file does not exist", async () => {
    expect(await kindOf(join(tmpdir(), "no-such-dir-qcity", "x.xlsx"))).toBe("not-found");
  });

  it("says a text or CSV file is not an .xlsx", async () => {
    expect(await kindOf(Buffer.from("评价准则,得分\n1.1.1,40\n"))).toBe("not-xlsx");
    await expect(readWorkbookGrid(Buffer.from("abc"))).rejects.toThrow(/不是 \.xlsx 工作簿/);
  });

  it("says an old .xls (OLE) file must be saved as .xlsx", async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await kindOf(ole)).toBe("old-xls");
    await expect(readWorkbookGrid(ole)).rejects.toThrow(/另存为 \.xlsx/);
  });

  it("says a truncated workbook is corrupt", async () => {
    const whole = await craft((wb) => (wb.addWorksheet("a").getCell("A1").value = 1));
    expect(await kindOf(whole.subarray(0, Math.floor(whole.length / 2)))).toBe("corrupt");
  });

  it("says a zip that holds no workbook is not an .xlsx", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "不是工作簿");
    const buffer = await zip.generateAsync({ type: "nodebuffer" });
    expect(await kindOf(buffer)).toBe("not-xlsx");
  });
});
