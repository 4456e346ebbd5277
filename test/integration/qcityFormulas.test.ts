/**
 * The inserted sheet's QCITY totals against the native formulas of the export:
 * the qcity-style layout recalculates in HyperFormula (with the QCITY functions
 * registered) as scores change, and every total equals what the native-style
 * layout gives in HyperFormula and in LibreOffice for the same scores.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildLayout } from "../../src/layout/buildLayout";
import type { LayoutCell, WorksheetLayout } from "../../src/layout/types";

import { readWorkbookGrid } from "../../src/xlsx/readWorkbookGrid";
import { workbookBuffer } from "../../src/xlsx/writeWorkbook";
import { recalculatingProfile, requireProgram, sofficeConvert } from "./externalTools";
import { criterionRows, formulaValues, loadLayout, setScores } from "./hyperformula/loadLayout";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

jest.setTimeout(300_000);

const OUT = resolve(__dirname, "../../out/integration/qcity-formulas");
const qcityLayout = buildLayout(OFFICIAL_RUBRIC, { formulaStyle: "qcity" });
const nativeLayout = buildLayout(OFFICIAL_RUBRIC, { formulaStyle: "native" });

/** Full, partial (x.5), empty, zero and near-full scores in turn. */
const scores: Record<string, number | null> = Object.fromEntries(
  OFFICIAL_RUBRIC.criteria.map((c, i) => [c.code, [c.points, c.points / 2 + 0.5, null, 0, c.points - 1][i % 5] ?? null]),
);
const sum = (values: Record<string, number | null>, section: string) =>
  OFFICIAL_RUBRIC.criteria.reduce((total, c) => (c.code === section || c.code.startsWith(`${section}.`) || section === "" ? total + (values[c.code] ?? 0) : total), 0);

/** Numbers rounded to 9 decimals, so engines that round their output differently compare equal. */
function rounded(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v]));
}

describe("QCITY totals in HyperFormula", () => {
  const qcity = loadLayout(qcityLayout);
  const native = loadLayout(nativeLayout);

  it("put formulas in the same cells in both styles, QCITY ones only in the qcity style", () => {
    const qcityCells = Object.keys(formulaValues(qcity));
    expect(qcityCells).toEqual(Object.keys(formulaValues(native)));
    expect(qcityCells.length).toBe(11);
    const formulas = qcityLayout.cells.flat().filter((c): c is { formula: string } => c !== null && typeof c === "object");
    expect(formulas.every((f) => f.formula.includes("QCITY."))).toBe(true);
    expect(nativeLayout.cells.flat().some((c) => c !== null && typeof c === "object" && c.formula.includes("QCITY."))).toBe(false);
  });

  it("update when the scores are filled and when one cell changes, and equal the native formulas", () => {
    setScores(qcity, scores);
    setScores(native, scores);
    const { row, col } = qcityLayout.table.grandTotalCell;
    const grand = () => qcity.engine.getCellValue({ sheet: qcity.sheet, row, col });
    expect(grand()).toBe(sum(scores, ""));
    expect(rounded(formulaValues(qcity))).toEqual(rounded(formulaValues(native)));

    setScores(qcity, { "3.6.2": 2.5 });
    setScores(native, { "3.6.2": 2.5 });
    const changed = { ...scores, "3.6.2": 2.5 };
    expect(grand()).toBe(sum(changed, ""));
    expect(sum(changed, "")).not.toBe(sum(scores, ""));
    const category3 = qcityLayout.table.summary.rows.find((r) => r.section === "3")!;
    expect(qcity.engine.getCellValue({ sheet: qcity.sheet, row: category3.row, col: category3.scoreCol })).toBe(sum(changed, "3"));
    expect(rounded(formulaValues(qcity))).toEqual(rounded(formulaValues(native)));
  });
});

describe("QCITY totals against LibreOffice", () => {
  let libreOffice: Record<string, unknown>;
  const changed = { ...scores, "3.6.2": 2.5, "1.1.1": 12 };

  beforeAll(async () => {
    requireProgram("soffice", "libreoffice-calc");
    mkdirSync(OUT, { recursive: true });
    const filled = join(OUT, "native-filled.xlsx");
    writeFileSync(filled, await workbookBuffer(withScores(nativeLayout, changed)));
    const grid = await readWorkbookGrid(sofficeConvert(recalculatingProfile(), filled, "xlsx", join(OUT, "recalculated")));
    libreOffice = Object.fromEntries(Object.keys(formulaValues(loadLayout(nativeLayout))).map((address) => [address, cellOf(grid, address)]));
  });

  it("gives the same numbers for the native export as the QCITY functions", () => {
    const qcity = loadLayout(qcityLayout);
    setScores(qcity, changed);
    const fromQcity = rounded(formulaValues(qcity));
    expect(Object.values(fromQcity).every((v) => typeof v === "number")).toBe(true);
    expect(rounded(libreOffice)).toEqual(fromQcity);
  });
});

/** A copy of the layout with scores typed into its 得分 cells. */
function withScores(layout: WorksheetLayout, values: Record<string, number | null>): WorksheetLayout {
  const rows = criterionRows(layout);
  const col = layout.table.columns.score as number;
  const cells: LayoutCell[][] = layout.cells.map((line) => [...line]);
  for (const [code, value] of Object.entries(values)) cells[rows.get(code) as number]![col] = value;
  return { ...layout, cells };
}

/** The value at an A1 address (e.g. "G2") of a grid read back from a workbook. */
function cellOf(grid: readonly (readonly unknown[])[], address: string): unknown {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  const col = [...(letters as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return grid[Number(digits) - 1]?.[col] ?? null;
}
