/**
 * A panel on a province's rubric, in LibreOffice: two experts' files exported
 * from a 100-point rubric with grades and a veto, merged by `qcity merge`
 * without --rubric. After LibreOffice recalculates the output, the summary's
 * consolidated total, 适用分值 and 评价等级 are what this test computes, and its
 * 一票否决 answer is the panel's (是 when one expert says 是), which makes the
 * grade the lowest band, as on a single sheet.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildLayout } from "../../src/layout/buildLayout";
import { fillRows } from "../../src/layout/panel/filledSheet";
import { buildRubric } from "../../src/rubric/build";
import type { GridValue } from "../../src/table/grid";
import { workbookBuffer } from "../../src/xlsx/writeWorkbook";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbookGrid";
import { provincialSource } from "../helpers/provincialRubric";
import { runMerge } from "../cli/panelFiles";
import { main } from "../../src/cli/main";
import { recalculatingProfile, requireProgram, sofficeConvert } from "./externalTools";

jest.setTimeout(300_000);

const OUT = resolve(__dirname, "../../out/integration-provincial-panel");
const rubric = buildRubric(provincialSource());
const layout = buildLayout(rubric, {});
const share = { 甲: 0.9, 乙: 0.7 } as const;

async function expertFile(name: keyof typeof share, veto: string): Promise<void> {
  const base = buildLayout(rubric, { role: "assessment", assessor: name, formulaStyle: "native" });
  const entries = new Map(rubric.criteria.map((c) => [c.code, { score: c.points * share[name], evidence: "材料", note: null }]));
  const vetoes = new Map(rubric.veto.map((v) => [v.code, veto]));
  writeFileSync(join(OUT, `${name}.xlsx`), await workbookBuffer(fillRows(base, rubric, entries, base.sheetName, vetoes), [rubric]));
}

/** The value right of a label on the summary's title rows. */
function after(grid: readonly (readonly GridValue[])[], label: string): GridValue {
  for (const line of grid) {
    const at = line.indexOf(label);
    if (at >= 0) return line.slice(at + 1).find((v) => v !== null && v !== "") ?? null;
  }
  return null;
}

let profile: string;
beforeAll(() => {
  requireProgram("soffice", "libreoffice-calc");
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  profile = recalculatingProfile();
});

describe("a panel on a province's 100-point rubric, recalculated by LibreOffice", () => {
  it.each([
    ["否", "否", "否", "B"],
    ["是", "否", "是", "D（一票否决）"],
  ])("甲 %s, 乙 %s: the panel's answer is %s and the grade %s", async (first, second, answer, grade) => {
    await expertFile("甲", first);
    await expertFile("乙", second);
    const merged = await runMerge(OUT, "甲.xlsx", "乙.xlsx", "--out", "汇总.xlsx", "--force");
    expect(merged.err).toBe("");
    const grid = (await readWorkbookGrid(sofficeConvert(profile, join(OUT, "汇总.xlsx"), "xlsx", join(OUT, `recalculated-${first}`)), "汇总表")) as GridValue[][];
    // The mean of 90 % and 70 % of every cap: 80 of 100 points, grade B (80 ≤ 80 % < 90) unless vetoed.
    expect(after(grid, "总评分：")).toBeCloseTo(80, 9);
    expect(after(grid, "适用分值：")).toBe(100);
    expect(after(grid, "评价等级：")).toBe(grade);
    const vetoRow = grid.find((line) => line.includes(rubric.veto[0]!.code))!;
    expect(vetoRow[layout.table.columns.score!]).toBe(answer);
    // qcity report on the merged file as written (no calculated values) computes the same grade.
    const out: string[] = [];
    expect(await main(["report", "汇总.xlsx", "--out", `report-${first}.html`, "--force"], { cwd: OUT, out: (t) => out.push(t), err: (t) => out.push(t) })).toBe(0);
    expect(out.join("\n")).toContain(`评价等级 ${grade}`);
  });
});
