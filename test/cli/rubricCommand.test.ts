import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CliIo } from "../../src/cli/command";
import { runCheck } from "../../src/cli/checkCommand";
import { main } from "../../src/cli/main";
import { readWorkbookSnapshots } from "../../src/xlsx/readSnapshot";
import data from "../../src/rubric/data/aqsiq-2009.json";
import { provincialSource } from "../helpers/provincialRubric";
import { writeTypedTable } from "../helpers/typedTable";

function capture(cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

const freshDir = () => mkdtempSync(join(tmpdir(), "qcity-rubric-"));

describe("qcity rubric import", () => {
  it("turns a typed table with merged cells into a rubric file, with grades, veto and scale from the options", async () => {
    const dir = freshDir();
    await writeTypedTable(join(dir, "table.xlsx"));
    const io = capture(dir);
    const code = await main(["rubric", "import", "table.xlsx", "--id", "zj-quality-2024", "--grades", "A=90,B=80,C=60,D=0", "--veto", "发生区域性、系统性重大质量安全事件", "--scale", "100", "--out", "zj.json"], io);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(io.stdout).toEqual([
      `已导入：${join(dir, "zj.json")}\nzj-quality-2024《浙江省质量工作考核评分细则》：3 个评价项目、5 项评价内容、8 条评价准则，共 100 分；评价等级 A≥90%、B≥80%、C≥60%、D≥0%；一票否决 1 项；可不适用 2 条；折算为 100 分`,
    ]);
    expect(JSON.parse(readFileSync(join(dir, "zj.json"), "utf8"))).toEqual(provincialSource());
  });

  it("gives back the 2009 data from `qcity export`'s workbook", async () => {
    const dir = freshDir();
    expect(await main(["export", "--out", "official.xlsx"], capture(dir))).toBe(0);
    const io = capture(dir);
    expect(await main(["rubric", "import", "official.xlsx", "--id", data.id, "--source", data.source, "--issued", data.issued, "--out", "back.json"], io)).toBe(0);
    const expected: Partial<typeof data> = { ...data };
    delete expected.$comment;
    expect(JSON.parse(readFileSync(join(dir, "back.json"), "utf8"))).toEqual(expected);
  });

  it("writes nothing and exits 2 with every problem listed when the table is wrong", async () => {
    const dir = freshDir();
    await writeTypedTable(join(dir, "table.xlsx"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "table.xlsx"));
    wb.getWorksheet("细则")!.getCell("E3").value = 12;
    await wb.xlsx.writeFile(join(dir, "table.xlsx"));
    const io = capture(dir);
    expect(await main(["rubric", "import", "table.xlsx", "--out", "zj.json"], io)).toBe(2);
    expect(io.stderr).toEqual(["table.xlsx（工作表“细则”）有 1 处问题，未写出文件：\n  A3：印出的分值 35 分与其下评价准则分值之和 37 分不符"]);
    expect(() => readFileSync(join(dir, "zj.json"))).toThrow();
  });

  it("never overwrites an existing file without --force", async () => {
    const dir = freshDir();
    await writeTypedTable(join(dir, "table.xlsx"));
    writeFileSync(join(dir, "zj.json"), "mine");
    const io = capture(dir);
    expect(await main(["rubric", "import", "table.xlsx", "--out", "zj.json"], io)).toBe(2);
    expect(io.stderr[0]).toBe(`qcity rubric: 文件已存在：${join(dir, "zj.json")}。未覆盖；如要覆盖，请加 --force。`);
    expect(readFileSync(join(dir, "zj.json"), "utf8")).toBe("mine");
  });

  it("refuses badly written --grades", async () => {
    const io = capture(freshDir());
    expect(await main(["rubric", "import", "t.xlsx", "--out", "x.json", "--grades", "A90"], io)).toBe(2);
    expect(io.stderr[0]).toBe("qcity rubric: --grades 的写法应为“A=90,B=80,C=60,D=0”（等级=最低得分率百分比），现为“A90”。");
  });
});

describe("qcity rubric check", () => {
  it("prints the counts and total points of a valid file (exit 0)", async () => {
    const dir = freshDir();
    writeFileSync(join(dir, "zj.json"), JSON.stringify(provincialSource()));
    const io = capture(dir);
    expect(await main(["rubric", "check", "zj.json"], io)).toBe(0);
    expect(io.stdout[0]).toContain("zj.json：有效。\nzj-quality-2024《浙江省质量工作考核评分细则》：3 个评价项目、5 项评价内容、8 条评价准则，共 100 分");
  });

  it("lists every error with its JSON path (exit 2), in English with --lang en-US", async () => {
    const dir = freshDir();
    const bad = provincialSource();
    bad.categories[2]!.items[0]!.criteria[1]!.points = 0;
    bad.veto!.push({ code: "V1", text: "again" });
    writeFileSync(join(dir, "bad.json"), JSON.stringify(bad));
    const io = capture(dir);
    expect(await main(["rubric", "check", "bad.json"], io)).toBe(2);
    expect(io.stderr).toEqual(["bad.json：有 1 处错误。\n  categories[2].items[0].criteria[1].points：应为大于 0 的数字"]);
    bad.categories[2]!.items[0]!.criteria[1]!.points = 10;
    writeFileSync(join(dir, "bad.json"), JSON.stringify(bad));
    const en = capture(dir);
    expect(await main(["rubric", "check", "bad.json", "--lang", "en-US"], en)).toBe(2);
    expect(en.stderr).toEqual(["bad.json: 1 error.\n  veto[1].code: veto code V1 is used twice (first at veto[0].code)"]);
  });

  it("says when the file cannot be read (exit 2)", async () => {
    const io = capture(freshDir());
    expect(await main(["rubric", "check", "none.json"], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/^qcity rubric: 无法读取评价标准文件 .*none\.json：文件不存在$/);
  });

  it("says to use rubric import when given a workbook instead of the JSON (exit 2)", async () => {
    const dir = freshDir();
    writeFileSync(join(dir, "table.xlsx"), Buffer.from("PK\u0003\u0004 not really a workbook"));
    const io = capture(dir);
    expect(await main(["rubric", "check", "table.xlsx"], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/table\.xlsx 是 Excel 工作簿，不是评价标准 JSON 文件。要把工作簿中的评价细则表变成评价标准，请用 qcity rubric import .*table\.xlsx --out 评价标准\.json。$/);
  });
});

describe("qcity export --rubric", () => {
  it("writes that rubric's sheet, titled as the rubric", async () => {
    const dir = freshDir();
    writeFileSync(join(dir, "zj.json"), JSON.stringify(provincialSource()));
    const io = capture(dir);
    expect(await main(["export", "--rubric", "zj.json", "--out", "zj.xlsx"], io)).toBe(0);
    expect(io.stdout).toEqual([`已导出：${join(dir, "zj.xlsx")}（8 项评价准则，共 100 分）`]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "zj.xlsx"));
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("A1").value).toBe("浙江省质量工作考核评分细则");
    // The grade row under the 省/市 line pushes the header to row 4.
    expect([ws.getCell("B3").value, ws.getCell("F3").value]).toEqual(["适用分值：", "评价等级："]);
    expect(ws.getCell("C5").value).toBe("1.1.1成立由政府主要负责人牵头的质量工作领导小组。");
  });

  it("names the file after the rubric's title without --out", async () => {
    const dir = freshDir();
    writeFileSync(join(dir, "zj.json"), JSON.stringify(provincialSource()));
    expect(await main(["export", "--rubric", "zj.json", "--city", "湖州市"], capture(dir))).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["zj.json", "湖州市浙江省质量工作考核评分细则.xlsx"]);
  });

  it("refuses an invalid rubric file with its errors, and writes nothing (exit 2)", async () => {
    const dir = freshDir();
    const bad = provincialSource();
    bad.categories[0]!.items[0]!.criteria[0]!.points = -1;
    writeFileSync(join(dir, "bad.json"), JSON.stringify(bad));
    const io = capture(dir);
    expect(await main(["export", "--rubric", "bad.json", "--out", "x.xlsx"], io)).toBe(2);
    expect(io.stderr).toEqual(["qcity export: 评价标准文件 bad.json 有 1 处错误：\n  categories[0].items[0].criteria[0].points：应为大于 0 的数字"]);
    expect(() => readFileSync(join(dir, "x.xlsx"))).toThrow();
  });
});

describe("qcity check on a workbook that carries its rubric", () => {
  /** Exports the provincial rubric, then fills 得分 (column G) by criterion code. */
  async function filledProvincial(dir: string, scores: Record<string, number | string>, change?: (wb: ExcelJS.Workbook) => void): Promise<void> {
    writeFileSync(join(dir, "zj.json"), JSON.stringify(provincialSource()));
    expect(await main(["export", "--rubric", "zj.json", "--out", "zj.xlsx"], capture(dir))).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "zj.xlsx"));
    const ws = wb.worksheets[0]!;
    ws.eachRow((row) => {
      const code = /^\d+\.\d+\.\d+/.exec(String(row.getCell(3).value ?? ""))?.[0];
      if (code !== undefined && scores[code] !== undefined) row.getCell(7).value = scores[code]!;
    });
    change?.(wb);
    await wb.xlsx.writeFile(join(dir, "filled.xlsx"));
  }

  it("checks against the carried provincial caps with no --rubric flag", async () => {
    const dir = freshDir();
    // 1.1.1 is worth 10 points here (40 in the 2009 guide): 12 is over its cap.
    await filledProvincial(dir, { "1.1.1": 12, "1.2.1": 15 });
    const io = capture(dir);
    expect(await main(["check", "filled.xlsx", "--json"], io)).toBe(1);
    const report = JSON.parse(io.stdout.join("\n"));
    const overCap = report.findings.filter((f: { kind: string }) => f.kind === "over-cap");
    expect(overCap.map((f: { code: string }) => f.code)).toEqual(["1.1.1"]);
    expect(JSON.stringify(report)).not.toContain("changed-rubric");
  });

  it("exits 2 naming the rubric when the workbook no longer carries it and qcity does not ship it; --rubric overrides", async () => {
    const dir = freshDir();
    writeFileSync(join(dir, "zj.json"), JSON.stringify(provincialSource()));
    expect(await main(["export", "--rubric", "zj.json", "--out", "zj.xlsx"], capture(dir))).toBe(0);
    // The workbook as read, less its carried rubric: the sheet's marker still names zj-quality-2024.
    const withoutCarried = async (path: string) => (await readWorkbookSnapshots(path)).filter((s) => s.name !== "QCITY_RUBRIC");
    expect((await withoutCarried(join(dir, "zj.xlsx")))[0]?.snapshot.marker?.rubric).toBe("zj-quality-2024");
    const io = capture(dir);
    expect(await runCheck(["zj.xlsx"], io, withoutCarried).catch((e: Error) => (io.err(`qcity check: ${e.message}`), 2))).toBe(2);
    expect(io.stderr[0]).toBe(
      "qcity check: 工作表“质量兴市评价”记录的评价标准“zj-quality-2024”既不是本程序自带的，也没有随工作簿携带。请用 --rubric 给出该评价标准的 JSON 文件（可由 qcity rubric import 生成）。",
    );
    const withFlag = capture(dir);
    expect(await runCheck(["zj.xlsx", "--rubric", "zj.json"], withFlag, withoutCarried)).toBe(1);
    expect(withFlag.stdout.join("\n")).toContain("未打分");
  });
});
