/**
 * The built task pane in Chromium, with office.js from Microsoft's CDN answered
 * by an in-memory Excel double (officeDouble.js) through page.route: insert the rubric sheet, type an over-cap
 * score and a score without evidence, see both findings, click one and check
 * the selected cell. Needs `npm run build` (or build:dev) and Debian's chromium.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { CDN_OFFICE_JS, OFFICE_DOUBLE, openBuiltPage, type BuiltPage } from "./builtPage";
import { typedTableValues } from "../helpers/typedTable";

const OUT = join(__dirname, "..", "..", "out");

jest.setTimeout(90_000);

let built: BuiltPage;

beforeAll(async () => {
  built = await openBuiltPage();
});

afterAll(async () => {
  await built?.close();
});

/** Opens the built page; office.js requests are recorded in `officeRequests`, anything else off the test server is refused. */
async function openPane(problems: string[], officeRequests: string[] = []): Promise<Page> {
  const page = await built.browser.newPage({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (/\/office\.js(\?|$)/.test(url)) officeRequests.push(url);
    if (url === CDN_OFFICE_JS) return route.fulfill({ path: OFFICE_DOUBLE, contentType: "text/javascript" });
    return url.startsWith(built.base) ? route.continue() : route.abort();
  });
  await page.goto(`${built.base}/taskpane.html`);
  return page;
}

it("lists an over-cap score and a score without evidence, and selects a finding's cell", async () => {
  const problems: string[] = [];
  const officeRequests: string[] = [];
  const page = await openPane(problems, officeRequests);

  await page.getByRole("button", { name: "插入评价表" }).click();
  await page.getByText("已插入工作表“质量兴市评价”。").waitFor();
  await page.getByRole("tab", { name: "检查" }).click();
  await page.getByRole("button", { name: /^未打分\s*98$/ }).waitFor();

  // 1.1.1 is worth 40 points; 1.2.1 is worth 20 and gets full marks but no evidence.
  await page.evaluate(() => {
    const excel = (window as unknown as { __excelDouble: { type(address: string, text: string): void } }).__excelDouble;
    excel.type("G4", "45");
    excel.type("G5", "20");
  });
  await page.getByText("1.1.1 得分 45 超过分值 40").waitFor();
  await page.getByRole("button", { name: /^缺少佐证材料\s*1$/ }).click();
  const missing = page.getByText("1.2.1 已打分 20，但佐证材料为空");
  await missing.waitFor();
  await missing.click();
  await page.waitForFunction(() => (window as unknown as { __excelDouble: { selection(): unknown } }).__excelDouble.selection() !== null);
  const selection = await page.evaluate(() => (window as unknown as { __excelDouble: { selection(): unknown } }).__excelDouble.selection());
  expect(selection).toEqual({ sheet: "质量兴市评价", address: "H5" });

  const highlights = await page.evaluate(() =>
    (window as unknown as { __excelDouble: { conditionalFormats(): { address: string; formula: string }[] } }).__excelDouble.conditionalFormats(),
  );
  expect(highlights.filter((f) => f.formula.includes("qcity-check")).map((f) => f.address)).toEqual(["G4", "H5"]);

  // The pane closed (the shared runtime lives on): an edit then brings no recheck and no highlight; reopened, it rechecks once.
  type Double = { __excelDouble: { setPaneVisible(v: boolean): void; type(a: string, t: string): void; conditionalFormats(): { address: string; formula: string }[] } };
  const own = () => page.evaluate(() => (window as unknown as Double).__excelDouble.conditionalFormats().filter((f) => f.formula.includes("qcity-check")).map((f) => f.address));
  await page.evaluate(() => (window as unknown as Double).__excelDouble.setPaneVisible(false));
  await page.evaluate(() => (window as unknown as Double).__excelDouble.type("G6", "99"));
  await page.waitForTimeout(1000);
  expect(await own()).toEqual(["G4", "H5"]);
  await page.evaluate(() => (window as unknown as Double).__excelDouble.setPaneVisible(true));
  await page.waitForFunction(() => (window as unknown as Double).__excelDouble.conditionalFormats().some((f) => f.address === "G6"));
  expect(await own()).toContain("G6");

  const text = await page.locator("body").innerText();
  expect(text).toContain("质量兴市评价助手");
  expect(text).toContain("超过分值");
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, "checks-pane.png"), fullPage: true });
  expect(problems).toEqual([]);
  expect(officeRequests).toEqual([CDN_OFFICE_JS]);
  await page.close();
});

it("shows the score chart, loaded on first show, and adds the 评价报告 sheet with a native chart of the category rates", async () => {
  const problems: string[] = [];
  const page = await openPane(problems);
  await page.getByRole("button", { name: "插入评价表" }).click();
  await page.getByText("已插入工作表“质量兴市评价”。").waitFor();
  await page.evaluate(() => {
    const excel = (window as unknown as { __excelDouble: { type(address: string, text: string): void } }).__excelDouble;
    excel.type("G4", "30"); // 1.1.1: 30 of 40
    excel.type("G5", "20"); // 1.2.1: 20 of 20
  });
  await page.getByRole("tab", { name: "检查" }).click();
  const chart = page.getByRole("figure", { name: "各评价项目得分（得分 / 分值）" });
  await chart.getByRole("option").first().waitFor();
  expect(await chart.getByRole("option").evaluateAll((bars) => bars.map((bar) => bar.getAttribute("aria-label")))).toEqual([
    "1 领导重视, 50/140.",
    "2 组织落实, 0/90.",
    "3 措施到位, 0/465.",
    "4 成效显著, 0/305.",
  ]);

  await page.getByRole("button", { name: "生成评价报告" }).click();
  await page.getByText("已生成评价报告：工作表“评价报告”。").waitFor();
  // The report sheet is now active and holds no rubric table: the checks say so, and the report's message stays.
  await page.getByRole("region", { name: "得分汇总" }).waitFor({ state: "detached" });
  expect(await page.getByText("已生成评价报告：工作表“评价报告”。").isVisible()).toBe(true);
  const excel = await page.evaluate(() => {
    const double = (window as unknown as { __excelDouble: { sheetNames(): string[]; activeSheet(): string; charts(): unknown[]; value(address: string): unknown } }).__excelDouble;
    return { sheets: double.sheetNames(), active: double.activeSheet(), charts: double.charts(), title: double.value("A1") };
  });
  expect(excel.sheets).toEqual(["Sheet1", "质量兴市评价", "评价报告"]);
  expect(excel.active).toBe("评价报告");
  expect(excel.title).toBe("质量兴市绩效评价报告");
  expect(excel.charts).toEqual([
    expect.objectContaining({ type: "ColumnClustered", seriesBy: "Columns", source: expect.stringMatching(/!D\d+:D\d+$/), labels: expect.stringMatching(/!A\d+:A\d+$/) }),
  ]);
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, "report-pane.png"), fullPage: true });
  expect(problems).toEqual([]);
  await page.close();
});

it("imports the typed table on the active sheet as the workbook's rubric (以本表为评价标准), carried very hidden, and offers it", async () => {
  const problems: string[] = [];
  const page = await openPane(problems);
  await page.getByRole("combobox", { name: "评价标准" }).waitFor();
  await page.evaluate((values) => {
    (window as unknown as { __excelDouble: { paste(address: string, values: unknown[][]): void } }).__excelDouble.paste("A1", values);
  }, typedTableValues());
  await page.getByRole("button", { name: "以本表为评价标准" }).click();
  await page.getByText("已将“浙江省质量工作考核评分细则”（8 条评价准则，满分 100 分）作为本工作簿的评价标准，并插入工作表“质量兴市评价”。").waitFor();
  const picker = page.getByRole("combobox", { name: "评价标准" });
  await picker.getByRole("option", { name: "浙江省质量工作考核评分细则（随本工作簿）" }).waitFor({ state: "attached" });
  expect(await picker.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe("浙江省质量工作考核评分细则（随本工作簿）");
  const excel = await page.evaluate(() => {
    const double = (window as unknown as { __excelDouble: { sheetNames(): string[]; visibility(name: string): string; cellOf(sheet: string, address: string): unknown } }).__excelDouble;
    return { sheets: double.sheetNames(), carried: double.visibility("QCITY_RUBRIC"), cap: double.cellOf("质量兴市评价", "E5"), id: double.cellOf("QCITY_RUBRIC", "A1") };
  });
  expect(excel).toEqual({ sheets: ["Sheet1", "质量兴市评价", "QCITY_RUBRIC"], carried: "VeryHidden", cap: 10, id: expect.stringMatching(/^sheet-[0-9a-f]{8}$/) });
  // The 检查 tab reads the new sheet with the carried rubric its marker names: 8 criteria to score, and the provincial caps.
  await page.getByRole("tab", { name: "检查" }).click();
  await page.getByRole("button", { name: /^未打分\s*8$/ }).waitFor();
  await page.evaluate(() => (window as unknown as { __excelDouble: { type(address: string, text: string): void } }).__excelDouble.type("G5", "12"));
  await page.getByText("1.1.1 得分 12 超过分值 10").waitFor();
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, "rubric-pane.png"), fullPage: true });
  expect(problems).toEqual([]);
  await page.close();
});
