/**
 * A crafted provincial table (100 points, grades A/B/C/D, one veto, two
 * criteria that may be 不适用) end to end in a real spreadsheet program:
 * `qcity rubric import` → `qcity export --rubric` → filled with ExcelJS →
 * recalculated by LibreOffice headless (both workbooks in one soffice call).
 * The totals, applicable points, re-scaled total and grade on the sheet equal
 * what src/scoring/grade.ts computes; with the veto set to 是 the grade is
 * the lowest band. `qcity check` then reads the filled file with no --rubric.
 */
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import type { CliIo } from "../../src/cli/command";
import { main } from "../../src/cli/main";
import { buildLayout } from "../../src/layout/buildLayout";
import { parseRubricText } from "../../src/rubric/validate";
import { assess } from "../../src/scoring/grade";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbookGrid";
import { writeTypedTable } from "../helpers/typedTable";
import { recalculatingProfile, requireProgram, run } from "./externalTools";

jest.setTimeout(300_000);

function capture(cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

/** Scores by code: 2.1.2 and 3.1.1 (optional) do not apply; 1.2.1 and 2.2.1 lose points. */
const SCORES: Record<string, number | string> = {
  "1.1.1": 10,
  "1.1.2": 8,
  "1.2.1": 12,
  "2.1.1": 20,
  "2.1.2": "不适用",
  "2.2.1": 6,
  "3.1.1": "缺项",
  "3.1.2": 9,
};

const dir = mkdtempSync(join(tmpdir(), "qcity-provincial-"));
let recalculated: Record<"veto-no" | "veto-yes", unknown[][]>;

beforeAll(async () => {
  requireProgram("soffice", "libreoffice-calc");
  await writeTypedTable(join(dir, "table.xlsx"));
  const args = ["rubric", "import", "table.xlsx", "--id", "zj-quality-2024", "--grades", "A=90,B=80,C=60,D=0", "--veto", "发生区域性、系统性重大质量安全事件", "--scale", "100", "--out", "zj.json"];
  expect(await main(args, capture(dir))).toBe(0);
  expect(await main(["export", "--rubric", "zj.json", "--out", "zj.xlsx"], capture(dir))).toBe(0);
  for (const veto of ["否", "是"]) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "zj.xlsx"));
    const ws = wb.worksheets[0]!;
    ws.eachRow((row) => {
      const code = /^\d+\.\d+\.\d+/.exec(String(row.getCell(3).value ?? ""))?.[0];
      if (code !== undefined && SCORES[code] !== undefined) row.getCell(7).value = SCORES[code]!;
      if (row.getCell(1).value === "V1") row.getCell(7).value = veto;
    });
    await wb.xlsx.writeFile(join(dir, `veto-${veto === "是" ? "yes" : "no"}.xlsx`));
  }
  const out = join(dir, "recalculated");
  mkdirSync(out, { recursive: true });
  const profile = recalculatingProfile();
  run("soffice", ["--headless", "--norestore", `-env:UserInstallation=${pathToFileURL(profile).href}`, "--convert-to", "xlsx", "--outdir", out, join(dir, "veto-no.xlsx"), join(dir, "veto-yes.xlsx")], 180_000);
  recalculated = {
    "veto-no": await readWorkbookGrid(join(out, "veto-no.xlsx")),
    "veto-yes": await readWorkbookGrid(join(out, "veto-yes.xlsx")),
  } as Record<"veto-no" | "veto-yes", unknown[][]>;
});

describe("a provincial rubric on the sheet, recalculated in LibreOffice", () => {
  const checked = () => {
    const result = parseRubricText(readFileSync(join(dir, "zj.json"), "utf8"));
    if (!result.ok) throw new Error("zj.json is not valid");
    return result.rubric;
  };

  it("has the totals, applicable points, re-scaled total and grade the pure functions compute", () => {
    const rubric = checked();
    const layout = buildLayout(rubric);
    const grade = layout.table.grade!;
    const expected = assess(rubric, new Map(Object.entries(SCORES)), new Map([["V1", "否"]]));
    expect(expected).toMatchObject({ total: 65, applicablePoints: 75, grade: "B" });
    const grid = recalculated["veto-no"];
    const at = (cell: { row: number; col: number }) => grid[cell.row]?.[cell.col];
    expect(at(layout.table.grandTotalCell)).toBe(expected.total);
    expect(at(grade.applicableCell)).toBe(expected.applicablePoints);
    expect(at(grade.rescaledCell!)).toBeCloseTo(expected.rescaled!, 9);
    expect(at(grade.gradeCell!)).toBe("B");
    // The category summary: applicable / total points, and the rate over the applicable points.
    const summary = layout.table.summary.rows.map((row) => [grid[row.row]?.[row.scoreCol], grid[row.row]?.[row.applicableCol!], grid[row.row]?.[row.capCol]]);
    expect(summary).toEqual([...expected.categories.map((c) => [c.total, c.applicablePoints, c.points]), [expected.total, expected.applicablePoints, 100]]);
    const rates = layout.table.summary.rows.map((row) => grid[row.row]?.[row.rateCol] as number);
    expect(rates[1]).toBeCloseTo(26 / 30, 12);
  });

  it("gives the lowest band, saying why, when the veto is 是", () => {
    const layout = buildLayout(checked());
    const grid = recalculated["veto-yes"];
    const cell = layout.table.grade!.gradeCell!;
    expect(grid[cell.row]?.[cell.col]).toBe("D（一票否决）");
    expect(grid[layout.table.grandTotalCell.row]?.[layout.table.grandTotalCell.col]).toBe(65);
  });

  it("checks the filled file with no --rubric flag: the carried rubric's caps, 不适用 allowed where optional", async () => {
    const io = capture(dir);
    expect(await main(["check", "veto-no.xlsx", "--json"], io)).toBe(1);
    const report = JSON.parse(io.stdout.join("\n")) as { findings: { kind: string; code: string }[] };
    expect(report.findings.filter((f) => f.kind !== "missing-evidence" && f.kind !== "missing-deduction-note")).toEqual([]);
  });
});
