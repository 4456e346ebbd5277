import { checkActiveSheet } from "../../src/excel/checkSheet";
import { clearHighlights } from "../../src/excel/clearHighlights";
import { readActiveSheet } from "../../src/excel/readSheet";

import { FIRST_CRITERION_ROW, fullMarks, officialGrid } from "../helpers/officialGrid";
import { mockWorkbook, sheetState } from "./mockWorkbook";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const row = (code: string) => OFFICIAL_RUBRIC.criterion(code)!.index + FIRST_CRITERION_ROW + 1;
const scored = (scores: Record<string, unknown>, evidence: Record<string, unknown> = {}) => {
  const base = fullMarks();
  return sheetState(officialGrid({ scores: { ...base.scores, ...scores } as never, evidence: { ...base.evidence, ...evidence } as never }));
};

describe("checkActiveSheet (office-addin-mock)", () => {
  it("reads the sheet in one sync and writes the highlights in one more", async () => {
    const book = mockWorkbook(scored({ "1.1.1": 45, "3.6.2": "５" }, { "2.1.1": "" }));
    const outcome = await checkActiveSheet(book.context, "zh-CN", OFFICIAL_RUBRIC);
    expect(book.sync).toHaveBeenCalledTimes(2);
    expect(outcome.status).toBe("checked");
    if (outcome.status !== "checked") return;
    expect(outcome.sheetName).toEqual("质量兴市评价");
    expect(outcome.findings.map((f) => [f.kind, f.address])).toEqual([
      ["over-cap", `G${row("1.1.1")}`],
      ["missing-evidence", `H${row("2.1.1")}`],
      ["not-a-number", `G${row("3.6.2")}`],
    ]);
    // One format per run of cells, the same formula on each: no list of ranges, whose separator depends on the locale.
    expect(book.formats.map((f) => [f.type, f.addresses, f.customOrNullObject.format.fill.color])).toEqual([
      ["Custom", `G${row("1.1.1")}`, "#FFC7CE"],
      ["Custom", `G${row("3.6.2")}`, "#FFC7CE"],
      ["Custom", `H${row("2.1.1")}`, "#FFEB9C"],
    ]);
    expect(new Set(book.formats.slice(0, 2).map((f) => f.customOrNullObject.rule.formula)).size).toBe(1);
    expect(book.rangeLists).toEqual([]);
  });

  it("writes nothing on a recheck that finds the same problems: one sync", async () => {
    const book = mockWorkbook(scored({ "1.1.1": 45 }));
    await checkActiveSheet(book.context, "zh-CN", OFFICIAL_RUBRIC);
    book.sync.mockClear();
    await checkActiveSheet(book.context, "zh-CN", OFFICIAL_RUBRIC);
    expect(book.sync).toHaveBeenCalledTimes(1);
    expect(book.formats).toHaveLength(1);
  });

  it("replaces a stale highlight and keeps the user's own conditional formats", async () => {
    const book = mockWorkbook(scored({ "1.1.1": 45 }));
    book.formats.push({
      id: "user1",
      type: "Custom",
      addresses: "A1:I101",
      customOrNullObject: { isNullObject: false, rule: { formula: "=$G4>30" }, format: { fill: { color: "#00FF00" }, font: {} } },
    });
    book.formats.push({ id: "bar", type: "DataBar", addresses: "G4:G101", customOrNullObject: { isNullObject: true, rule: { formula: "" }, format: { fill: {}, font: {} } } });
    await checkActiveSheet(book.context, "zh-CN", OFFICIAL_RUBRIC);
    book.setSheet(scored({ "1.2.1": 99 }));
    await checkActiveSheet(book.context, "zh-CN", OFFICIAL_RUBRIC);
    expect(book.formats.map((f) => [f.id, f.addresses])).toEqual([
      ["user1", "A1:I101"],
      ["bar", "G4:G101"],
      ["cf2", `G${row("1.2.1")}`],
    ]);
  });

  it("clears only its own highlights, leaving the sheet's formats as before", async () => {
    const book = mockWorkbook(scored({ "1.1.1": 45 }, { "2.1.1": "" }));
    const users = {
      id: "user1",
      type: "Custom",
      addresses: "H4:H101",
      customOrNullObject: { isNullObject: false, rule: { formula: "=AND(ISNUMBER($G4),LEN(TRIM($H4))=0)" }, format: { fill: { color: "#FFEB9C" }, font: {} } },
    };
    book.formats.push(users);
    await checkActiveSheet(book.context, "zh-CN", OFFICIAL_RUBRIC);
    expect(book.formats).toHaveLength(3);
    book.sync.mockClear();
    expect(await clearHighlights(book.context)).toBe(2);
    expect(book.formats).toEqual([users]);
    expect(book.sync).toHaveBeenCalledTimes(2);
  });

  it("reports a sheet without the table and removes stale highlights there", async () => {
    const book = mockWorkbook(scored({ "1.1.1": 45 }));
    await checkActiveSheet(book.context, "zh-CN", OFFICIAL_RUBRIC);
    book.setSheet(sheetState({ values: [["姓名", "成绩"]], formulas: [["姓名", "成绩"]] }));
    expect(await checkActiveSheet(book.context, "en-US", OFFICIAL_RUBRIC)).toEqual({
      status: "no-table",
      sheetName: "质量兴市评价",
      message:
        'No rubric table found on sheet "质量兴市评价": it needs a header row with both 评价准则 and 得分 (or Criterion and Score; a unit in brackets such as 得分（分） is fine), looked for in A1:AN400.',
    });
    expect(book.formats).toEqual([]);
  });

  it("places findings by the used range's address when it does not start at A1", async () => {
    const state = scored({ "1.1.1": 45 });
    const book = mockWorkbook({ ...state, address: "'质量兴市评价'!C3:K103" });
    const read = await readActiveSheet(book.context);
    expect(read.snapshot.origin).toEqual({ row: 2, col: 2 });
    const outcome = await checkActiveSheet(book.context, "zh-CN", OFFICIAL_RUBRIC);
    expect(outcome.status === "checked" && outcome.findings[0]?.address).toBe(`I${row("1.1.1") + 2}`);
  });

  describe("a user's conditional format that Excel cannot read (office-js #6827, #6835)", () => {
    const foreign = (id: string, unreadable: boolean) => ({
      id,
      type: "Custom",
      addresses: "A1:I101",
      unreadable,
      customOrNullObject: { isNullObject: false, rule: { formula: "=$G4>30" }, format: { fill: { color: "#00FF00" }, font: {} } },
    });

    it("does not stop the check: the own highlights are read one by one and replaced, the foreign rule left alone, and said once", async () => {
      const book = mockWorkbook(scored({ "1.1.1": 45 }));
      await checkActiveSheet(book.context, "zh-CN", OFFICIAL_RUBRIC);
      book.formats.push(foreign("user1", true), foreign("user2", false));
      book.setSheet(scored({ "1.2.1": 99 }));
      book.sync.mockClear();
      const outcome = await checkActiveSheet(book.context, "zh-CN", OFFICIAL_RUBRIC);
      expect(outcome.status).toBe("checked");
      expect(outcome.unreadableFormats).toBe(1);
      expect(outcome.status === "checked" && outcome.findings.map((f) => f.address)).toEqual([`G${row("1.2.1")}`]);
      expect(book.formats.map((f) => [f.id, f.addresses])).toEqual([
        ["user1", "A1:I101"],
        ["user2", "A1:I101"],
        ["cf2", `G${row("1.2.1")}`],
      ]);
      // The failed read, the read of ids and types, three rules each alone (sent at once), the highlight write.
      expect(book.sync).toHaveBeenCalledTimes(6);
    });

    it("clears the own highlights past it", async () => {
      const book = mockWorkbook(scored({ "1.1.1": 45 }));
      await checkActiveSheet(book.context, "zh-CN", OFFICIAL_RUBRIC);
      book.formats.unshift(foreign("user1", true));
      expect(await clearHighlights(book.context)).toBe(1);
      expect(book.formats.map((f) => f.id)).toEqual(["user1"]);
    });

    it("reads in one sync as before when every rule can be read", async () => {
      const book = mockWorkbook(scored({}));
      book.formats.push(foreign("user2", false));
      book.sync.mockClear();
      const read = await readActiveSheet(book.context);
      expect(read.unreadableFormats).toBe(0);
      expect(book.sync).toHaveBeenCalledTimes(1);
    });
  });
});
