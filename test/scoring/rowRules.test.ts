import { checkScoreRow, describeProblem } from "../../src/scoring";

const pane = { reportUnscored: true, zeroMeansBlank: false };
const fn = { reportUnscored: false, zeroMeansBlank: true };
const kinds = (row: Parameters<typeof checkScoreRow>[0], o = pane) => checkScoreRow(row, o).map((p) => p.kind);

describe("checkScoreRow", () => {
  it("accepts a full score with evidence", () => {
    expect(kinds({ code: "3.6.2", cap: 10, score: 10, evidence: "文件", note: "" })).toEqual([]);
  });

  it("flags a score over the cap, with value and cap", () => {
    expect(checkScoreRow({ code: "3.6.2", cap: 10, score: 12, evidence: "x", note: "x" }, pane)).toEqual([
      { kind: "over-cap", code: "3.6.2", value: 12, cap: 10 },
    ]);
  });

  it("flags negative scores", () => {
    expect(kinds({ code: "1.1.1", cap: 40, score: -5, evidence: "x", note: "x" })).toEqual(["negative"]);
  });

  it("flags text, full-width digits, booleans and dates as not-a-number, suggesting the number where there is one", () => {
    expect(checkScoreRow({ code: "1.1.1", cap: 40, score: "１２．５" }, pane)).toEqual([
      { kind: "not-a-number", code: "1.1.1", value: "１２．５", cap: 40, suggested: 12.5 },
    ]);
    expect(kinds({ code: "1.1.1", cap: 40, score: "好" })).toEqual(["not-a-number"]);
    expect(checkScoreRow({ code: "1.1.1", cap: 40, score: "４０" }, pane)).toEqual([
      { kind: "not-a-number", code: "1.1.1", value: "４０", cap: 40, suggested: 40 },
    ]);
    expect(kinds({ code: "1.1.1", cap: 40, score: true })).toEqual(["not-a-number"]);
    expect(kinds({ code: "1.1.1", cap: 40, score: new Date(2026, 1, 3) })).toEqual(["not-a-number"]);
  });

  it("gives number text whose number is negative or over the cap no suggestion, only the number it reads as", () => {
    expect(checkScoreRow({ code: "1.1.1", cap: 40, score: "－５" }, pane)).toEqual([{ kind: "not-a-number", code: "1.1.1", value: "－５", cap: 40, readsAs: -5 }]);
    expect(checkScoreRow({ code: "1.1.1", cap: 40, score: "４１" }, fn)).toEqual([{ kind: "not-a-number", code: "1.1.1", value: "４１", cap: 40, readsAs: 41 }]);
  });

  it("reports unscored rows only when asked", () => {
    expect(kinds({ code: "1.1.1", cap: 40, score: "" })).toEqual(["unscored"]);
    expect(kinds({ code: "1.1.1", cap: 40, score: null }, fn)).toEqual([]);
  });

  it("treats 0 as a score in the pane, and as blank where Excel sends blanks as 0", () => {
    expect(kinds({ code: "1.1.1", cap: 40, score: 0, evidence: "x", note: "扣完" })).toEqual([]);
    expect(kinds({ code: "1.1.1", cap: 40, score: 0, evidence: 0, note: 0 }, fn)).toEqual([]);
    expect(kinds({ code: "1.1.1", cap: 40, score: 30, evidence: 0, note: 0 }, fn)).toEqual(["missing-evidence", "missing-deduction-note"]);
  });

  it("flags missing evidence and a partial score with no deduction note", () => {
    expect(kinds({ code: "2.2.1", cap: 30, score: 20, evidence: "  ", note: null })).toEqual(["missing-evidence", "missing-deduction-note"]);
    expect(kinds({ code: "2.2.1", cap: 30, score: 30, evidence: null, note: null })).toEqual(["missing-evidence"]);
  });

  it("leaves evidence alone when the table has no such column", () => {
    expect(kinds({ code: "2.2.1", cap: 30, score: 20 })).toEqual([]);
  });
});

describe("describeProblem", () => {
  it("names the criterion, the value and the cap, in Chinese by default", () => {
    expect(describeProblem({ kind: "over-cap", code: "3.6.2", value: 12, cap: 10 })).toBe("3.6.2 得分 12 超过分值 10");
    expect(describeProblem({ kind: "not-a-number", code: "1.1.1", value: "５", cap: 40, suggested: 5 })).toBe(
      '1.1.1 得分 "５" 是文本，不是数字；请改为半角数字 5',
    );
  });

  it("says number text is text and out of range, without suggesting its number", () => {
    expect(describeProblem({ kind: "not-a-number", code: "1.1.1", value: "－５", cap: 40, readsAs: -5 })).toBe(
      '1.1.1 得分 "－５" 是文本，且读作 -5，为负数；请填写 0 到 40 之间的半角数字',
    );
    expect(describeProblem({ kind: "not-a-number", code: "3.6.2", value: "１２", cap: 10, readsAs: 12 }, "en-US")).toBe(
      '3.6.2: score "１２" is text, and as a number (12) it exceeds the cap of 10 points; enter a number from 0 to 10 with half-width digits',
    );
  });

  it("speaks English for en-US", () => {
    expect(describeProblem({ kind: "over-cap", code: "3.6.2", value: 12, cap: 10 }, "en-US")).toBe("3.6.2: score 12 exceeds the cap of 10 points");
  });
});
