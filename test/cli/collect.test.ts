import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { buildLayout } from "../../src/layout/buildLayout";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { panelLayouts, type PanelMember } from "../../src/layout/panel/panelLayouts";
import { workbookBuffer, workbookBufferOf } from "../../src/xlsx/writeWorkbook";
import { buildRubric } from "../../src/rubric";
import { provincialSource } from "../helpers/provincialRubric";
import { craftRubricWorkbook, workbookFolder } from "./craftedWorkbook";

// Each run reads ~50 workbooks, on worker threads that compile the TypeScript sources first: seconds on a busy machine.
jest.setTimeout(60_000);

const CITIES = ["杭州市", "宁波市", "温州市", "嘉兴市", "湖州市"];
const CATEGORIES = OFFICIAL_RUBRIC.categories;

/** What a generated workbook should give: the summary row and the findings, computed here from the scores written. */
interface Expected {
  file: string;
  province: string;
  city: string;
  total: number;
  scored: number;
  categories: number[];
  findings: [cell: string, kind: string][];
}

let base: Buffer;
const layout = buildLayout(OFFICIAL_RUBRIC, {});
const scoreCol = layout.table.columns.score! + 1;
const rowOf = (code: string) => layout.table.firstCriterionRow + OFFICIAL_RUBRIC.criterion(code)!.index + 1;
const letters = (col: number) => String.fromCharCode(64 + col);

/**
 * A filled workbook, as an assessor leaves it: scores from `score(criterionIndex)`
 * (undefined: not scored), evidence everywhere, a deduction note where points
 * were taken, province and city on the 省/市 line. Saved at `root/file`.
 */
async function filledWorkbook(root: string, file: string, place: { province: string; city: string }, score: (i: number, cap: number) => number | undefined, edit?: (ws: ExcelJS.Worksheet) => void): Promise<Expected> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(base as never);
  const ws = wb.worksheets[0]!;
  const info = ws.getRow(layout.table.headerRow);
  info.getCell(layout.table.columns.category! + 1).value = place.province;
  info.getCell(layout.table.columns.criterion! + 1).value = place.city;
  const categories = CATEGORIES.map(() => 0);
  const findings: Expected["findings"] = [];
  let scored = 0;
  OFFICIAL_RUBRIC.criteria.forEach((c, i) => {
    const row = ws.getRow(rowOf(c.code));
    const value = score(i, c.points);
    row.getCell(layout.table.columns.evidence! + 1).value = "自评报告";
    if (value === undefined) {
      findings.push([`${letters(scoreCol)}${rowOf(c.code)}`, "unscored"]);
      return;
    }
    row.getCell(scoreCol).value = value;
    if (value > c.points) {
      findings.push([`${letters(scoreCol)}${rowOf(c.code)}`, "over-cap"]);
      return;
    }
    if (value < c.points) row.getCell(layout.table.columns.note! + 1).value = "部分指标未达到";
    const k = CATEGORIES.findIndex((cat) => cat.code === c.categoryCode);
    categories[k] = (categories[k] ?? 0) + value;
    scored++;
  });
  edit?.(ws);
  mkdirSync(dirname(join(root, file)), { recursive: true });
  await wb.xlsx.writeFile(join(root, file));
  const total = categories.reduce((a, b) => a + b, 0);
  return { file, ...place, total, scored, categories, findings };
}

async function run(cwd: string, ...args: string[]) {
  return runWith(undefined, cwd, ...args);
}

async function runWith(progressStream: NodeJS.WriteStream | undefined, cwd: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["collect", ...args], { cwd, out: (t) => out.push(t), err: (t) => err.push(t), ...(progressStream && { progressStream }) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A stream that says it is a terminal (or not), and what was drawn on it. */
function terminal(isTTY: boolean): { stream: NodeJS.WriteStream; drawn: () => string } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on("data", (chunk) => chunks.push(String(chunk)));
  Object.assign(stream, { isTTY, columns: 100 });
  return { stream: stream as unknown as NodeJS.WriteStream, drawn: () => chunks.join("") };
}

async function sheetRows(path: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(name)!;
  const rows: unknown[][] = [];
  const width = ws.getRow(1).cellCount;
  ws.eachRow((row) => rows.push(Array.from({ length: width }, (_, c) => row.getCell(c + 1).value ?? null)));
  return rows;
}

describe("qcity collect on a province's folder", () => {
  const root = workbookFolder();
  const expected: Expected[] = [];
  const bad: Record<string, string> = {};

  beforeAll(async () => {
    base = Buffer.from(await workbookBuffer(layout));
    // 45 readable workbooks: every city folder holds 评价表.xlsx (the same name), experts' copies one level deeper.
    for (let n = 0; n < 45; n++) {
      const city = CITIES[n % CITIES.length]!;
      const folder = n < 5 ? `浙江省/${city}` : `浙江省/${city}/专家/第${Math.floor(n / 5)}组`;
      const file = `${folder}/评价表.xlsx`;
      const score = (i: number, cap: number) => {
        if (n % 9 === 4 && i === 60) return cap + 3; // over the cap: left out of the totals
        if (n % 11 === 7 && i >= 90) return undefined; // not finished
        return Math.max(0, cap - ((i + n) % 4 === 0 ? 1 : 0) - (n % 3 === 0 ? 0.5 : 0));
      };
      expected.push(await filledWorkbook(root, file, { province: "浙江省", city }, score));
    }
    // A changed 分值 is a finding on a sheet that is still collected.
    const changed = await filledWorkbook(root, "浙江省/舟山市/改过的评价表.xlsx", { province: "浙江省", city: "舟山市" }, (_, cap) => cap, (ws) => {
      ws.getRow(rowOf("1.1.1")).getCell(layout.table.columns.points! + 1).value = 50;
    });
    changed.findings.unshift([`${letters(layout.table.columns.points! + 1)}${rowOf("1.1.1")}`, "changed-rubric"]);
    expected.push(changed);
    expected.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

    // Bad files, never stopping the batch.
    const write = (file: string, bytes: string | Buffer) => {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), bytes);
    };
    write("浙江省/丽水市/损坏.xlsx", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(300, 7)]));
    write("浙江省/丽水市/截断.xlsx", base.subarray(0, 5000));
    write("浙江省/衢州市/评价表.xlsx", "这不是工作簿");
    write("浙江省/衢州市/旧版.xlsx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const noTable = new ExcelJS.Workbook();
    noTable.addWorksheet("通讯录").addRow(["姓名", "电话"]);
    await noTable.xlsx.writeFile(join(root, "浙江省/衢州市/通讯录.xlsx"));
    bad["浙江省/丽水市/损坏.xlsx"] = "已损坏";
    bad["浙江省/丽水市/截断.xlsx"] = "已损坏";
    bad["浙江省/衢州市/评价表.xlsx"] = "不是 .xlsx 工作簿";
    bad["浙江省/衢州市/旧版.xlsx"] = "旧版 .xls";
    bad["浙江省/衢州市/通讯录.xlsx"] = "没有评价表";
    // Not collected at all: Excel's lock file and other file types.
    write("浙江省/杭州市/~$评价表.xlsx", "lock");
    write("浙江省/杭州市/说明.docx", "PK");
  }, 120_000);

  const expectedRow = (e: Expected) => [
    e.file,
    "质量兴市评价",
    e.province,
    e.city,
    null,
    null,
    null,
    e.total,
    1000, // applicable points: nothing marked 不适用
    null, // the official rubric has no scale, no grades
    null,
    null,
    e.scored,
    98,
    e.findings.length,
    ...e.categories,
  ];

  it("writes one row per workbook, the findings and the unreadable files, exit 1, on two worker threads", async () => {
    expect(expected.length + Object.keys(bad).length).toBe(51);
    const result = await run(root, "浙江省", "--jobs", "2", "--csv", "汇总.csv", "--json", "汇总.json");
    expect(result.code).toBe(1);
    expect(result.out.split("\n")[0]).toBe(
      `已汇总 46 / 51 个工作簿、46 张评价表；问题 ${expected.reduce((n, e) => n + e.findings.length, 0)} 条；无法读取 5 项。`,
    );

    const summary = await sheetRows(join(root, "汇总.xlsx"), "汇总");
    expect(summary[0]).toEqual([
      "文件", "工作表", "省（自治区、直辖市）", "市（区、县）", "角色", "评价人", "评价标准", "总评分", "适用分值", "折算得分",
      "评价等级", "一票否决", "已打分项", "评价准则数", "问题数", ...CATEGORIES.map((c) => `${c.code}${c.name}`),
    ]);
    // ExcelJS reads empty text cells back as null.
    const blankText = (row: unknown[]) => row.map((v) => (v === "" ? null : v));
    expect(summary.slice(1).map(blankText)).toEqual(expected.map(expectedRow));

    const findings = await sheetRows(join(root, "汇总.xlsx"), "问题清单");
    expect(findings[0]).toEqual(["文件", "工作表", "单元格", "严重程度", "问题类型", "评价准则编号", "说明"]);
    const kindTitle: Record<string, string> = { "over-cap": "超过分值", unscored: "未打分", "changed-rubric": "评价表被改动" };
    expect(findings.slice(1).map((f) => [f[0], f[2], f[4]])).toEqual(expected.flatMap((e) => e.findings.map(([cell, kind]) => [e.file, cell, kindTitle[kind]])));

    const unreadable = await sheetRows(join(root, "汇总.xlsx"), "无法读取");
    expect(unreadable.slice(1).map((u) => u[0])).toEqual(Object.keys(bad).sort());
    for (const [file, , reason] of unreadable.slice(1)) expect(reason).toContain(bad[file as string]);
    // On the terminal too, each reason names its file.
    for (const file of Object.keys(bad)) expect(result.err).toContain(file);
  });

  it("formats the roll-up for Excel: frozen header, filters, widths, number formats", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(root, "汇总.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "问题清单", "无法读取"]);
    const ws = wb.getWorksheet("汇总")!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toEqual(`A1:S${expected.length + 1}`);
    expect(ws.getColumn(1).width).toBe(36);
    expect(ws.getCell("H2").numFmt).toBe("0.0#");
    expect(ws.getRow(1).font?.bold).toBe(true);
  });

  it("writes the same rows as CSV (UTF-8 with a BOM) and JSON", async () => {
    const csv = readFileSync(join(root, "汇总.csv"), "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines.length).toBe(expected.length + 1);
    expect(lines.slice(1)).toEqual(expected.map((e) => expectedRow(e).map((v) => (v === null ? "" : String(v))).join(",")));

    const json = JSON.parse(readFileSync(join(root, "汇总.json"), "utf8")) as { sheets: Record<string, unknown>[]; findings: unknown[]; unreadable: { file: string; kind: string }[] };
    expect(json.sheets.map((s) => [s.file, s.city, s.total, s.scored, s.category1, s.category4])).toEqual(
      expected.map((e) => [e.file, e.city, e.total, e.scored, e.categories[0], e.categories[3]]),
    );
    expect(json.findings.length).toBe(expected.reduce((n, e) => n + e.findings.length, 0));
    expect(json.unreadable.map((u) => [u.file, u.kind])).toEqual([
      ["浙江省/丽水市/截断.xlsx", "corrupt"],
      ["浙江省/丽水市/损坏.xlsx", "corrupt"],
      ["浙江省/衢州市/旧版.xlsx", "old-xls"],
      ["浙江省/衢州市/评价表.xlsx", "not-xlsx"],
      ["浙江省/衢州市/通讯录.xlsx", "no-table"],
    ]);
  });

  it("gives the same JSON on one thread, and refuses to overwrite outputs without --force", async () => {
    const again = await run(root, "浙江省", "--jobs", "1", "--out", "单线程.xlsx", "--json", "单线程.json");
    expect(again.code).toBe(1);
    expect(readFileSync(join(root, "单线程.json"), "utf8")).toBe(readFileSync(join(root, "汇总.json"), "utf8"));
    const refused = await run(root, "浙江省", "--json", "单线程.json");
    expect(refused).toMatchObject({ code: 2, out: "" });
    expect(refused.err).toContain("已存在");
  });
});

describe("qcity collect exit codes", () => {
  beforeAll(async () => {
    base = Buffer.from(await workbookBuffer(layout));
  });

  it("exits 0 when every workbook is read and clean", async () => {
    const root = workbookFolder();
    await filledWorkbook(root, "a/评价表.xlsx", { province: "江苏省", city: "南京市" }, (_, cap) => cap);
    await filledWorkbook(root, "b/评价表.xlsx", { province: "江苏省", city: "苏州市" }, (_, cap) => cap);
    const result = await run(root, "a", "b", "--lang", "en-US");
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toBe("Collected 2 of 2 workbook(s), 2 rubric sheet(s); 0 finding(s); 0 unreadable.\nWrote summary.xlsx");

    // A progress bar on a terminal's stderr, up to 2/2; nothing when stderr is a pipe or a file.
    const tty = terminal(true);
    expect((await runWith(tty.stream, root, "a", "b", "--out", "progress.xlsx")).code).toBe(0);
    expect(tty.drawn()).toContain("正在汇总");
    expect(tty.drawn()).toContain("2/2 100%");
    const pipe = terminal(false);
    expect((await runWith(pipe.stream, root, "a", "b", "--out", "quiet.xlsx")).code).toBe(0);
    expect(pipe.drawn()).toBe("");

    // --out an existing folder: 汇总.xlsx inside it.
    mkdirSync(join(root, "outputs"));
    expect((await run(root, "a", "b", "--out", "outputs")).code).toBe(0);
    expect(existsSync(join(root, "outputs", "汇总.xlsx"))).toBe(true);
  });

  it("takes role, assessor and rubric id from the sheet's marker", async () => {
    const root = workbookFolder();
    const layout = buildLayout(OFFICIAL_RUBRIC, { role: "self", assessor: "阿依古丽·买买提", province: "新疆维吾尔自治区", city: "喀什市" });
    writeFileSync(join(root, "自评.xlsx"), await workbookBuffer(layout));
    const result = await run(root, ".", "--json", "汇总.json");
    expect(result.code).toBe(1); // nothing scored yet
    const [row] = (JSON.parse(readFileSync(join(root, "汇总.json"), "utf8")) as { sheets: Record<string, unknown>[] }).sheets;
    expect(row).toMatchObject({ file: "自评.xlsx", province: "新疆维吾尔自治区", city: "喀什市", role: "自评", assessor: "阿依古丽·买买提", rubricId: "aqsiq-2009", total: 0, applicablePoints: 1000, scored: 0, findings: 98 });
  });

  it("exits 2 and writes nothing when no workbook can be read, a folder is missing, or none is given", async () => {
    const root = workbookFolder();
    writeFileSync(join(root, "坏.xlsx"), "not a workbook");
    const none = await run(root, ".");
    expect(none.code).toBe(2);
    expect(none.err).toContain("1 个工作簿都无法读取");
    expect(existsSync(join(root, "汇总.xlsx"))).toBe(false);
    expect(await run(root, "没有这个文件夹")).toMatchObject({ code: 2, err: "qcity collect: 找不到文件夹：没有这个文件夹。" });
    expect((await run(root)).code).toBe(2);
    expect((await run(root, ".", "--jobs", "0")).err).toContain("--jobs 须为正整数");
    mkdirSync(join(root, "空"));
    expect(await run(root, "空")).toMatchObject({ code: 2, err: "qcity collect: 空 中没有 .xlsx 工作簿。" });
  });
});

describe("qcity collect, each sheet with its own rubric", () => {
  const rubric = buildRubric(provincialSource());
  // The workbooks in root/in, the outputs beside them, so that no run collects another's output.
  const root = workbookFolder();
  const input = join(root, "in");

  /** A provincial sheet as `qcity export --rubric` writes it, every criterion at full marks with evidence but for `scores`, the veto answered `veto`. */
  function provincial(file: string, scores: Record<string, number | string>, veto: string | null, options: { carry?: boolean; province?: string; city?: string } = {}) {
    mkdirSync(dirname(join(input, file)), { recursive: true });
    return craftRubricWorkbook(input, file, rubric, (ws, at, _wb, layout) => {
      for (const c of rubric.criteria) {
        at(c.code, "score").value = (scores[c.code] ?? c.points) as never;
        at(c.code, "evidence").value = "材料";
        if (typeof scores[c.code] === "number" && (scores[c.code] as number) < c.points) at(c.code, "note").value = "未完成";
      }
      const answers = layout.table.grade!.vetoAnswers!;
      ws.getCell(answers.top + 1, answers.left + 1).value = veto;
    }, { carry: options.carry ?? true, layout: { province: options.province ?? "浙江省", city: options.city ?? "衢州市" } });
  }

  beforeAll(async () => {
    // 1.1.1 is worth 10 points in this rubric: 12 is over its cap, a finding, left out of the total.
    await provincial("衢州市/否决.xlsx", { "1.1.1": 12 }, "是", { province: "=1+1" });
    await provincial("衢州市/不适用.xlsx", { "2.1.1": 16, "3.1.1": "不适用" }, "否");
    await provincial("丽水市/未携带.xlsx", {}, "否", { carry: false });
    // The 2009 guide, shipped: its marker names aqsiq-2009.
    await craftRubricWorkbook(input, "官方.xlsx", OFFICIAL_RUBRIC, (_ws, at) => {
      for (const c of OFFICIAL_RUBRIC.criteria) {
        at(c.code, "score").value = c.points;
        at(c.code, "evidence").value = "自评报告";
      }
    }, { carry: false });
  }, 60_000);

  const rowsOf = (json: string) => JSON.parse(readFileSync(join(root, json), "utf8")) as { sheets: Record<string, unknown>[]; findings: Record<string, unknown>[]; unreadable: Record<string, unknown>[] };
  const byFile = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.file).localeCompare(String(b.file), "zh-CN");

  it("reads each sheet with the rubric it records, carried or shipped, with no --rubric: caps, applicable points, grade, veto", async () => {
    const result = await run(input, ".", "--jobs", "2", "--json", "../汇总.json", "--csv", "../汇总.csv", "--out", "../汇总.xlsx");
    expect(result.code).toBe(1);
    expect(result.out.split("\n")[0]).toBe("已汇总 3 / 4 个工作簿、3 张评价表；问题 1 条；无法读取 1 项。");
    const { sheets, findings, unreadable } = rowsOf("汇总.json");
    const pick = (s: Record<string, unknown>) => [s.file, s.rubricId, s.total, s.applicablePoints, s.rescaled, s.grade, s.veto, s.scored, s.findings];
    expect([...sheets].sort(byFile).map(pick)).toEqual([
      ["官方.xlsx", "aqsiq-2009", 1000, 1000, null, "", "", 98, 0],
      // 3.1.1 不适用: 81 of the 85 points that apply (7 criteria scored).
      ["衢州市/不适用.xlsx", "zj-quality-2024", 81, 85, (81 * 100) / 85, "A", "否", 7, 0],
      // The 12 over the cap of 10 is left out (90, not 92), and the veto gives the lowest band.
      ["衢州市/否决.xlsx", "zj-quality-2024", 90, 100, 90, "D", "V1", 7, 1],
    ]);
    // Two rubrics, two sets of categories: the provincial ones by their own caps.
    expect([...sheets].sort(byFile).map((s) => [s["category1 领导重视"], s["category1 质量工作组织"], s["category2 质量安全监管"], s["category3 质量基础"], s.category4])).toEqual([
      [140, null, null, null, 305],
      [null, 35, 36, 10, null],
      [null, 25, 40, 25, null],
    ]);
    expect(findings.map((f) => [f.file, f.kind, f.code])).toEqual([["衢州市/否决.xlsx", "over-cap", "1.1.1"]]);
    expect(unreadable).toEqual([
      {
        file: "丽水市/未携带.xlsx",
        sheet: "质量兴市评价",
        kind: "unknown-rubric",
        reason: "工作表“质量兴市评价”记录的评价标准“zj-quality-2024”既不是本程序自带的，也没有随工作簿携带。请用 --rubric 给出该评价标准的 JSON 文件（可由 qcity rubric import 生成）。",
      },
    ]);
    // The CSV: the province "=1+1" as text, never a formula.
    const csv = readFileSync(join(root, "汇总.csv"), "utf8").split("\r\n");
    expect(csv[3]?.split(",").slice(0, 4)).toEqual(["衢州市/否决.xlsx", "质量兴市评价", "'=1+1", "衢州市"]);
  });

  it("gives the same rows on one thread as on two, the veto in the xlsx too", async () => {
    expect((await run(input, ".", "--jobs", "1", "--json", "../单线程.json", "--out", "../单线程.xlsx")).code).toBe(1);
    expect(readFileSync(join(root, "单线程.json"), "utf8")).toBe(readFileSync(join(root, "汇总.json"), "utf8"));
    const summary = await sheetRows(join(root, "单线程.xlsx"), "汇总");
    const at = (title: string) => summary[0]!.indexOf(title);
    expect(summary.slice(1).map((r) => [r[at("文件")], r[at("总评分")], r[at("评价等级")], r[at("一票否决")]]).sort()).toEqual([
      ["官方.xlsx", 1000, "", ""],
      ["衢州市/不适用.xlsx", 81, "A", "否"],
      ["衢州市/否决.xlsx", 90, "D", "V1"],
    ]);
  });

  it("--rubric reads every sheet with the file given, the one without its rubric too, on the worker threads", async () => {
    writeFileSync(join(root, "zj.json"), JSON.stringify(provincialSource()));
    const result = await run(input, "衢州市", "丽水市", "--rubric", "../zj.json", "--jobs", "2", "--json", "../覆盖.json", "--out", "../覆盖.xlsx");
    expect(result.code).toBe(1);
    const { sheets, unreadable } = rowsOf("覆盖.json");
    expect([...sheets].sort(byFile).map((s) => [s.file, s.total, s.grade, s.veto])).toEqual([
      ["丽水市/未携带.xlsx", 100, "A", "否"],
      ["衢州市/不适用.xlsx", 81, "A", "否"],
      ["衢州市/否决.xlsx", 90, "D", "V1"],
    ]);
    expect(unreadable).toEqual([]);
  });
});

describe("qcity collect, a panel workbook", () => {
  it("gives the summary's row the consolidated scores, one row per member's sheet, and the panel findings in 问题清单", async () => {
    const root = workbookFolder();
    const input = join(root, "in");
    mkdirSync(input);
    const criteria = OFFICIAL_RUBRIC.criteria;
    const member = (name: string, share: (i: number) => number): PanelMember => ({
      name,
      sheetName: name,
      entries: new Map(criteria.map((c, i) => [c.code, { score: c.points * share(i), evidence: "材料", note: "部分未达到" }] as const)),
    });
    // 张三 gives 0.2 of the first cap, the others 0.8: a spread of 0.6 of it.
    const experts = [member("张三", (i) => (i === 0 ? 0.2 : 0.8)), member("李四", () => 0.8), member("王五", () => 0.8)];
    const { sheets } = panelLayouts(OFFICIAL_RUBRIC, { experts, method: "median" });
    writeFileSync(join(input, "评审.xlsx"), await workbookBufferOf(sheets));
    const result = await run(input, ".", "--json", "../评审.json", "--out", "../汇总.xlsx");
    expect(result).toMatchObject({ code: 1, err: "" });
    const json = JSON.parse(readFileSync(join(root, "评审.json"), "utf8")) as { sheets: Record<string, unknown>[]; findings: Record<string, unknown>[] };
    const first = criteria[0]!;
    expect(json.sheets.map((s) => [s.sheet, s.role, s.assessor, s.total, s.findings])).toEqual([
      // The median of 0.2, 0.8, 0.8 is 0.8 of every cap.
      ["汇总表", "汇总", "", 800, 1],
      ["张三", "评价", "张三", 800 - 0.6 * first.points, 0],
      ["李四", "评价", "李四", 800, 0],
      ["王五", "评价", "王五", 800, 0],
    ]);
    expect(json.findings.map((f) => [f.sheet, f.kind, f.code, f.cell])).toEqual([["汇总表", "expert-disagreement", first.code, ""]]);
    expect(String(json.findings[0]?.message)).toContain("专家分歧：张三");
    const list = await sheetRows(join(root, "汇总.xlsx"), "问题清单");
    expect(list[1]?.[4]).toBe("专家分歧");
  });
});
