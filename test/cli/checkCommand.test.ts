import ExcelJS from "exceljs";
import { join } from "node:path";

import { buildLayout } from "../../src/layout/buildLayout";
import { cellAddress } from "../../src/table/a1";
import { workbookBuffer } from "../../src/xlsx/writeWorkbook";
import { craftWorkbook, fillFullMarks, runCheck, workbookFolder, writeBytes } from "./craftedWorkbook";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const folder = workbookFolder();

const check = (...args: string[]) => runCheck(folder, ...args);

async function findings(path: string) {
  const result = await check(path, "--json");
  expect(result.err).toBe("");
  return { code: result.code, report: JSON.parse(result.out) as { sheet: string; findings: { kind: string; code: string; address: string; message: string }[] } };
}

const total = buildLayout(OFFICIAL_RUBRIC).table.grandTotalCell;

/** An exported workbook whose zip directory records every entry one byte longer than it is: JSZip's "uncompressed data size mismatch". */
async function withWrongSizes(): Promise<Buffer> {
  const bytes = Buffer.from(await workbookBuffer(buildLayout(OFFICIAL_RUBRIC)));
  const centralEntry = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let at = bytes.indexOf(centralEntry); at >= 0; at = bytes.indexOf(centralEntry, at + 4)) bytes.writeUInt32LE(bytes.readUInt32LE(at + 24) + 1, at + 24);
  return bytes;
}

/** Excel row of a criterion in the exported sheet. */
const row = (code: string) => OFFICIAL_RUBRIC.criterion(code)!.index + 4;

describe("qcity check", () => {
  it("exits 0 on a fully scored table with evidence, and prints the totals", async () => {
    const path = await craftWorkbook(folder, "clean.xlsx", (_, at) => fillFullMarks(at));
    const result = await check(path);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain("没有发现问题");
    expect(result.out).toContain("总评分 1000 / 1000，已打分 98 / 98");
  });

  it("exits 1 and lists an over-cap score at its cell", async () => {
    const path = await craftWorkbook(folder, "over-cap.xlsx", (_, at) => {
      fillFullMarks(at);
      at("1.1.1", "score").value = 45;
    });
    const { code, report } = await findings(path);
    expect(code).toBe(1);
    expect(report.findings).toEqual([{ kind: "over-cap", severity: "error", code: "1.1.1", address: `G${row("1.1.1")}`, message: "1.1.1 得分 45 超过分值 40" }]);
  });

  it("finds a negative score", async () => {
    const path = await craftWorkbook(folder, "negative.xlsx", (_, at) => {
      fillFullMarks(at);
      at("2.1.1", "score").value = -5;
    });
    expect((await findings(path)).report.findings.map((f) => [f.kind, f.address])).toEqual([["negative", `G${row("2.1.1")}`]]);
  });

  it("finds full-width digits, a number stored as text, a boolean and a date as not-a-number", async () => {
    const path = await craftWorkbook(folder, "not-a-number.xlsx", (_, at) => {
      fillFullMarks(at);
      at("1.1.1", "score").value = "３０";
      at("1.2.1", "score").value = "8";
      at("1.3.1", "score").value = true;
      // Typing 5/3 in Excel stores a date serial and gives the cell a date format.
      at("2.1.1", "score").value = new Date(Date.UTC(2026, 4, 3));
      // Its own style object: ExcelJS shares one between the cells the writer styled together.
      at("2.1.1", "score").style = { ...at("2.1.1", "score").style, numFmt: 'm"月"d"日"' };
    });
    const { report } = await findings(path);
    expect(report.findings.map((f) => [f.kind, f.code])).toEqual([
      ["not-a-number", "1.1.1"],
      ["not-a-number", "1.2.1"],
      ["not-a-number", "1.3.1"],
      ["not-a-number", "2.1.1"],
    ]);
    expect(report.findings[0]?.message).toBe('1.1.1 得分 "３０" 是文本，不是数字；请改为半角数字 30');
    expect(report.findings[3]?.message).toContain("2026-05-03");
  });

  it("lists every criterion of a fresh export as unscored", async () => {
    const path = await craftWorkbook(folder, "fresh.xlsx", () => undefined);
    const { code, report } = await findings(path);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.kind)).toEqual(new Array(98).fill("unscored"));
  });

  it("finds a score with no evidence and a partial score with no deduction note", async () => {
    const path = await craftWorkbook(folder, "evidence.xlsx", (_, at) => {
      fillFullMarks(at);
      at("3.6.2", "evidence").value = null;
      at("4.1.1", "score").value = 10;
    });
    expect((await findings(path)).report.findings.map((f) => [f.kind, f.address])).toEqual([
      ["missing-evidence", `H${row("3.6.2")}`],
      ["missing-deduction-note", `I${row("4.1.1")}`],
    ]);
  });

  it("finds a table without the evidence columns", async () => {
    const path = await craftWorkbook(folder, "no-evidence-columns.xlsx", (_, at) => fillFullMarks(at, { evidence: false }), { evidenceColumns: false });
    expect((await findings(path)).report.findings.map((f) => [f.kind, f.message])).toEqual([
      ["missing-evidence-column", "表中没有佐证材料列"],
      ["missing-evidence-column", "表中没有扣分说明列"],
    ]);
  });

  it("finds a changed 分值, a deleted row and an overwritten grand total as changed-rubric", async () => {
    const path = await craftWorkbook(folder, "changed.xlsx", (ws, at) => {
      fillFullMarks(at);
      at("1.1.1", "points").value = 50;
      ws.getCell(total.row + 1, total.col + 1).value = 1000;
      ws.spliceRows(row("4.7.1"), 1);
    });
    const { report } = await findings(path);
    expect(report.findings.filter((f) => f.kind === "changed-rubric").map((f) => [f.code, f.address, f.message])).toEqual([
      ["", cellAddress(total.row, total.col), "总评分公式已被数值 1000 覆盖"],
      ["1.1.1", `E${row("1.1.1")}`, "1.1.1 分值 50 与评价标准的分值（40）不一致"],
      ["4.7.1", `C${row("4.7.1")}`, "缺少评价准则 4.7.1 所在行"],
    ]);
  });

  it.each<[string, ExcelJS.CellValue, string]>([
    ["text with a unit", "998分", '总评分公式已被文本 "998分" 覆盖'],
    ["a number typed as text", "998", '总评分公式已被文本 "998" 覆盖'],
    ["a blank", null, "总评分公式已被清空"],
    ["a constant formula", { formula: "1000", result: 1000 }, "总评分公式已被改为 =1000，不再引用任何单元格"],
  ])("exits 1 when the grand total is replaced by %s", async (label, value, message) => {
    const path = await craftWorkbook(folder, `total-${label.replace(/\s+/g, "-")}.xlsx`, (ws, at) => {
      fillFullMarks(at);
      ws.getCell(total.row + 1, total.col + 1).value = value;
    });
    const { code, report } = await findings(path);
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.kind, f.address, f.message])).toEqual([["changed-rubric", cellAddress(total.row, total.col), message]]);
  });

  it("exits 1 when a summary 得分 cell is replaced by text", async () => {
    const summary = buildLayout(OFFICIAL_RUBRIC).table.summary.rows.find((r) => r.section === "3")!;
    const path = await craftWorkbook(folder, "summary-text.xlsx", (ws, at) => {
      fillFullMarks(at);
      ws.getCell(summary.row + 1, summary.scoreCol + 1).value = "465分";
    });
    const { code, report } = await findings(path);
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.address, f.message])).toEqual([[cellAddress(summary.row, summary.scoreCol), '3 的得分合计公式已被文本 "465分" 覆盖']]);
  });

  it("reads a criterion code typed with full-width digits as its code, and counts its score", async () => {
    const path = await craftWorkbook(folder, "full-width-code.xlsx", (_, at) => {
      fillFullMarks(at);
      const cell = at("1.1.1", "criterion");
      cell.value = String(cell.value).replace("1.1.1", "１.１.１");
    });
    const result = await check(path);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain("总评分 1000 / 1000，已打分 98 / 98");
  });

  it("reports a score of 5 in a 月日-formatted cell as 1900-01-05, as Excel shows it", async () => {
    const path = await craftWorkbook(folder, "date-serial-5.xlsx", (_, at) => {
      fillFullMarks(at);
      const cell = at("1.1.1", "score");
      cell.value = 5;
      cell.style = { ...cell.style, numFmt: 'm"月"d"日"' };
    });
    const { report } = await findings(path);
    expect(report.findings.map((f) => f.message)).toEqual(["1.1.1 得分 1900-01-05 不是数字；请填写 0 到 40 之间的数字"]);
  });

  it("prints the findings grouped by kind, in English with --lang en-US", async () => {
    const path = await craftWorkbook(folder, "english.xlsx", (_, at) => {
      fillFullMarks(at);
      at("1.1.1", "score").value = 45;
    });
    const result = await check(path, "--lang", "en-US");
    expect(result.code).toBe(1);
    expect(result.out.split("\n")).toEqual([
      `${path}, sheet "质量兴市评价": 1 finding(s)`,
      "",
      "Over the cap (1)",
      `  error   G${row("1.1.1")}     1.1.1: score 45 exceeds the cap of 40 points`,
      "",
      "Total 960 / 1000; scored 97 / 98",
      "1 invalid score(s) left out of the totals.",
      "1 error, 0 warnings, 0 info.",
    ]);
  });

  describe("the text report", () => {
    it("puts a fresh export's 98 unscored criteria in one line, still exit 1, and lists them with --verbose", async () => {
      const path = await craftWorkbook(folder, "fresh-text.xlsx", () => undefined);
      const result = await check(path);
      expect(result.code).toBe(1);
      expect(result.out.split("\n")).toEqual([
        `${path}，工作表“质量兴市评价”：发现 98 个问题`,
        "",
        "98 项未打分（加 --verbose 逐项列出）",
        "",
        "总评分 0 / 1000，已打分 0 / 98",
        "共 0 个错误、0 个警告、98 个提示。",
      ]);
      const verbose = await check(path, "--verbose");
      expect(verbose.code).toBe(1);
      const lines = verbose.out.split("\n");
      expect(lines[2]).toBe("未打分 (98)");
      expect(lines.filter((line) => /^ {2}提示 G\d+ +\d\.\d+\.\d+ /.test(line))).toHaveLength(98);
      expect(lines.at(-1)).toBe("共 0 个错误、0 个警告、98 个提示。");
    });

    it("names a few unscored cells in that line, and says how many invalid scores the total leaves out", async () => {
      const path = await craftWorkbook(folder, "few-unscored.xlsx", (_, at) => {
        fillFullMarks(at);
        at("1.1.1", "score").value = 45;
        at("2.1.1", "score").value = -5;
        at("3.6.2", "score").value = null;
        at("4.1.1", "score").value = null;
      });
      const result = await check(path);
      expect(result.code).toBe(1);
      const lines = result.out.split("\n");
      expect(lines).toContain(`2 项未打分：G${row("3.6.2")}、G${row("4.1.1")}`);
      const expected = 1000 - ["1.1.1", "2.1.1", "3.6.2", "4.1.1"].reduce((sum, code) => sum + OFFICIAL_RUBRIC.criterion(code)!.points, 0);
      expect(lines.slice(-3)).toEqual([`总评分 ${expected} / 1000，已打分 94 / 98`, "2 项得分无效，未计入合计。", "共 2 个错误、0 个警告、2 个提示。"]);
    });
  });

  it("finds the rubric sheet itself when it is not the first, and checks the one --sheet names", async () => {
    const path = await craftWorkbook(folder, "two-sheets.xlsx", (ws, at, wb) => {
      fillFullMarks(at);
      const notes = wb.addWorksheet("说明");
      notes.getCell("A1").value = "评审说明";
      // ExcelJS lists (and saves) sheets by orderNo, which its typings leave out.
      (ws as unknown as { orderNo: number }).orderNo = 1;
      (notes as unknown as { orderNo: number }).orderNo = 0;
    });
    expect((await findings(path)).report.sheet).toBe("质量兴市评价");
    const named = await check(path, "--sheet", "说明");
    expect(named.code).toBe(2);
    expect(named.err).toBe(
      "qcity check: 工作表“说明”中没有找到评价表：需要一行表头同时含“评价准则”和“得分”（英文表头为 Criterion 和 Score；可带单位，如“得分（分）”），在 A1:AN400 范围内查找。",
    );
  });

  describe("exit 2 with a clear message", () => {
    it("for a corrupt file", async () => {
      const path = writeBytes(folder, "corrupt.xlsx", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(64, 7)]));
      const result = await check(path);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^qcity check: “.*corrupt\.xlsx”已损坏，无法读取/);
    });

    it("for a damaged zip, in the message language, with the zip library's words only under --verbose", async () => {
      const path = writeBytes(folder, "size-mismatch.xlsx", await withWrongSizes());
      expect(await check("size-mismatch.xlsx")).toEqual({
        code: 2,
        out: "",
        err: "qcity check: “size-mismatch.xlsx”已损坏，无法读取。请在 Excel 中打开并另存为 .xlsx 后再试。",
      });
      expect(await check(path, "--lang", "en-US")).toEqual({
        code: 2,
        out: "",
        err: `qcity check: "${path}" is damaged and cannot be read. Open it in Excel, save it as .xlsx and try again.`,
      });
      const verbose = await check("size-mismatch.xlsx", "--verbose", "--lang", "en-US");
      expect(verbose.err.split("\n")).toEqual([
        'qcity check: "size-mismatch.xlsx" is damaged and cannot be read. Open it in Excel, save it as .xlsx and try again.',
        "Detail: Bug : uncompressed data size mismatch",
      ]);
    });

    it("for a missing file, a folder or a text file, in English with --lang en-US", async () => {
      writeBytes(folder, "notes.txt", "评价准则,得分");
      const cases: [string, string][] = [
        ["nowhere.xlsx", 'qcity check: File not found: "nowhere.xlsx".'],
        [".", 'qcity check: "." is a folder; give an .xlsx file.'],
        ["notes.txt", 'qcity check: "notes.txt" is not an .xlsx workbook.'],
      ];
      for (const [file, err] of cases) expect({ file, ...(await check(file, "--lang", "en-US")) }).toEqual({ file, code: 2, out: "", err });
      expect((await check("nowhere.xlsx")).err).toBe("qcity check: 找不到文件“nowhere.xlsx”。");
    });

    it("for a file that is not .xlsx", async () => {
      const result = await check(writeBytes(folder, "scores.csv", "评价准则,得分\n1.1.1,40\n"));
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/不是 \.xlsx 工作簿/);
    });

    it("for a workbook without the rubric table", async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Sheet1").getCell("A1").value = "姓名";
      const path = join(folder, "other.xlsx");
      await wb.xlsx.writeFile(path);
      const result = await check(path);
      expect(result).toEqual({
        code: 2,
        out: "",
        err: "qcity check: other.xlsx 中没有评价表（已查看工作表：Sheet1）：需要一行表头同时含“评价准则”和“得分”（英文表头为 Criterion 和 Score；可带单位，如“得分（分）”），在 A1:AN400 范围内查找。",
      });
    });

    it("for a missing file, an unknown sheet, and no file at all", async () => {
      expect((await check("nowhere.xlsx")).code).toBe(2);
      const path = await craftWorkbook(folder, "sheet.xlsx", (_, at) => fillFullMarks(at));
      expect(await check(path, "--sheet", "Sheet9")).toMatchObject({ code: 2, err: "qcity check: 工作簿中没有名为“Sheet9”的工作表（现有：质量兴市评价）。" });
      expect((await check()).code).toBe(2);
      expect((await check(path, "--bogus")).code).toBe(2);
    });
  });
});
