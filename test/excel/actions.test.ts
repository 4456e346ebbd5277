import { addEvidenceColumns } from "../../src/excel/evidenceColumns";
import { fixNumberText } from "../../src/excel/fixNumberText";
import { selectCell } from "../../src/excel/selectCell";
import { retryInCellEditMode } from "../../src/ports/editMode";
import { checkTable, planNumberTextFixes } from "../../src/scoring";

import { buildLayout } from "../../src/layout/buildLayout";
import { MISSING_FILL } from "../../src/layout/styles";
import { FIRST_CRITERION_ROW, fullMarks, officialGrid } from "../helpers/officialGrid";
import { mockWorkbook, sheetState } from "./mockWorkbook";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const row = (code: string) => OFFICIAL_RUBRIC.criterion(code)!.index + FIRST_CRITERION_ROW + 1;
const last = FIRST_CRITERION_ROW + OFFICIAL_RUBRIC.criteria.length;
const official7 = ["category", "item", "criterion", "method", "points", "guidance", "score"] as const;

describe("addEvidenceColumns", () => {
  it("writes the titles into the empty columns beside the table, copies the 得分 formats, adds both live highlights: two syncs", async () => {
    const book = mockWorkbook(sheetState(officialGrid({ columns: official7, scores: fullMarks().scores })));
    expect(await addEvidenceColumns(book.context, OFFICIAL_RUBRIC)).toEqual({ status: "added", titles: ["佐证材料", "扣分说明"], columnsAddress: "H:I", inserted: false });
    expect(book.sync).toHaveBeenCalledTimes(2);
    expect(book.inserts).toEqual([]);
    expect(book.writes).toEqual([{ address: `H3:I${last}`, copyFrom: `G3:G${last}` }]);
    expect(book.ranges.get("H3")?.values).toEqual([["佐证材料"]]);
    expect(book.ranges.get("I3")?.values).toEqual([["扣分说明"]]);
    expect(book.formats.map((f) => [f.addresses, f.customOrNullObject.rule.formula, f.customOrNullObject.format.fill])).toEqual([
      [`H4:H${last}`, "=AND(ISNUMBER(G4),LEN(TRIM(H4))=0)", { color: MISSING_FILL }],
      [`I4:I${last}`, "=AND(ISNUMBER(G4),G4<E4,LEN(TRIM(I4))=0)", { color: MISSING_FILL }],
    ]);
  });

  it("gives the new columns the same highlights as the inserted sheet's layout", async () => {
    const book = mockWorkbook(sheetState(officialGrid({ columns: official7 })));
    await addEvidenceColumns(book.context, OFFICIAL_RUBRIC);
    const layout = buildLayout(OFFICIAL_RUBRIC);
    const layoutFormats = layout.conditionalFormats.filter((f) => f.rect.left >= (layout.table.columns.evidence as number));
    expect(book.formats.map((f) => f.customOrNullObject.rule.formula)).toEqual(layoutFormats.map((f) => `=${f.formula}`));
  });

  it("adds only the 扣分说明 column and its highlight when 佐证材料 is there", async () => {
    const book = mockWorkbook(sheetState(officialGrid({ columns: [...official7, "evidence"] })));
    expect(await addEvidenceColumns(book.context, OFFICIAL_RUBRIC)).toEqual({ status: "added", titles: ["扣分说明"], columnsAddress: "I:I", inserted: false });
    expect(book.formats.map((f) => [f.addresses, f.customOrNullObject.rule.formula])).toEqual([[`I4:I${last}`, "=AND(ISNUMBER(G4),G4<E4,LEN(TRIM(I4))=0)"]]);
  });

  it("inserts whole columns when a cell beside the table holds something", async () => {
    const grid = officialGrid({ columns: official7 });
    grid.values[10]![7] = "审核意见";
    grid.formulas[10]![7] = "审核意见";
    const book = mockWorkbook(sheetState(grid));
    expect(await addEvidenceColumns(book.context, OFFICIAL_RUBRIC)).toMatchObject({ status: "added", inserted: true });
    expect(book.inserts).toEqual([{ address: "H:I", shift: "Right" }]);
  });

  it("refuses, writing nothing, when both columns exist", async () => {
    const book = mockWorkbook(sheetState(officialGrid()));
    expect(await addEvidenceColumns(book.context, OFFICIAL_RUBRIC)).toEqual({ status: "refused", reason: "already-present" });
    expect(book.sync).toHaveBeenCalledTimes(1);
    expect(book.writes).toEqual([]);
  });
});

describe("fixNumberText", () => {
  it("converts only the listed cells that still hold their text, and counts them", async () => {
    const grid = officialGrid({ scores: { "1.1.1": "３０", "1.2.1": "１２．５", "2.1.1": "好" } });
    const state = sheetState(grid);
    state.numberFormats[row("1.2.1") - 1]![6] = "@";
    const book = mockWorkbook(state);
    const fixes = planNumberTextFixes(checkTable(grid, { rubric: OFFICIAL_RUBRIC })!.findings);
    expect(fixes.map((f) => f.address)).toEqual([`G${row("1.1.1")}`, `G${row("1.2.1")}`]);

    // The assessor retyped 1.1.1 after the check: that cell is left alone.
    state.values[row("1.1.1") - 1]![6] = "28";
    expect(await fixNumberText(book.context, "质量兴市评价", fixes)).toEqual({ changed: 1, skipped: 1 });
    expect(book.sync).toHaveBeenCalledTimes(2);
    expect(book.ranges.get(`G${row("1.2.1")}`)?.values).toEqual([[12.5]]);
    expect(book.ranges.get(`G${row("1.2.1")}`)?.numberFormat).toEqual([["General"]]);
    expect(book.ranges.get(`G${row("1.1.1")}`)?.values).toEqual([["28"]]);
    expect([...book.ranges.keys()].sort()).toEqual([`G${row("1.1.1")}`, `G${row("1.2.1")}`].sort());
  });

  it("does nothing for an empty list", async () => {
    const book = mockWorkbook(sheetState(officialGrid()));
    expect(await fixNumberText(book.context, "质量兴市评价", [])).toEqual({ changed: 0, skipped: 0 });
    expect(book.sync).not.toHaveBeenCalled();
  });
});

describe("selectCell", () => {
  it("selects the finding's cell in one sync", async () => {
    const book = mockWorkbook(sheetState(officialGrid()));
    await selectCell(book.context, "质量兴市评价", "G12");
    expect(book.selections).toEqual(["G12"]);
    expect(book.sync).toHaveBeenCalledTimes(1);
  });
});

describe("retryInCellEditMode", () => {
  const editMode = Object.assign(new Error("The operation failed because Excel is in cell-edit mode."), { code: "InvalidOperationInCellEditMode" });
  const noSleep = () => Promise.resolve();

  it("tells the user once, then retries until the edit is finished", async () => {
    const action = jest.fn().mockRejectedValueOnce(editMode).mockRejectedValueOnce(editMode).mockResolvedValue("done");
    const onWaiting = jest.fn();
    expect(await retryInCellEditMode(action, { onWaiting, sleep: noSleep })).toBe("done");
    expect(action).toHaveBeenCalledTimes(3);
    expect(onWaiting).toHaveBeenCalledTimes(1);
  });

  it("throws other errors at once, and the edit-mode error after the last attempt", async () => {
    const other = new Error("ItemNotFound");
    await expect(retryInCellEditMode(jest.fn().mockRejectedValue(other), { onWaiting: jest.fn(), sleep: noSleep })).rejects.toBe(other);
    const stuck = jest.fn().mockRejectedValue(editMode);
    await expect(retryInCellEditMode(stuck, { onWaiting: jest.fn(), sleep: noSleep, attempts: 4 })).rejects.toBe(editMode);
    expect(stuck).toHaveBeenCalledTimes(4);
  });
});
