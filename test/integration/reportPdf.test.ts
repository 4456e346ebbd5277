/**
 * `qcity report --out FILE.pdf` with the real headless Chromium: one or two A4
 * portrait pages, the Chinese text intact; page 1 rendered to
 * out/report-page1.png (docs/report.png is a copy). Needs Debian's chromium,
 * poppler-utils and fonts-noto-cjk (scripts/install-test-deps.sh).
 */
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { craftWorkbook, fillFullMarks, workbookFolder } from "../cli/craftedWorkbook";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { pdfPages, requireProgram, run } from "./externalTools";

jest.setTimeout(120_000);

const OUT = join(__dirname, "..", "..", "out");
const cap = (code: string) => OFFICIAL_RUBRIC.criterion(code)?.points as number;

it("prints the report of a filled workbook to one or two A4 portrait pages", async () => {
  requireProgram("chromium", "chromium");
  requireProgram("pdftoppm", "poppler-utils");
  const folder = workbookFolder();
  await craftWorkbook(
    folder,
    "杭州市.xlsx",
    (_ws, at) => {
      fillFullMarks(at);
      at("1.1.1", "score").value = 32;
      at("1.1.1", "note").value = "工作方案未经政府常务会议审议";
      at("2.3.1", "score").value = 6;
      at("2.3.1", "note").value = "质量工作经费未单列";
      at("3.2.1", "score").value = cap("3.2.1") - 3;
      at("3.2.1", "note").value = "部分重点企业未建立首席质量官制度";
      at("3.6.2", "score").value = 12;
      at("4.2.1", "score").value = cap("4.2.1") - 5;
      at("4.2.1", "evidence").value = null;
      at("4.3.1", "score").value = null;
    },
    { province: "浙江省", city: "杭州市" },
  );
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["report", "杭州市.xlsx", "--out", "评价报告.pdf"], { cwd: folder, out: (t) => out.push(t), err: (t) => err.push(t) });
  expect({ code, err }).toEqual({ code: 0, err: [] });
  const pdf = join(folder, "评价报告.pdf");

  const pages = pdfPages(pdf);
  expect(pages.count).toBeGreaterThanOrEqual(1);
  expect(pages.count).toBeLessThanOrEqual(2);
  for (const size of pages.sizes) {
    expect(size.width).toBeCloseTo(595, -1);
    expect(size.height).toBeCloseTo(842, -1);
  }
  // Table cells wrap: compare without spaces and line breaks.
  const text = run("pdftotext", [pdf, "-"]).replace(/\s+/g, "");
  for (const words of ["质量兴市绩效评价报告", "浙江省", "杭州市", "扣分情况", "工作方案未经政府常务会议审议", "3.6.2得分12超过分值10", "复核人"]) {
    expect(text).toContain(words);
  }

  mkdirSync(OUT, { recursive: true });
  run("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, join(OUT, "report-page1")]);
  expect(statSync(join(OUT, "report-page1.png")).size).toBeGreaterThan(20_000);
});
