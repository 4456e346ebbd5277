/**
 * The built task pane in Chromium, with office.js replaced by an in-memory
 * Excel double (officeDouble.js): insert the rubric sheet, type an over-cap
 * score and a score without evidence, see both findings, click one and check
 * the selected cell. Needs `npm run build` (or build:dev) and Debian's chromium.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "out");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".png": "image/png", ".json": "application/json" };

jest.setTimeout(90_000);

let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install it with "apt-get install -y --no-install-recommends chromium" (scripts/install-test-deps.sh does).`);
  }
  if (!existsSync(join(DIST, "taskpane.html"))) {
    throw new Error(`The built task pane is missing (${join(DIST, "taskpane.html")}): run "npm run build" or "npm run build:dev" first.`);
  }
  server = createServer((request, response) => {
    const path = normalize(join(DIST, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)));
    if (!path.startsWith(DIST) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openPane(problems: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (/\/office\.js(\?|$)/.test(url)) return route.fulfill({ path: join(__dirname, "officeDouble.js"), contentType: "text/javascript" });
    return url.startsWith(base) ? route.continue() : route.abort();
  });
  await page.goto(`${base}/taskpane.html`);
  return page;
}

it("lists an over-cap score and a score without evidence, and selects a finding's cell", async () => {
  const problems: string[] = [];
  const page = await openPane(problems);

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

  const text = await page.locator("body").innerText();
  expect(text).toContain("质量兴市评价助手");
  expect(text).toContain("超过分值");
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, "checks-pane.png"), fullPage: true });
  expect(problems).toEqual([]);
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
