import ExcelJS from "exceljs";
import { buildRubric } from "../../src/rubric/build";
import { CARRIED_CHUNK, carriedRubricCells } from "../../src/rubric/carriedCells";
import { readCarriedRubrics } from "../../src/rubric/carriedCheck";
import { RubricRegistry } from "../../src/rubric/registry";
import { resolveRubric } from "../../src/rubric/resolve";
import { shippedRubrics } from "../../src/rubric/shipped";
import { buildLayout } from "../../src/layout/buildLayout";
import { workbookBuffer } from "../../src/xlsx/writeWorkbook";
import { readWorkbookSnapshots } from "../../src/xlsx/readSnapshot";
import { bigRubricSource } from "../helpers/bigRubric";
import { provincialSource } from "../helpers/provincialRubric";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const provincial = buildRubric(provincialSource());

describe("the carried rubric sheet", () => {
  it("holds each rubric in one column, its JSON in pieces under Excel's cell limit, and reads them back", () => {
    const big = buildRubric(bigRubricSource(300));
    const cells = carriedRubricCells([big, provincial]);
    expect(cells[0]).toEqual(["generated-300", "zj-quality-2024"]);
    const json = JSON.stringify(big.data);
    expect(json.length).toBeGreaterThan(CARRIED_CHUNK);
    expect(cells.slice(1).map((row) => row[0]).join("")).toBe(json);
    expect(cells.every((row) => row.every((text) => text.length <= CARRIED_CHUNK))).toBe(true);
    const back = readCarriedRubrics(cells);
    expect(back.problems).toEqual([]);
    expect(back.rubrics.list().map((r) => r.id)).toEqual(["generated-300", "zj-quality-2024"]);
    expect(back.rubrics.get("generated-300")?.data).toEqual(big.data);
    expect(back.rubrics.get("zj-quality-2024")?.data).toEqual(provincialSource());
  });

  it("leaves out a damaged column and says which, keeping the others", () => {
    const cells = carriedRubricCells([provincial, OFFICIAL_RUBRIC]);
    cells[1]![0] = cells[1]![0]!.slice(0, 40);
    const back = readCarriedRubrics(cells);
    expect(back.rubrics.list().map((r) => r.id)).toEqual(["aqsiq-2009"]);
    expect(back.problems).toEqual(["QCITY_RUBRIC!A：携带的评价标准 zj-quality-2024 已损坏（不是有效的 JSON）"]);
  });

  it("is written very hidden by the ExcelJS writer, and every reader sees it", async () => {
    const buffer = await workbookBuffer(buildLayout(provincial), [provincial]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as never);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["质量兴市评价", "visible"],
      ["QCITY_RUBRIC", "veryHidden"],
    ]);
    const sheets = await readWorkbookSnapshots(buffer);
    const carried = readCarriedRubrics(sheets[1]!.snapshot.values);
    expect(carried.rubrics.get("zj-quality-2024")?.totalPoints).toBe(100);
  });
});

describe("resolveRubric", () => {
  const shipped = shippedRubrics();
  const carried = new RubricRegistry([provincial]);
  const fallback = OFFICIAL_RUBRIC;

  it("takes the user's rubric first, then the marker's id carried before shipped", () => {
    expect(resolveRubric({ option: provincial, markerId: "aqsiq-2009", carried, shipped, fallback })).toMatchObject({ ok: true, origin: "option", rubric: provincial });
    expect(resolveRubric({ markerId: "zj-quality-2024", carried, shipped, fallback })).toMatchObject({ ok: true, origin: "carried", rubric: provincial });
    expect(resolveRubric({ markerId: "aqsiq-2009", carried, shipped, fallback })).toMatchObject({ ok: true, origin: "shipped", rubric: OFFICIAL_RUBRIC });
  });

  it("refuses an id that is neither carried nor shipped", () => {
    expect(resolveRubric({ markerId: "gd-2023", carried, shipped, fallback })).toEqual({ ok: false, reason: "unknown-id", id: "gd-2023" });
  });

  it("without a marker, uses the only carried rubric, else the fallback", () => {
    expect(resolveRubric({ carried, shipped, fallback })).toMatchObject({ origin: "carried", rubric: provincial });
    expect(resolveRubric({ carried: new RubricRegistry(), shipped, fallback })).toMatchObject({ origin: "default", rubric: OFFICIAL_RUBRIC });
  });
});
