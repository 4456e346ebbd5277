import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildLayout } from "../../src/layout/buildLayout";
import { fillRows } from "../../src/layout/panel/filledSheet";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { workbookBuffer } from "../../src/xlsx/writeWorkbook";
import { readSheetMarkers } from "../../src/xlsx/sheetMarkers";
import { craftWorkbook, workbookFolder, writeBytes } from "./craftedWorkbook";
import { craftPanelFile, runMerge } from "./panelFiles";
import { main } from "../../src/cli/main";

jest.setTimeout(60_000);

const full = () => new Map(OFFICIAL_RUBRIC.criteria.map((c) => [c.code, { score: c.points as unknown }]));

let folder: string;

beforeAll(async () => {
  folder = workbookFolder();
  await craftPanelFile(folder, "张三.xlsx", full());
  await craftPanelFile(folder, "李四.xlsx", full());
  const split = full();
  split.set("3.6.2", { score: 4 });
  await craftPanelFile(folder, "王五.xlsx", split);
  const text = full();
  text.set("1.1.1", { score: "三十" });
  await craftPanelFile(folder, "赵六.xlsx", text);
  await craftWorkbook(folder, "分值被改.xlsx", (_ws, at) => (at("3.6.2", "points").value = 12));
  await craftWorkbook(folder, "缺行.xlsx", (_ws, at) => (at("2.1.1", "criterion").value = null));
  writeBytes(folder, "坏文件.xlsx", "not a workbook");
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Sheet1").getCell("A1").value = "hello";
  await empty.xlsx.writeFile(join(folder, "没有表.xlsx"));
  mkdirSync(join(folder, "other"));
  await craftPanelFile(join(folder, "other"), "张三.xlsx", full());
});

/** The sheets a user sees: the carried rubric's very hidden sheet left out. */
function visibleSheets(wb: ExcelJS.Workbook): string[] {
  return wb.worksheets.filter((w) => w.state !== "veryHidden").map((w) => w.name);
}

/** The files in the folder that a failed merge must not have added. */
function leftovers(dir: string, out: string): string[] {
  return readdirSync(dir).filter((f) => f === out || f.endsWith(".part"));
}

describe("qcity merge", () => {
  it("exits 0 and writes summary, then each expert, when the experts agree", async () => {
    const result = await runMerge(folder, "张三.xlsx", "李四.xlsx", "--out", "agree.xlsx");
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain("已合并 2 位专家");
    expect(result.out).toContain("没有发现评审问题。");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(folder, "agree.xlsx"));
    expect(visibleSheets(wb)).toEqual(["汇总表", "张三", "李四"]);
    // The output carries its rubric, very hidden, as \`qcity export\` does.
    expect(wb.worksheets.filter((w) => w.state === "veryHidden").map((w) => w.name)).toEqual(["QCITY_RUBRIC"]);
    // Scores are values on the expert sheets; the summary refers to them by sheet name.
    expect(wb.getWorksheet("张三")!.getCell("G4").value).toBe(40);
    expect(wb.getWorksheet("汇总表")!.getCell("H6").formula).toBe('IF(ISNUMBER(张三!G4),IF(AND(张三!G4>=0,张三!G4<=E6),张三!G4,""),"")');
  });

  it("exits 1 and names the experts and their scores when they disagree", async () => {
    const result = await runMerge(folder, "张三.xlsx", "李四.xlsx", "王五.xlsx", "--out", "split.xlsx", "--method", "median");
    expect(result.code).toBe(1);
    expect(result.out).toContain("汇总方法：中位数");
    expect(result.out).toContain("3.6.2 专家分歧：张三 10、李四 10、王五 4（极差 6，超过分值 10 的 30%）");
  });

  it("gives the same panel findings when the merged workbook is checked later, from its own sheets", async () => {
    await runMerge(folder, "张三.xlsx", "李四.xlsx", "王五.xlsx", "--out", "checked.xlsx", "--method", "median");
    const out: string[] = [];
    const code = await main(["check", "checked.xlsx", "--sheet", "汇总表"], { cwd: folder, out: (t) => out.push(t), err: (t) => out.push(t) });
    expect(code).toBe(1);
    const text = out.join("\n");
    expect(text).toContain("汇总方法：中位数");
    expect(text).toContain("3.6.2 专家分歧：张三 10、李四 10、王五 4（极差 6，超过分值 10 的 30%）");
    // The file holds no calculated values: the total is the median computed from the expert sheets, 1000 less nothing.
    expect(text).toContain("总评分 1000 / 1000，已打分 98 / 98");
    expect(text).toContain("  王五：994 分，已打分 98 / 98");
    // The counts line counts the panel findings too: one 专家分歧 warning.
    expect(text).toContain("共 0 个错误、1 个警告、0 个提示。");
  });

  it("reads back every name it merged: brackets in a name, and a long name", async () => {
    const long = "国家质量监督检验检疫总局质量管理司特邀评审专家组第一组组长王某某";
    await craftPanelFile(folder, "张三（组长）.xlsx", full());
    const split = full();
    split.set("3.6.2", { score: 4 });
    await craftPanelFile(folder, `${long}.xlsx`, split);
    const merged = await runMerge(folder, "张三（组长）.xlsx", `${long}.xlsx`, "--out", "names.xlsx");
    expect(merged.code).toBe(1);
    const out: string[] = [];
    const code = await main(["check", "names.xlsx", "--sheet", "汇总表"], { cwd: folder, out: (t) => out.push(t), err: (t) => out.push(t) });
    expect(code).toBe(1);
    const text = out.join("\n");
    expect(text).toContain("  张三(组长)：1000 分，已打分 98 / 98");
    expect(text).toContain(`  ${long}：994 分，已打分 98 / 98`);
    // The mean of 10 and 4 on 3.6.2: 7, so 997 in all.
    expect(text).toContain("总评分 997 / 1000，已打分 98 / 98");
    expect(text).toContain(`3.6.2 专家分歧：张三(组长) 10、${long} 4`);
  });

  it("writes 汇总.xlsx inside an existing --out folder, and refuses a merged workbook as an expert's file", async () => {
    mkdirSync(join(folder, "out-folder"), { recursive: true });
    const inside = await runMerge(folder, "张三.xlsx", "李四.xlsx", "--out", "out-folder");
    expect(inside.code).toBe(0);
    expect(existsSync(join(folder, "out-folder", "汇总.xlsx"))).toBe(true);
    expect(existsSync(join(folder, "out-folder.xlsx"))).toBe(false);

    const again = await runMerge(folder, join("out-folder", "汇总.xlsx"), "张三.xlsx", "--out", "twice.xlsx");
    expect(again.code).toBe(2);
    expect(again.err).toContain(`${join("out-folder", "汇总.xlsx")}：这是已合并的评审工作簿（含汇总表），不是专家评分文件。`);
    expect(existsSync(join(folder, "twice.xlsx"))).toBe(false);
  });

  it("names the self-assessment's own problems under 自评表, as its line above does", async () => {
    const result = await runMerge(folder, "张三.xlsx", "李四.xlsx", "--self", "赵六.xlsx", "--out", "self-own.xlsx");
    expect(result.out).toContain("  自评表（赵六.xlsx）：已打分 97 / 98");
    expect(result.out).toContain("自评表 的评分表自身有 1 个问题（这些得分按未打分汇总）：");
  });

  it("merges a file with its own scoring problems, listed under the expert, the cell unscored", async () => {
    const result = await runMerge(folder, "张三.xlsx", "赵六.xlsx", "--out", "own.xlsx", "--json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as { experts: { name: string; scored: number; findings: { kind: string; message: string }[] }[]; findings: { kind: string; message: string }[] };
    expect(report.experts.map((e) => [e.name, e.scored])).toEqual([["张三", 98], ["赵六", 97]]);
    expect(report.experts[1]!.findings).toEqual([expect.objectContaining({ kind: "not-a-number", message: expect.stringContaining('1.1.1 得分 "三十"') })]);
    expect(report.findings.map((f) => f.message)).toEqual(["1.1.1 专家未打分：赵六（按已打分的 1 位专家汇总）"]);
  });

  it("names an expert after the assessor in the file's marker, else after the file", async () => {
    const layout = buildLayout(OFFICIAL_RUBRIC, { assessor: "王专家" });
    const entries = new Map(OFFICIAL_RUBRIC.criteria.map((c) => [c.code, { score: c.points }]));
    writeFileSync(join(folder, "expert3.xlsx"), await workbookBuffer(fillRows(layout, OFFICIAL_RUBRIC, entries)));
    const result = await runMerge(folder, "张三.xlsx", "expert3.xlsx", "--out", "marked.xlsx", "--json");
    expect(JSON.parse(result.out).experts.map((e: { name: string }) => e.name)).toEqual(["张三", "王专家"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(folder, "marked.xlsx"));
    expect(visibleSheets(wb)).toEqual(["汇总表", "张三", "王专家"]);
    const markers = await readSheetMarkers(readFileSync(join(folder, "marked.xlsx")));
    expect(Object.fromEntries(markers)).toEqual({
      汇总表: { rubric: OFFICIAL_RUBRIC.id, role: "summary" },
      张三: { rubric: OFFICIAL_RUBRIC.id, role: "assessment", assessor: "张三" },
      王专家: { rubric: OFFICIAL_RUBRIC.id, role: "assessment", assessor: "王专家" },
    });
  });

  it("takes every .xlsx of a folder but the --self file", async () => {
    const dir = join(folder, "panel");
    mkdirSync(dir);
    for (const name of ["甲", "乙", "自评"]) await craftPanelFile(dir, `${name}.xlsx`, full());
    const result = await runMerge(folder, "panel", "--self", join("panel", "自评.xlsx"), "--out", "folder.xlsx");
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain("已合并 2 位专家和自评表");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(folder, "folder.xlsx"));
    expect(visibleSheets(wb)).toEqual(["汇总表", "自评表", "乙", "甲"]);
  });

  it.each([
    ["an unreadable file", ["张三.xlsx", "坏文件.xlsx"], "“坏文件.xlsx”不是 .xlsx 工作簿"],
    ["a missing file", ["张三.xlsx", "无此文件.xlsx"], "找不到文件“无此文件.xlsx”"],
    ["a file without a rubric table", ["张三.xlsx", "没有表.xlsx"], "没有表.xlsx：没有找到评价表"],
    ["a changed 分值", ["张三.xlsx", "分值被改.xlsx"], "分值被改.xlsx：评价表与评价标准不一致（3.6.2 分值 12 与评价标准的分值（10）不一致）"],
    ["a missing row", ["张三.xlsx", "缺行.xlsx"], "缺行.xlsx：评价表与评价标准不一致（缺少评价准则 2.1.1 所在行）"],
    ["two experts with one name", ["张三.xlsx", join("other", "张三.xlsx")], `两位专家同名“张三”：张三.xlsx、${join("other", "张三.xlsx")}`],
    ["fewer than two experts", ["张三.xlsx"], "专家只有 1 位，至少需要 2 位才能汇总。"],
    ["a file given as an expert and as --self", ["张三.xlsx", "李四.xlsx", "--self", "李四.xlsx"], "李四.xlsx 已作为 --self（自评表）或 --out（输出文件）给出，不能同时作为专家评分文件。"],
  ])("exits 2 on %s and leaves no output", async (_case, files, message) => {
    const result = await runMerge(folder, ...files, "--out", "refused.xlsx");
    expect(result.code).toBe(2);
    expect(result.out).toBe("");
    expect(result.err).toContain("未合并，没有写出任何文件");
    expect(result.err).toContain(message);
    expect(leftovers(folder, "refused.xlsx")).toEqual([]);
  });

  it("lists every reason at once", async () => {
    const result = await runMerge(folder, "坏文件.xlsx", "没有表.xlsx", "--out", "refused.xlsx", "--lang", "en-US");
    expect(result.code).toBe(2);
    expect(result.err).toContain('"坏文件.xlsx" is not an .xlsx workbook.');
    expect(result.err).toContain("没有表.xlsx: no rubric table found");
  });

  it("refuses an existing --out without --force, and keeps it as it was", async () => {
    writeFileSync(join(folder, "taken.xlsx"), "keep me");
    const refused = await runMerge(folder, "张三.xlsx", "李四.xlsx", "--out", "taken.xlsx");
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`输出文件已存在：${join(folder, "taken.xlsx")}`);
    expect(readdirSync(folder).filter((f) => f.endsWith(".part"))).toEqual([]);
    const forced = await runMerge(folder, "张三.xlsx", "李四.xlsx", "--out", "taken.xlsx", "--force");
    expect(forced.code).toBe(0);
    expect(existsSync(join(folder, "taken.xlsx"))).toBe(true);
  });

  it("refuses a bad method and no files with the usage", async () => {
    expect(await runMerge(folder, "张三.xlsx", "李四.xlsx", "--method", "max")).toMatchObject({ code: 2, err: expect.stringContaining("不支持的汇总方法“max”") });
    expect(await runMerge(folder)).toMatchObject({ code: 2, err: expect.stringContaining("请给出至少两个专家评分文件") });
  });

  it("says in --help that files with their own findings are merged, and every exit code", async () => {
    const help = await runMerge(folder, "--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("问题列在该专家名下，有问题的得分按未打分计算");
    expect(help.out).toMatch(/退出码：0[\s\S]*1 已合并，有问题[\s\S]*2 无法安全合并/);
  });
});
