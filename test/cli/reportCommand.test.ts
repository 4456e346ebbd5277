import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { JSDOM } from "jsdom";
import { runReport } from "../../src/cli/reportCommand";
import { buildLayout } from "../../src/layout/buildLayout";
import { buildRubric } from "../../src/rubric";
import { panelLayouts, type PanelMember } from "../../src/layout/panel/panelLayouts";
import { formatPoints } from "../../src/report/reportText";
import { workbookBuffer, workbookBufferOf } from "../../src/xlsx/writeWorkbook";
import { provincialSource } from "../helpers/provincialRubric";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { craftRubricWorkbook, craftWorkbook, fillFullMarks, workbookFolder, writeBytes } from "./craftedWorkbook";

interface Run {
  code: number;
  out: string;
  err: string;
}

async function report(folder: string, args: string[], deps: Parameters<typeof runReport>[2] = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  // As `qcity` runs it (src/cli/main.ts): a CliError is exit 2 with its message.
  try {
    const code = await runReport(args, { cwd: folder, out: (t) => out.push(t), err: (t) => err.push(t) }, { today: () => new Date(2026, 11, 1), ...deps });
    return { code, out: out.join("\n"), err: err.join("\n") };
  } catch (error) {
    if ((error as Error).name !== "CliError") throw error;
    return { code: 2, out: out.join("\n"), err: (error as Error).message };
  }
}

function page(path: string): Document {
  return new JSDOM(readFileSync(path, "utf8")).window.document;
}

const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((e) => (e.textContent ?? "").replace(/\s+/g, " ").trim());
const rows = (doc: Document, table: string) =>
  [...doc.querySelectorAll(`#${table} tbody tr`)].map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").replace(/\s+/g, " ").trim()));
const figure = (doc: Document, label: string) => doc.querySelector(`[data-figure="${label}"]`)?.textContent;

/** Bars of the inline chart: ECharts' data index and height in pixels, and the pixels of 100% on its axis. */
function chartBars(doc: Document): { heights: number[]; full: number } {
  const svg = doc.querySelector(".chart svg");
  if (!svg) throw new Error("no chart");
  const bars = [...svg.querySelectorAll('path[ecmeta_ssr_type="chart"]')];
  const heights = bars.map((p) => Math.abs(Number(/l0 (-?[\d.]+)l/.exec(p.getAttribute("d") ?? "")?.[1])));
  const y = (text: string) => {
    const label = [...svg.querySelectorAll("text")].find((t) => t.textContent === text && /translate\(\d/.test(t.getAttribute("transform") ?? "") && t.getAttribute("text-anchor") === "end");
    return Number(/translate\([\d.]+ ([\d.]+)\)/.exec(label?.getAttribute("transform") ?? "")?.[1]);
  };
  expect(bars.map((b) => b.getAttribute("ecmeta_data_index"))).toEqual(bars.map((_, i) => String(i)));
  return { heights, full: y("0%") - y("100%") };
}

/** The figures of the provincial sheet the tests fill: 76 of the 85 points that apply (3.1.1 不适用), grade B. */
function expectProvincialFigures(doc: Document): void {
  expect(figure(doc, "总评分")).toBe("76 / 100");
  expect(figure(doc, "适用分值")).toBe("85");
  expect(figure(doc, "得分率")).toBe("89.4%");
  expect(figure(doc, "折算得分（100 分制）")).toBe("89.41");
  expect(figure(doc, "评价等级")).toBe("B");
  expect(rows(doc, "categories")).toEqual([
    ["1 质量工作组织", "35", "35", "30", "85.7%"],
    ["2 质量安全监管", "40", "40", "36", "90.0%"],
    ["3 质量基础", "25", "10", "10", "100.0%"],
    ["合计", "100", "85", "76", "89.4%"],
  ]);
}

const folder = workbookFolder();
const cap = (code: string) => OFFICIAL_RUBRIC.criterion(code)?.points as number;

describe("qcity report, one assessment sheet", () => {
  beforeAll(async () => {
    await craftWorkbook(
      folder,
      "杭州市.xlsx",
      (_ws, at) => {
        fillFullMarks(at);
        at("1.1.1", "score").value = 30;
        at("1.1.1", "note").value = "工作方案未经政府常务会议审议";
        at("2.1.1", "score").value = 12.5;
        at("3.6.2", "score").value = 12; // over its cap of 10: a finding, left out of the totals
        at("4.1.1", "score").value = null;
        at("4.2.1", "evidence").value = null;
      },
      { province: "浙江省", city: "杭州市" },
    );
  });

  it("writes one self-contained HTML file with the totals, rates, deductions, findings and sign-off lines", async () => {
    const run = await report(folder, ["杭州市.xlsx"]);
    const total = 1000 - 10 - 7.5 - cap("3.6.2") - cap("4.1.1");
    expect(run).toEqual({ code: 0, out: `已生成评价报告：${join(folder, "杭州市-评价报告.html")}（总评分 ${total} / 1000）`, err: "" });
    const html = readFileSync(join(folder, "杭州市-评价报告.html"), "utf8");
    expect(html).not.toMatch(/<script|<link|src="http|url\(http/i);
    expect(html).toContain("@page { size: A4 portrait;");
    const doc = page(join(folder, "杭州市-评价报告.html"));

    expect(texts(doc, ".meta dd").slice(0, 3)).toEqual(["浙江省", "杭州市", "质量兴市绩效评价指南（试行）（国质检质函〔2009〕203号）"]);
    expect(figure(doc, "总评分")).toBe(`${total} / 1000`);
    expect(figure(doc, "适用分值")).toBe("1000");
    expect(figure(doc, "得分率")).toBe(`${((total / 1000) * 100).toFixed(1)}%`);
    expect(figure(doc, "已打分")).toBe("96 / 98");
    expect(figure(doc, "评价等级")).toBeUndefined();

    const c3 = 465 - cap("3.6.2");
    const c4 = 305 - cap("4.1.1");
    expect(rows(doc, "categories")).toEqual([
      ["1 领导重视", "140", "130", "92.9%"],
      ["2 组织落实", "90", "82.5", "91.7%"],
      ["3 措施到位", "465", String(c3), `${((c3 / 465) * 100).toFixed(1)}%`],
      ["4 成效显著", "305", String(c4), `${((c4 / 305) * 100).toFixed(1)}%`],
      ["合计", "1000", String(total), `${((total / 1000) * 100).toFixed(1)}%`],
    ]);
    const deductions = rows(doc, "deductions").map(([criterion, ...rest]) => [criterion?.split(" ")[0], ...rest]);
    expect(deductions).toEqual([
      ["1.1.1", "40", "30", "10", "工作方案未经政府常务会议审议"],
      ["2.1.1", "20", "12.5", "7.5", "（未填写扣分说明）"],
    ]);
    expect(html).toContain("共 2 项扣分，合计扣 17.5 分。");
    expect(texts(doc, "[data-code]").filter((t) => /^\d+\.\d+\.\d+（/.test(t))).toEqual(["4.2.1（H84）", "4.1.1（G78）"]);
    expect(rows(doc, "findings")).toEqual([
      ["I10", "缺少扣分说明（警告）", "2.1.1 得分 12.5 低于分值 20，但扣分说明为空"],
      ["G43", "超过分值（错误）", "3.6.2 得分 12 超过分值 10"],
    ]);
    expect(texts(doc, ".signoff div")).toEqual(["评价人：", "复核人：", "日期："]);
  });

  it("writes the report beside the workbook when run from another folder", async () => {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(folder, "elsewhere"), { recursive: true });
    const run = await report(join(folder, "elsewhere"), ["../杭州市.xlsx", "--force"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(join(folder, "杭州市-评价报告.html"));
    expect(existsSync(join(folder, "elsewhere", "杭州市-评价报告.html"))).toBe(false);
  });

  it("draws the chart with one bar per category, as high as its rate", async () => {
    await report(folder, ["杭州市.xlsx", "--out", "chart.html"]);
    const { heights, full } = chartBars(page(join(folder, "chart.html")));
    const rates = [130 / 140, 82.5 / 90, (465 - cap("3.6.2")) / 465, (305 - cap("4.1.1")) / 305];
    expect(heights).toHaveLength(4);
    heights.forEach((h, i) => expect(h / full).toBeCloseTo(Math.round((rates[i] as number) * 1000) / 1000, 2));
  });

  it("writes English with --lang en-US, the rubric's text as written", async () => {
    const run = await report(folder, ["杭州市.xlsx", "--lang", "en-US", "--out", "report-en.html"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("Wrote the report");
    const doc = page(join(folder, "report-en.html"));
    expect(doc.documentElement.lang).toBe("en-US");
    expect(texts(doc, "h2")).toEqual(["Scores by category", "Deductions", "Missing evidence", "Not scored", "Other findings of the checks", "Sign-off"]);
    expect(rows(doc, "findings")[1]).toEqual(["G43", "Over the cap (error)", "3.6.2: score 12 exceeds the cap of 10 points"]);
    expect(rows(doc, "deductions")[0]?.[0]).toContain("1.1.1 政府颁布质量兴市");
  });

  it("never overwrites a file unless --force, and adds .html to a bare --out", async () => {
    writeFileSync(join(folder, "existing.html"), "mine");
    const refused = await report(folder, ["杭州市.xlsx", "--out", "existing.html"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("文件已存在");
    expect(readFileSync(join(folder, "existing.html"), "utf8")).toBe("mine");
    expect((await report(folder, ["杭州市.xlsx", "--out", "existing.html", "--force"])).code).toBe(0);
    expect(readFileSync(join(folder, "existing.html"), "utf8")).toContain("质量兴市绩效评价报告");
    expect((await report(folder, ["杭州市.xlsx", "--out", "bare"])).code).toBe(0);
    expect(existsSync(join(folder, "bare.html"))).toBe(true);
  });

  it("exits 2 for a PDF without Chromium, saying how to get one, and writes nothing", async () => {
    const run = await report(folder, ["杭州市.xlsx", "--out", "no-browser.pdf"], { findChromium: async () => undefined });
    expect(run.code).toBe(2);
    expect(run.err).toContain("未找到 Chromium 或 Chrome，无法生成 PDF");
    expect(run.err).toContain("QCITY_CHROMIUM");
    expect(run.err).toContain(`--out ${join(folder, "no-browser.html")}`);
    expect(run.err).toContain("打印");
    expect(existsSync(join(folder, "no-browser.pdf"))).toBe(false);
  });
});

describe("qcity report, bad input (exit 2, as qcity check)", () => {
  it("for a file that cannot be read", async () => {
    writeBytes(folder, "broken.xlsx", "not a zip");
    const run = await report(folder, ["broken.xlsx"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("broken.xlsx");
    expect(existsSync(join(folder, "broken-评价报告.html"))).toBe(false);
  });

  it("for a missing file and for a workbook without a rubric table", async () => {
    expect((await report(folder, ["nowhere.xlsx"])).err).toBe("找不到文件“nowhere.xlsx”。");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("清单").addRow(["姓名", "电话"]);
    await wb.xlsx.writeFile(join(folder, "other.xlsx"));
    const run = await report(folder, ["other.xlsx"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("other.xlsx 中没有评价表");
    expect(existsSync(join(folder, "other-评价报告.html"))).toBe(false);
  });
});

describe("qcity report, a provincial rubric", () => {
  it("shows the grade, the applicable points without the criteria marked 不适用, and the re-scaled total", async () => {
    const source = provincialSource();
    const rubric = buildRubric(source);
    writeFileSync(join(folder, "zj.json"), JSON.stringify(source));
    const layout = buildLayout(rubric, { province: "浙江省", city: "湖州市" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookBuffer(layout)) as never);
    const ws = wb.worksheets[0]!;
    const scores: Record<string, number | string> = { "1.1.1": 10, "1.1.2": 10, "1.2.1": 10, "2.1.1": 16, "2.1.2": 10, "2.2.1": 10, "3.1.1": "不适用", "3.1.2": 10 };
    for (const c of rubric.criteria) {
      const row = layout.table.firstCriterionRow + c.index + 1;
      ws.getCell(row, (layout.table.columns.score as number) + 1).value = scores[c.code] as never;
      ws.getCell(row, (layout.table.columns.evidence as number) + 1).value = "材料";
    }
    ws.getCell(layout.table.firstCriterionRow + (rubric.criterion("1.2.1")?.index as number) + 1, (layout.table.columns.note as number) + 1).value = "规划未按期发布";
    ws.getCell(layout.table.firstCriterionRow + (rubric.criterion("2.1.1")?.index as number) + 1, (layout.table.columns.note as number) + 1).value = "抽查任务完成 80%";
    await wb.xlsx.writeFile(join(folder, "湖州市.xlsx"));

    const run = await report(folder, ["湖州市.xlsx", "--rubric", "zj.json"]);
    expect(run.code).toBe(0);
    const doc = page(join(folder, "湖州市-评价报告.html"));
    expect(texts(doc, ".meta dd").slice(0, 3)).toEqual(["浙江省", "湖州市", "浙江省质量工作考核评分细则"]);
    expectProvincialFigures(doc);
    expect(rows(doc, "deductions").map((r) => [r[0]?.split(" ")[0], r[3], r[4]])).toEqual([
      ["1.2.1", "5", "规划未按期发布"],
      ["2.1.1", "4", "抽查任务完成 80%"],
    ]);
    // 不适用 is neither a deduction nor unscored.
    expect(texts(doc, "p").some((t) => t === "全部评价准则均已打分。")).toBe(true);
    expect(chartBars(doc).heights).toHaveLength(3);
  });
});

describe("qcity report, a workbook that carries its provincial rubric, with the veto and sign-off filled", () => {
  const rubric = buildRubric(provincialSource());
  const scores: Record<string, number | string> = { "1.1.1": 10, "1.1.2": 10, "1.2.1": 10, "2.1.1": 16, "2.1.2": 10, "2.2.1": 10, "3.1.1": "不适用", "3.1.2": 10 };

  /** The sheet `qcity export --rubric` writes (carrying the rubric), filled with `scores`, the veto answered `veto`, the sign-off as given. */
  function filled(name: string, veto: string | null, signOff: { assessor?: unknown; reviewer?: unknown; date?: unknown } = {}) {
    return craftRubricWorkbook(folder, name, rubric, (ws, at, _wb, layout) => {
      for (const c of rubric.criteria) {
        at(c.code, "score").value = scores[c.code] as never;
        at(c.code, "evidence").value = "材料";
      }
      at("1.2.1", "note").value = "规划未按期发布";
      at("2.1.1", "note").value = "抽查任务完成 80%";
      const answers = layout.table.grade?.vetoAnswers;
      if (answers === undefined) throw new Error("no veto block");
      ws.getCell(answers.top + 1, answers.left + 1).value = veto;
      const line = layout.table.signOff!;
      const cell = (col: number, value: unknown) => value !== undefined && (ws.getCell(line.row + 1, col + 1).value = value as never);
      cell(line.assessorCol, signOff.assessor);
      cell(line.reviewerCol, signOff.reviewer);
      cell(line.dateCol, signOff.date);
      // A date typed in Excel gets a date format.
      if (signOff.date instanceof Date) ws.getCell(line.row + 1, line.dateCol + 1).numFmt = "yyyy/m/d";
    }, { layout: { province: "浙江省", city: "衢州市" } });
  }

  it("reads the sheet with the carried rubric, no --rubric: its caps, applicable points, re-scaled total and grade", async () => {
    await filled("衢州市.xlsx", "否", { assessor: "王五" });
    const run = await report(folder, ["衢州市.xlsx"]);
    expect(run).toEqual({ code: 0, out: `已生成评价报告：${join(folder, "衢州市-评价报告.html")}（总评分 76 / 100，评价等级 B）`, err: "" });
    const doc = page(join(folder, "衢州市-评价报告.html"));
    expect(texts(doc, ".meta dd").slice(0, 3)).toEqual(["浙江省", "衢州市", "浙江省质量工作考核评分细则"]);
    expectProvincialFigures(doc);
    expect(rows(doc, "findings")).toEqual([]);
    expect(doc.querySelector(".veto")).toBeNull();
    // Only the assessor signed: the other two are lines to sign on.
    expect(texts(doc, ".signoff div")).toEqual(["评价人：王五", "复核人：", "日期："]);
  });

  it("with the veto marked 是: the grade is the lowest band, and the header says 一票否决 and why", async () => {
    await filled("否决.xlsx", "是", { assessor: "王五", reviewer: "赵六", date: new Date(Date.UTC(2026, 10, 30)) });
    const run = await report(folder, ["否决.xlsx"]);
    expect(run.out).toBe(`已生成评价报告：${join(folder, "否决-评价报告.html")}（总评分 76 / 100，评价等级 D（一票否决））`);
    const doc = page(join(folder, "否决-评价报告.html"));
    expect(figure(doc, "总评分")).toBe("76 / 100");
    expect(figure(doc, "评价等级")).toBe("D（一票否决）");
    expect(texts(doc, ".veto")).toEqual(["一票否决：适用一票否决，评价等级为最低等级V1 发生区域性、系统性重大质量安全事件"]);
    expect(texts(doc, ".signoff div")).toEqual(["评价人：王五", "复核人：赵六", "日期：2026-11-30"]);
  });

  it("exits 2 naming the rubric when the sheet's rubric is neither carried nor shipped; --rubric overrides", async () => {
    await craftRubricWorkbook(folder, "未携带.xlsx", rubric, (_ws, at) => void (at("1.1.1", "score").value = 10), { carry: false });
    const run = await report(folder, ["未携带.xlsx"]);
    expect(run.code).toBe(2);
    expect(run.err).toBe("工作表“质量兴市评价”记录的评价标准“zj-quality-2024”既不是本程序自带的，也没有随工作簿携带。请用 --rubric 给出该评价标准的 JSON 文件（可由 qcity rubric import 生成）。");
    expect(existsSync(join(folder, "未携带-评价报告.html"))).toBe(false);
    writeFileSync(join(folder, "zj.json"), JSON.stringify(provincialSource()));
    expect((await report(folder, ["未携带.xlsx", "--rubric", "zj.json"])).code).toBe(0);
    expect(figure(page(join(folder, "未携带-评价报告.html")), "总评分")).toBe("10 / 100");
  });
});

describe("qcity report, a panel workbook", () => {
  const criteria = OFFICIAL_RUBRIC.criteria;
  const [first, second] = criteria as [(typeof criteria)[number], (typeof criteria)[number]];
  /** A member scoring `share(i)` of each criterion's cap. */
  const member = (name: string, share: (i: number) => number): PanelMember => ({
    name,
    sheetName: name,
    entries: new Map(criteria.map((c, i) => [c.code, { score: c.points * share(i), evidence: "材料", note: null }] as const)),
  });
  // Every expert gives 0.8 of the cap, but 0.5 on the second criterion; 张三 gives 0.2 on the first (a spread of 0.6 of its cap).
  const experts = [member("张三", (i) => (i === 0 ? 0.2 : i === 1 ? 0.5 : 0.8)), member("李四", (i) => (i === 1 ? 0.5 : 0.8)), member("王五", (i) => (i === 1 ? 0.5 : 0.8))];
  // The self-assessment claims full marks on the second criterion, 0.5 of its cap above the consolidated score.
  const self = member("自评", (i) => (i === 1 ? 1 : 0.8));

  it("reports the consolidated scores of the summary, the method, each member's total and the 专家分歧 and 自评偏高 findings", async () => {
    const { sheets } = panelLayouts(OFFICIAL_RUBRIC, { experts, self, method: "mean" });
    writeFileSync(join(folder, "评审.xlsx"), await workbookBufferOf(sheets));
    const run = await report(folder, ["评审.xlsx"]);
    // The consolidated total: 0.8 of 1000, less 0.2 of the first cap (the mean of 0.2, 0.8, 0.8 is 0.6) and 0.3 of the second.
    const total = 800 - 0.2 * first.points - 0.3 * second.points;
    expect(run).toEqual({ code: 0, out: `已生成评价报告：${join(folder, "评审-评价报告.html")}（总评分 ${total} / 1000）`, err: "" });
    const doc = page(join(folder, "评审-评价报告.html"));
    expect(texts(doc, ".meta dd")[3]).toBe("汇总表 · 评审.xlsx");
    expect(figure(doc, "总评分")).toBe(`${total} / 1000`);
    expect(texts(doc, "h2")).toContain("专家评审");
    expect(texts(doc, ".method")).toEqual(["汇总方法：平均"]);
    expect(rows(doc, "panel")).toEqual([
      ["张三", String(800 - 0.6 * first.points - 0.3 * second.points), "98 / 98"],
      ["李四", String(800 - 0.3 * second.points), "98 / 98"],
      ["王五", String(800 - 0.3 * second.points), "98 / 98"],
      ["自评", String(800 + 0.2 * second.points), "98 / 98"],
    ]);
    expect(rows(doc, "panel-findings").map(([kind, message]) => [kind, message?.split(" ")[0]])).toEqual([
      ["专家分歧", first.code],
      ["自评偏高", second.code],
    ]);
    expect(rows(doc, "panel-findings")[0]?.[1]).toContain(`张三 ${formatPoints(0.2 * first.points)}`);
  });
});
