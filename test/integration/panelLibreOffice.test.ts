/**
 * A panel in a real spreadsheet program (LibreOffice headless): `qcity merge`
 * of five crafted expert files and a self-assessment, and the same summary as
 * the task pane inserts it (through the recording Office.js double). After
 * LibreOffice recalculates, every consolidated 得分, total, 极差 and flag must
 * equal what this test computes on its own from the scores it wrote. The
 * summary is also printed to PDF and PNG (docs/panel-summary.png).
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { panelLayouts } from "../../src/layout/panel/panelLayouts";
import type { RowEntry } from "../../src/layout/panel/filledSheet";
import type { GridValue } from "../../src/table/grid";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbookGrid";
import { craftPanelFile, runMerge } from "../cli/panelFiles";
import { main } from "../../src/cli/main";
import { recalculatingProfile, requireProgram, run, sofficeConvert } from "./externalTools";
import { MemoryWorkbook, writeLayout } from "../../src/memory";
import { rectAddress } from "../../src/table/a1";
import { recordedWorkbook, recordSheets, type RecordedSheet } from "./recordedWorkbook";

jest.setTimeout(300_000);

const OUT = resolve(__dirname, "../../out/integration-panel");
const EXPERTS = ["张三", "李四", "O'Neil Chen", "阿依古丽·买买提", "2024 王五"];
const criteria = OFFICIAL_RUBRIC.criteria;

/** Expert e's score of criterion i, in half points within the cap; some crafted cases below. */
function expertScore(e: number, i: number): number | string | null {
  const c = criteria[i]!;
  if (c.code === "3.6.2") return [10, 4, 9, 8, 7][e]!; // 专家分歧: spread 6 of 10
  if (c.code === "2.1.1" && e === 1) return null; // 李四 left it blank: mean of four
  if (c.code === "1.1.1" && e === 2) return "三十"; // text: counts as unscored
  if (c.code === "4.7.1" && e === 0) return 99; // over the cap (40): counts as unscored
  if (c.code === "2.2.1") return [12, 14, 13, 12, 15][e]!; // well below the self-assessment
  const base = Math.round(c.points * 1.5) / 2; // three quarters of the cap, in half points
  return Math.min(c.points, Math.max(0, base + ((e * 2 + i) % 3) / 2 - 0.5));
}

function selfScore(i: number): number | null {
  const c = criteria[i]!;
  if (c.code === "3.6.2") return 10; // 10 against a consolidated 8: 2 ≤ 3 points, not flagged
  if (c.code === "2.2.1") return 30; // 30 against 13: 自评偏高
  return i % 7 === 0 ? null : c.points;
}

/** The valid scores of criterion i, as the summary must count them. */
function valid(i: number): number[] {
  const cap = criteria[i]!.points;
  return EXPERTS.map((_, e) => expertScore(e, i)).filter((s): s is number => typeof s === "number" && s >= 0 && s <= cap);
}

/** Drop one highest and one lowest with five or more scores, else the mean. Computed here, not by src/. */
function expectedTrimmed(i: number): number | null {
  const s = valid(i).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const kept = s.length >= 5 ? s.slice(1, -1) : s;
  return kept.reduce((a, b) => a + b, 0) / kept.length;
}

function expectedSpread(i: number): number {
  const s = valid(i);
  return Math.max(...s) - Math.min(...s);
}

function entriesOf(score: (i: number) => number | string | null): Map<string, RowEntry> {
  return new Map(criteria.map((c, i) => [c.code, { score: score(i), evidence: "材料", ...(i % 3 === 0 && { note: `扣 ${c.code}` }) }]));
}

let profile: string;

beforeAll(() => {
  requireProgram("soffice", "libreoffice-calc");
  requireProgram("pdftoppm", "poppler-utils");
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  profile = recalculatingProfile();
});

/** Checks a recalculated summary grid against the independent computation. */
function expectSummary(grid: readonly (readonly GridValue[])[], self: boolean): void {
  const header = grid.findIndex((line) => line.includes("评价准则") && line.includes("得分"));
  const cols = grid[header]!;
  const col = (title: string) => cols.indexOf(title);
  const first = header + 1;
  expect(EXPERTS.map((e) => col(`得分（${e}）`))).toEqual(EXPERTS.map((_, i) => col("得分") + (self ? 2 : 1) + i));
  criteria.forEach((c, i) => {
    const line = grid[first + i]!;
    expect(String(line[col("评价准则")])).toMatch(new RegExp(`^${c.code.replace(/\./g, "\\.")}`));
    const consensus = expectedTrimmed(i);
    expect(line[col("得分")]).toBeCloseTo(consensus!, 9);
    expect(line[col("极差")]).toBeCloseTo(expectedSpread(i), 9);
    expect(line[col("评分人数")]).toBe(valid(i).length);
    expect(line[col("专家分歧")] ?? "").toBe(expectedSpread(i) > 0.3 * c.points ? "专家分歧" : "");
    if (self) {
      const s = selfScore(i);
      expect(line[col("自评得分")] ?? null).toBe(s);
      expect(line[col("自评偏高")] ?? "").toBe(s !== null && s - consensus! > 0.3 * c.points ? "自评偏高" : "");
    }
  });
  const unscored = (code: string) => grid[first + OFFICIAL_RUBRIC.criterion(code)!.index]![col("专家未打分")];
  expect(unscored("2.1.1")).toBe("李四");
  expect(unscored("1.1.1")).toBe("O'Neil Chen");
  expect(unscored("4.7.1")).toBe("张三");
  expect(grid[first + OFFICIAL_RUBRIC.criterion("3.6.2")!.index]![col("专家分歧")]).toBe("专家分歧");
  if (self) expect(grid[first + OFFICIAL_RUBRIC.criterion("2.2.1")!.index]![col("自评偏高")]).toBe("自评偏高");

  // Totals: the consolidated total, per expert, per category, and 总评分 above the table.
  const totalsRow = grid[first + criteria.length]!;
  const total = criteria.reduce((sum, _, i) => sum + (expectedTrimmed(i) ?? 0), 0);
  expect(totalsRow[col("得分")]).toBeCloseTo(total, 9);
  EXPERTS.forEach((name, e) => {
    const own = criteria.reduce((sum, c, i) => {
      const s = expertScore(e, i);
      return typeof s === "number" && s <= c.points ? sum + s : sum;
    }, 0);
    expect(totalsRow[col(`得分（${name}）`)]).toBeCloseTo(own, 9);
  });
  const grand = grid.find((line) => line.includes("总评分："))!;
  expect(grand[grand.indexOf("总评分：") + 1]).toBeCloseTo(total, 9);
  for (const category of OFFICIAL_RUBRIC.categories) {
    const line = grid.find((l, r) => r > first + criteria.length && l[0] === `${category.code}${category.name}`)!;
    const sum = criteria.reduce((s, c, i) => (c.categoryCode === category.code ? s + (expectedTrimmed(i) ?? 0) : s), 0);
    expect(line.filter((v) => typeof v === "number")).toEqual([category.points, expect.closeTo(sum, 9), expect.closeTo(sum / category.points, 9)]);
  }
}

describe("qcity merge, recalculated by LibreOffice", () => {
  let merged: string;
  let grid: GridValue[][];

  beforeAll(async () => {
    const input = join(OUT, "experts");
    mkdirSync(input);
    for (const [e, name] of EXPERTS.entries()) {
      const cells = new Map(criteria.map((c, i) => [c.code, { score: expertScore(e, i), ...(i % 4 === 0 && { note: `${name}扣分` }) }]));
      await craftPanelFile(input, `${name}.xlsx`, cells);
    }
    await craftPanelFile(OUT, "self.xlsx", new Map(criteria.map((c, i) => [c.code, { score: selfScore(i) }])));
    const files = EXPERTS.map((name) => join("experts", `${name}.xlsx`));
    const result = await runMerge(OUT, ...files, "--self", "self.xlsx", "--method", "trimmed", "--out", "merged.xlsx");
    expect(result.err).toBe("");
    expect(result.code).toBe(1);
    expect(result.out).toContain("3.6.2 专家分歧：张三 10、李四 4、O'Neil Chen 9、阿依古丽·买买提 8、2024 王五 7（极差 6，超过分值 10 的 30%）");
    merged = join(OUT, "merged.xlsx");
    const recalculated = sofficeConvert(profile, merged, "xlsx", join(OUT, "recalculated"));
    grid = (await readWorkbookGrid(recalculated, "汇总表")) as GridValue[][];
  });

  it("gives the trimmed mean, spread, counts, flags and totals computed independently", () => {
    expectSummary(grid, true);
  });

  it("checks the same with qcity check, before and after LibreOffice recalculated it", async () => {
    const header = grid.findIndex((line) => line.includes("评价准则") && line.includes("得分"));
    const calculated = grid[header + 1 + criteria.length]![grid[header]!.indexOf("得分")] as number;
    for (const file of [merged, join(OUT, "recalculated", "merged.xlsx")]) {
      const out: string[] = [];
      const code = await main(["check", file, "--sheet", "汇总表", "--json"], { cwd: OUT, out: (t) => out.push(t), err: (t) => out.push(t) });
      expect(code).toBe(1);
      const report = JSON.parse(out.join("\n")) as { summary: { total: number }; panel: { method: string; findings: { kind: string; code: string }[] } };
      // The total qcity computes from the expert sheets is the one LibreOffice's native formulas give.
      expect(report.summary.total).toBeCloseTo(calculated, 9);
      expect(report.panel.method).toBe("trimmed");
      expect(report.panel.findings.filter((f) => f.kind === "self-above").map((f) => f.code)).toEqual(["2.2.1"]);
      expect(report.panel.findings.filter((f) => f.kind === "expert-disagreement").map((f) => f.code)).toContain("3.6.2");
    }
  });

  it("prints the summary (docs/panel-summary.png)", () => {
    const pdf = sofficeConvert(profile, merged, "pdf", join(OUT, "pdf"));
    run("pdftoppm", ["-png", "-r", "110", "-f", "1", "-l", "1", pdf, join(OUT, "pdf", "summary")]);
    const png = readdirSync(join(OUT, "pdf")).find((f) => f.endsWith(".png"));
    expect(png).toBeDefined();
    // Copied into docs/ by hand after a look: `cp out/integration-panel/panel-summary.png docs/`.
    copyFileSync(join(OUT, "pdf", png!), join(OUT, "panel-summary.png"));
  });
});

describe("the inserted summary, recalculated by LibreOffice", () => {
  const { sheets } = panelLayouts(OFFICIAL_RUBRIC, {
    experts: EXPERTS.map((name, e) => ({ name, sheetName: name, entries: entriesOf((i) => expertScore(e, i)) })),
    self: { name: "自评", sheetName: "自评表", entries: entriesOf(selfScore) },
    method: "trimmed",
  });

  it("through the recording Office.js double gives the same numbers as the merge", async () => {
    const path = join(OUT, "inserted.xlsx");
    writeFileSync(path, await recordedWorkbook(await recordSheets(sheets)));
    const grid = (await readWorkbookGrid(sofficeConvert(profile, path, "xlsx", join(OUT, "inserted")), "汇总表")) as GridValue[][];
    expectSummary(grid, true);
  });

  it("through the in-memory workbook gives the same numbers", async () => {
    const book = new MemoryWorkbook([]);
    for (const layout of sheets) writeLayout(book.addSheet(layout.sheetName), layout);
    const recorded: RecordedSheet[] = book.sheets.map((sheet) => {
      const formulas: unknown[][] = [];
      for (const { row, col, cell } of sheet.entries()) {
        const line = (formulas[row] ??= []);
        line[col] = cell.formula !== undefined ? `=${cell.formula.replace(/^=/, "")}` : cell.value;
      }
      const names = sheet.names.map((n) => ({ name: n.name, address: rectAddress(n.rect) }));
      return { name: sheet.name, formulas: Array.from(formulas, (line) => Array.from(line ?? [], (v) => v ?? null)), names };
    });
    const path = join(OUT, "memory.xlsx");
    writeFileSync(path, await recordedWorkbook(recorded));
    const grid = (await readWorkbookGrid(sofficeConvert(profile, path, "xlsx", join(OUT, "memory")), "汇总表")) as GridValue[][];
    expectSummary(grid, true);
  });
});
