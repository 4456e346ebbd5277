/**
 * The exported workbook in a real spreadsheet program (LibreOffice headless):
 * the totals recalculate from filled scores, and the printed form is one A4
 * landscape page wide. Pages are rendered to PNG under out/integration/png
 * for a person to look at (docs/rubric-sheet.png is one of them).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";

import { buildLayout } from "../../src/layout/buildLayout";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbookGrid";
import { workbookBuffer } from "../../src/xlsx/writeWorkbook";
import { pdfPageText, pdfPages, recalculatingProfile, requireProgram, run, sofficeConvert } from "./externalTools";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

jest.setTimeout(300_000);

const OUT = resolve(__dirname, "../../out/integration");
const layout = buildLayout(OFFICIAL_RUBRIC, { province: "浙江", city: "杭州" });
const scoreCol = layout.table.columns.score as number;

/** Scores for the 98 criteria: full, partial, empty and zero in turn; null = left empty. */
const scores: (number | null)[] = OFFICIAL_RUBRIC.criteria.map((c, i) => [c.points, c.points / 2 - 0.5, null, 0][i % 4] ?? null);
const sumOf = (section: string) =>
  OFFICIAL_RUBRIC.criteria.reduce((sum, c, i) => (section === "" || c.categoryCode === section ? sum + (scores[i] ?? 0) : sum), 0);

let profile: string;
let exported: string;

beforeAll(async () => {
  requireProgram("soffice", "libreoffice-calc");
  for (const tool of ["pdfinfo", "pdftotext", "pdftoppm"]) requireProgram(tool, "poppler-utils");
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  profile = recalculatingProfile();
  exported = join(OUT, "exported.xlsx");
  writeFileSync(exported, await workbookBuffer(layout));
});

describe("LibreOffice recalculates the totals from filled scores", () => {
  let recalculated: Awaited<ReturnType<typeof readWorkbookGrid>>;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported);
    const ws = wb.getWorksheet(layout.sheetName)!;
    scores.forEach((score, i) => {
      if (score !== null) ws.getCell(layout.table.firstCriterionRow + i + 1, scoreCol + 1).value = score;
    });
    // Stale cached results, as a workbook saved before the scores were typed would hold: only a recalculation replaces them.
    layout.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell !== null && typeof cell === "object") ws.getCell(r + 1, c + 1).value = { formula: cell.formula, result: -1 } as ExcelJS.CellFormulaValue;
      }),
    );
    const filled = join(OUT, "filled.xlsx");
    await wb.xlsx.writeFile(filled);
    recalculated = await readWorkbookGrid(sofficeConvert(profile, filled, "xlsx", join(OUT, "recalculated")));
  });

  it("fills some scores in full, some partly and leaves some empty", () => {
    expect(scores.filter((s) => s === null)).toHaveLength(24);
    expect(sumOf("")).toBeGreaterThan(0);
    expect(sumOf("")).toBeLessThan(1000);
  });

  it("gives each category total and rate in the summary block", () => {
    for (const line of layout.table.summary.rows) {
      const cap = line.section === "" ? 1000 : OFFICIAL_RUBRIC.find(line.section)!.points;
      const row = recalculated[line.row]!;
      expect({ section: line.section, cap: row[line.capCol], score: row[line.scoreCol] }).toEqual({ section: line.section, cap, score: sumOf(line.section) });
      expect(row[line.rateCol] as number).toBeCloseTo(sumOf(line.section) / cap, 12);
    }
    expect(recalculated[layout.table.summary.rows[2]!.row]?.[layout.table.summary.rows[2]!.scoreCol]).toBe(sumOf("3"));
  });

  it("gives the grand total in the 总评分 cell", () => {
    const { row, col } = layout.table.grandTotalCell;
    expect(recalculated[row]?.[col - 1]).toBe("总评分：");
    expect(recalculated[row]?.[col]).toBe(sumOf(""));
    expect(sumOf("")).toBe(sumOf("1") + sumOf("2") + sumOf("3") + sumOf("4"));
  });
});

/**
 * Every page repeats the whole header row and holds criterion rows (so no page
 * is only title rows), all criteria in order. `hidden` is text cut off in its
 * cell, which the PDF still holds under a clip: it is left out of the page text.
 */
function expectWholeTableOnEveryPage(pdf: string, headerRow: string, hidden?: RegExp): void {
  const { count } = pdfPages(pdf);
  const seen: string[] = [];
  for (let page = 1; page <= count; page++) {
    const text = hidden === undefined ? pdfPageText(pdf, page) : pdfPageText(pdf, page).replace(hidden, "");
    // Split over two pages, the header row would not appear whole on any page. Its titles in order (text
    // from a merged cell across the page break may sit between them in the extracted text).
    let at = 0;
    const titles = headerRow.split(" ").filter((title) => (at = text.indexOf(title, at)) >= 0);
    expect({ page, header: titles.join(" ") }).toEqual({ page, header: headerRow });
    const codes = [...text.matchAll(/(?:^|\s)(\d\.\d{1,2}\.\d{1,2})(?=[^\d.])/g)].map((m) => m[1] as string);
    expect({ page, criterionRows: codes.length > 0 }).toEqual({ page, criterionRows: true });
    seen.push(...codes);
  }
  expect(seen).toEqual(OFFICIAL_RUBRIC.criteria.map((c) => c.code));
}

// 鑫 appears nowhere in the rubric, so the clipped city text can be told apart from the table.
describe("the printed 省/市 line without the evidence columns, with the longest province and a 300-character city", () => {
  let pdf: string;

  beforeAll(async () => {
    const path = join(OUT, "long-names.xlsx");
    const longNames = buildLayout(OFFICIAL_RUBRIC, { province: "新疆维吾尔自治区", city: "鑫".repeat(300), evidenceColumns: false });
    writeFileSync(path, await workbookBuffer(longNames));
    pdf = sofficeConvert(profile, path, "pdf", join(OUT, "long-names"));
  });

  it("prints the province on one line before its label, and 分 after the total", () => {
    const first = pdfPageText(pdf, 1);
    expect(first).toMatch(/新疆维吾尔自治区\s*省（自治区、直辖市）/);
    expect(first).toMatch(/总评分：\s*0分/);
  });

  it("keeps the repeated title rows short: every page still holds criterion rows, one page wide", () => {
    expect(pdfPages(pdf).count).toBeLessThan(15);
    expectWholeTableOnEveryPage(pdf, "评价项目 评价内容 评价准则 评价方法 分值 评价打分 得分", /鑫+/g);
  });
});

describe("the printed form", () => {
  let pdf: string;

  beforeAll(() => {
    pdf = sofficeConvert(profile, exported, "pdf", OUT);
  });

  it("prints on A4 landscape pages", () => {
    const { count, sizes } = pdfPages(pdf);
    expect(count).toBeGreaterThanOrEqual(3);
    expect(sizes).toHaveLength(count);
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(841.9, 0);
      expect(size.height).toBeCloseTo(595.3, 0);
    }
  });

  it("is one page wide: every page repeats the whole header row and holds criterion rows, in order", () => {
    expectWholeTableOnEveryPage(pdf, "评价项目 评价内容 评价准则 评价方法 分值 评价打分 得分 佐证材料 扣分说明");
  });

  it("prints the title, the 省/市 line, the footer and the summary in Chinese", () => {
    const { count } = pdfPages(pdf);
    const first = pdfPageText(pdf, 1);
    expect(first).toContain("质量兴市绩效评价指南（试行）");
    expect(first).toMatch(/浙江\s*省（自治区、直辖市）/);
    expect(first).toMatch(/第\s*1\s*页\s*共\s*\d+\s*页/);
    expect(pdfPageText(pdf, count)).toMatch(/合计\s+1000/);
  });

  it("renders the pages to PNG for a person to look at", () => {
    const dir = join(OUT, "png");
    mkdirSync(dir, { recursive: true });
    run("pdftoppm", ["-png", "-r", "110", pdf, join(dir, "page")]);
    const pages = readdirSync(dir).filter((f) => f.endsWith(".png"));
    expect(pages.length).toBe(pdfPages(pdf).count);
    for (const page of pages) expect(statSync(join(dir, page)).size).toBeGreaterThan(20_000);
    expect(existsSync(join(dir, pages[0]!))).toBe(true);
  });
});
