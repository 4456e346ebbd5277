import { officePorts } from "../../src/excel/officePorts";
import { buildLayout } from "../../src/layout/buildLayout";
import { MissingRequirementError } from "../../src/ports/errors";
import { createRechecker } from "../../src/taskpane/checks/rechecker";
import type { CheckOutcome } from "../../src/ports/checks";

import { FIRST_CRITERION_ROW, fullMarks, officialGrid } from "../helpers/officialGrid";
import { mockWorkbook, sheetState } from "./mockWorkbook";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const row = (code: string) => OFFICIAL_RUBRIC.criterion(code)!.index + FIRST_CRITERION_ROW + 1;
const scored = (scores: Record<string, unknown>) => {
  const base = fullMarks();
  return sheetState(officialGrid({ scores: { ...base.scores, ...scores } as never, evidence: base.evidence }));
};
const officeChecks = () => officePorts({ locale: "zh-CN", rubric: OFFICIAL_RUBRIC, build: buildLayout }).checks;
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

function liveChecks(book: ReturnType<typeof mockWorkbook>) {
  (globalThis as { Excel?: unknown }).Excel = book.excel;
  (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: () => true } } };
  const api = officeChecks();
  const outcomes: CheckOutcome[] = [];
  const errors: unknown[] = [];
  const rechecker = createRechecker(async () => void outcomes.push(await api.check({ highlight: true })), (e) => errors.push(e), 20);
  return { api, outcomes, errors, rechecker };
}

describe("live rechecking (office-addin-mock)", () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("rechecks the whole sheet on a paste event that carries no per-cell details, losing no finding", async () => {
    const book = mockWorkbook(scored({}));
    const { api, outcomes, rechecker, errors } = liveChecks(book);
    await api.watch(() => rechecker.request());
    await rechecker.now();
    expect(outcomes[0]).toMatchObject({ status: "checked", findings: [] });

    book.setSheet(scored({ "1.1.1": 45, "2.1.1": "１２", "3.6.2": -1, "4.7.1": true }));
    await book.fireChanged({ type: "WorksheetChanged", address: "G4:G101", changeType: "RangeEdited", source: "Local", triggerSource: "Unknown" });
    await settle();
    const last = outcomes[outcomes.length - 1];
    expect(last?.status === "checked" && last.findings.map((f) => [f.kind, f.address])).toEqual([
      ["over-cap", `G${row("1.1.1")}`],
      ["not-a-number", `G${row("2.1.1")}`],
      ["negative", `G${row("3.6.2")}`],
      ["not-a-number", `G${row("4.7.1")}`],
    ]);
    expect(errors).toEqual([]);
  });

  it("turns a burst of change events into one check, and rechecks on sheet activation", async () => {
    const book = mockWorkbook(scored({}));
    const { api, outcomes, rechecker } = liveChecks(book);
    await api.watch(() => rechecker.request());
    for (let i = 0; i < 5; i++) await book.fireChanged({ address: `G${4 + i}`, triggerSource: "Unknown" });
    await settle();
    expect(outcomes).toHaveLength(1);
    await book.fireActivated();
    await settle();
    expect(outcomes).toHaveLength(2);
  });

  it("ignores the add-in's own writes", async () => {
    const book = mockWorkbook(scored({}));
    const { api, outcomes, rechecker } = liveChecks(book);
    await api.watch(() => rechecker.request());
    await book.fireChanged({ address: "G4", triggerSource: "ThisLocalAddin" });
    await settle();
    expect(outcomes).toHaveLength(0);
  });

  it("does not loop when Excel reports the highlight writes as ordinary changes", async () => {
    const book = mockWorkbook(scored({ "1.1.1": 45 }));
    const { api, outcomes, rechecker } = liveChecks(book);
    await api.watch(() => rechecker.request());
    // Worst case: an older Excel build reports every batch that wrote something as a change from "Unknown".
    let writingSyncs = 0;
    let seen = "";
    book.sync.mockImplementation(async () => {
      await book.syncAll();
      const now = book.formats.map((f) => f.id).join();
      if (now !== seen) {
        seen = now;
        writingSyncs++;
        void book.fireChanged({ address: "G4", triggerSource: "Unknown" });
      }
    });
    await rechecker.now();
    await settle();
    await settle();
    expect(writingSyncs).toBe(1);
    expect(outcomes.map((o) => o.status === "checked" && o.findings.map((f) => f.kind))).toEqual([["over-cap"], ["over-cap"]]);
  });

  it("stops watching", async () => {
    const book = mockWorkbook(scored({}));
    const { api, rechecker } = liveChecks(book);
    const stop = await api.watch(() => rechecker.request());
    expect(book.handlerCount()).toBe(2);
    await stop();
    expect(book.handlerCount()).toBe(0);
  });
});

describe("the Office.js checks port on an Excel without ExcelApi 1.9", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("rejects with MissingRequirementError instead of calling Excel", async () => {
    (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: () => false } } };
    await expect(officeChecks().check({ highlight: true })).rejects.toThrow(MissingRequirementError);
  });
});
