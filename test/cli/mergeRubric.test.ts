/**
 * `qcity merge` on expert files built on a province's rubric: the rubric the
 * files record and carry is the panel's, without --rubric; --rubric overrides;
 * a rubric nobody carries is refused with its id; the output carries the rubric
 * so that `qcity check` reads it back on its own.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildLayout } from "../../src/layout/buildLayout";
import { fillRows } from "../../src/layout/panel/filledSheet";
import { buildRubric } from "../../src/rubric/build";
import type { Rubric } from "../../src/rubric/types";
import { workbookBuffer } from "../../src/xlsx/writeWorkbook";
import { main } from "../../src/cli/main";
import { provincialSource } from "../helpers/provincialRubric";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { workbookFolder } from "./craftedWorkbook";
import { runMerge } from "./panelFiles";

jest.setTimeout(60_000);

const provincial = buildRubric(provincialSource());

/** An expert's workbook as the add-in or `qcity export --rubric` writes it and the expert fills it: marker and carried rubric kept. */
async function expertFile(folder: string, name: string, rubric: Rubric, score: (points: number, code: string) => number, carry = true, veto?: string): Promise<string> {
  const base = buildLayout(rubric, { role: "assessment", assessor: name, formulaStyle: "native" });
  const entries = new Map(rubric.criteria.map((c) => [c.code, { score: score(c.points, c.code), evidence: "材料", note: null }]));
  const vetoes = new Map(veto === undefined ? [] : rubric.veto.map((v) => [v.code, veto]));
  const path = join(folder, `${name}.xlsx`);
  writeFileSync(path, await workbookBuffer(fillRows(base, rubric, entries, base.sheetName, vetoes), carry ? [rubric] : []));
  return path;
}

let folder: string;
beforeAll(async () => {
  folder = workbookFolder();
  await expertFile(folder, "张三", provincial, (p) => p);
  await expertFile(folder, "李四", provincial, (p, code) => (code === "1.2.1" ? 3 : p));
  await expertFile(folder, "王五", provincial, (p) => p / 2, false);
  await expertFile(folder, "孙八", provincial, (p) => p, false);
});

describe("qcity merge on a province's rubric", () => {
  it("uses the rubric the files carry: its caps, its criteria, and the output carries it", async () => {
    const result = await runMerge(folder, "张三.xlsx", "李四.xlsx", "--out", "zj.xlsx", "--json");
    expect(result.err).toBe("");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as { experts: { name: string; scored: number }[]; findings: { message: string }[] };
    expect(report.experts.map((e) => [e.name, e.scored])).toEqual([["张三", 8], ["李四", 8]]);
    // 1.2.1 is worth 15 here (the 2009 guide has no such cap): 15 and 3 spread 12, over 30 % of 15.
    expect(report.findings.map((f) => f.message)).toEqual(["1.2.1 专家分歧：张三 15、李四 3（极差 12，超过分值 15 的 30%）"]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(folder, "zj.xlsx"));
    expect(wb.worksheets.filter((w) => w.state === "veryHidden").map((w) => w.name)).toEqual(["QCITY_RUBRIC"]);
    // Checked later with no --rubric: the summary's panel on the provincial caps, 100 points in all.
    const out: string[] = [];
    const code = await main(["check", "zj.xlsx", "--sheet", "汇总表"], { cwd: folder, out: (t) => out.push(t), err: (t) => out.push(t) });
    expect(code).toBe(1);
    expect(out.join("\n")).toContain(`总评分 ${100 - (15 - 9)} / 100，已打分 8 / 8`);
    expect(out.join("\n")).toContain("1.2.1 专家分歧：张三 15、李四 3（极差 12，超过分值 15 的 30%）");
  });

  it("reads a file that records the rubric without carrying it when another file of the panel carries it", async () => {
    const result = await runMerge(folder, "王五.xlsx", "张三.xlsx", "--out", "pooled.xlsx", "--json");
    expect(result.err).toBe("");
    const report = JSON.parse(result.out) as { experts: { name: string; scored: number }[] };
    expect(report.experts.map((e) => [e.name, e.scored])).toEqual([["王五", 8], ["张三", 8]]);
  });

  it("refuses, with the id, files that record a rubric none of them carries", async () => {
    const refused = await runMerge(folder, "王五.xlsx", "孙八.xlsx", "--out", "refused.xlsx");
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`王五.xlsx：评价表按评价标准“${provincial.id}”制作，本程序没有自带，参与汇总的文件也都没有携带它。请用 --rubric 给出该评价标准的 JSON 文件`);
    expect(refused.err).toContain(`孙八.xlsx：评价表按评价标准“${provincial.id}”制作`);
    expect(existsSync(join(folder, "refused.xlsx"))).toBe(false);
  });

  it("takes --rubric over what the files record", async () => {
    writeFileSync(join(folder, "zj.json"), JSON.stringify(provincialSource()));
    const result = await runMerge(folder, "王五.xlsx", "孙八.xlsx", "--rubric", "zj.json", "--out", "given.xlsx", "--json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as { experts: { name: string; scored: number }[] };
    expect(report.experts.map((e) => [e.name, e.scored])).toEqual([["王五", 8], ["孙八", 8]]);
  });

  it("keeps each expert's 一票否决 answers on their sheet", async () => {
    await expertFile(folder, "周九", provincial, (p) => p, true, "是");
    await expertFile(folder, "吴十", provincial, (p) => p, true, "否");
    const result = await runMerge(folder, "周九.xlsx", "吴十.xlsx", "--out", "veto.xlsx");
    expect(result.err).toBe("");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(folder, "veto.xlsx"));
    const answers = buildLayout(provincial, {}).table.grade!.vetoAnswers!;
    const at = (sheet: string) => wb.getWorksheet(sheet)!.getCell(answers.top + 1, answers.left + 1).value;
    expect([at("周九"), at("吴十")]).toEqual(["是", "否"]);
    // Read back, 周九's sheet is vetoed: the lowest grade, said as 一票否决.
    const out: string[] = [];
    await main(["report", "veto.xlsx", "--sheet", "周九", "--out", "veto-report.html"], { cwd: folder, out: (t) => out.push(t), err: (t) => out.push(t) });
    expect(out.join("\n")).toContain("一票否决");
  });

  it("refuses a file on the 2009 guide in a provincial panel", async () => {
    await expertFile(folder, "赵六", OFFICIAL_RUBRIC, (p) => p);
    const result = await runMerge(folder, "张三.xlsx", "赵六.xlsx", "--out", "mixed.xlsx");
    expect(result.code).toBe(2);
    expect(result.err).toContain(`赵六.xlsx：评价表按另一评价标准（aqsiq-2009）制作，与本次汇总的 ${provincial.id} 不一致。`);
  });
});
