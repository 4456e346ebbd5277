/**
 * The built task pane's 评审 tab in Chromium, with office.js replaced by the
 * in-memory Excel double (officeDouble.js): pick two experts' .xlsx files,
 * which the pane reads in the browser with the CLI's reader (ExcelJS's browser
 * build, loaded on first use), and see two expert sheets with their markers and
 * the per-file report; then write the summary over them. Screenshot:
 * out/panel-pane.png (docs/panel-pane.png). Needs `npm run build` and Debian's chromium.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildLayout } from "../../src/layout/buildLayout";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { workbookFolder } from "../cli/craftedWorkbook";
import { craftPanelFile } from "../cli/panelFiles";
import { OFFICE_DOUBLE, openBuiltPage, type BuiltPage } from "./builtPage";

const OUT = join(__dirname, "..", "..", "out");

jest.setTimeout(120_000);

let built: BuiltPage;

beforeAll(async () => {
  built = await openBuiltPage();
});

afterAll(async () => {
  await built?.close();
});

type Double = {
  sheetNames(): string[];
  marker(sheet: string): string | undefined;
  cellOf(sheet: string, address: string): unknown;
  texts(sheet: string): string[];
};

it("imports two experts' files as expert sheets, reports each, and writes the summary over them", async () => {
  const folder = workbookFolder();
  const full = new Map(OFFICIAL_RUBRIC.criteria.map((c) => [c.code, { score: c.points as unknown }]));
  const zhang = await craftPanelFile(folder, "张三.xlsx", full);
  const partial = new Map(full);
  partial.delete("2.1.1");
  partial.set("3.6.2", { score: "十" });
  const li = await craftPanelFile(folder, "李四.xlsx", partial);

  const problems: string[] = [];
  const { browser, base } = built;
  const page = await browser.newPage({ viewport: { width: 460, height: 1000 }, locale: "zh-CN" });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (/\/office\.js(\?|$)/.test(url)) return route.fulfill({ path: OFFICE_DOUBLE, contentType: "text/javascript" });
    return url.startsWith(base) ? route.continue() : route.abort();
  });
  await page.goto(`${base}/taskpane.html`);
  await page.getByRole("tab", { name: "评审" }).click();
  await page.getByText("还没有评审工作表。").waitFor();

  await page.locator('input[type="file"]').setInputFiles([zhang, li]);
  await page.getByText("张三（张三.xlsx）：已打分 98 / 98").waitFor();
  await page.getByText("李四（李四.xlsx）：已打分 96 / 98").waitFor();
  await page.getByText('3.6.2 得分 "十" 不是数字', { exact: false }).waitFor();

  const sheets = await page.evaluate(() => (window as unknown as { __excelDouble: Double }).__excelDouble.sheetNames());
  expect(sheets).toEqual(["Sheet1", "张三", "李四"]);
  const marker = await page.evaluate(() => (window as unknown as { __excelDouble: Double }).__excelDouble.marker("李四"));
  expect(marker).toBe(`="qcity-sheet=1;rubric=${OFFICIAL_RUBRIC.id};role=assessment;assessor=李四"`);
  // The scores were copied as values: 1.1.1 (40 points) on row 4, 得分 in column G.
  expect(await page.evaluate(() => (window as unknown as { __excelDouble: Double }).__excelDouble.cellOf("张三", "G4"))).toBe(40);
  await page.getByText("张三（专家评分表）").waitFor();

  await page.getByRole("button", { name: "生成汇总表" }).click();
  await page.getByText("已生成“汇总表”（2 位专家）。").waitFor();
  const summaryFormula = await page.evaluate(() => (window as unknown as { __excelDouble: Double }).__excelDouble.cellOf("汇总表", "H6"));
  expect(summaryFormula).toBe('=IF(ISNUMBER(张三!G4),IF(AND(张三!G4>=0,张三!G4<=E6),张三!G4,""),"")');
  await page.getByRole("button", { name: "更新汇总表" }).waitFor();

  // The checks tab on the summary reads the expert sheets: each expert's total and the panel findings.
  await page.getByRole("tab", { name: "检查" }).click();
  const panel = page.getByRole("region", { name: "评审问题" });
  await panel.getByText("汇总方法：平均。专家分歧阈值 30%，自评偏高阈值 30%（占分值）。").waitFor();
  expect(await panel.getByRole("row").allTextContents()).toEqual(["评价人合计已打分", "张三100098 / 98", `李四${1000 - 20 - 10}96 / 98`]);
  await panel.getByRole("button", { name: /^专家未打分\s*2$/ }).click();
  await panel.getByText("2.1.1 专家未打分：李四（按已打分的 1 位专家汇总）").waitFor();
  mkdirSync(OUT, { recursive: true });
  // For the picture only: the accordion's opening animation ends (docs/summary-checks.png is copied by hand from out/).
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, "summary-checks.png"), fullPage: true });
  // 生成评价报告 on the summary: the report sheet carries the panel too.
  await page.getByRole("button", { name: "生成评价报告" }).click();
  await page.getByText("已生成评价报告：工作表“评价报告”。").waitFor();
  const reportTexts = await page.evaluate(() => (window as unknown as { __excelDouble: Double }).__excelDouble.texts("评价报告"));
  expect(reportTexts).toContain("2.1.1 专家未打分：李四（按已打分的 1 位专家汇总）");
  await page.getByRole("tab", { name: "评审" }).click();

  // 完成评分 fills 评价人 and 日期 and protects the sheet; 解除锁定 asks first.
  await page.getByRole("listitem").filter({ hasText: "张三（专家评分表）" }).getByRole("button", { name: "完成评分" }).click();
  await page.getByText("张三（专家评分表，已完成评分）").waitFor();
  const signOffRow = buildLayout(OFFICIAL_RUBRIC).table.signOff!.row + 1; // 1-based row of the sign-off line
  expect(await page.evaluate((row) => (window as unknown as { __excelDouble: Double }).__excelDouble.cellOf("张三", `B${row}`), signOffRow)).toBe("张三");
  expect(await page.evaluate((row) => (window as unknown as { __excelDouble: Double }).__excelDouble.cellOf("张三", `G${row}`), signOffRow)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, "panel-pane.png"), fullPage: true });
  await page.getByRole("button", { name: "解除锁定" }).click();
  await page.getByText("解除锁定后这张表可以再次修改。确定解除吗？").waitFor();
  await page.getByRole("button", { name: "确定" }).click();
  await page.getByText("张三（专家评分表）").waitFor();

  expect(problems).toEqual([]);
  await page.close();
});
