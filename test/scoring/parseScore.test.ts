import { parseScore } from "../../src/scoring/parseScore";

describe("parseScore", () => {
  it.each([null, undefined, "", "   "])("reads %p as blank", (value) => {
    expect(parseScore(value)).toEqual({ kind: "blank" });
  });

  it("reads numbers, including 0 and negatives", () => {
    expect(parseScore(0)).toEqual({ kind: "number", value: 0 });
    expect(parseScore(12.5)).toEqual({ kind: "number", value: 12.5 });
    expect(parseScore(-5)).toEqual({ kind: "number", value: -5 });
  });

  it.each([
    ["５", 5],
    ["１２．５", 12.5],
    ["－５", -5],
    ["'8", 8],
    [" 8 ", 8],
    ["8", 8],
  ])("reads %p as number-like text worth %p", (text, value) => {
    expect(parseScore(text)).toEqual({ kind: "number-like-text", text, value });
  });

  it.each(["NaN", "Infinity", "1e999", "八", "12分", "1.2.3", "-"])("reads %p as text", (text) => {
    expect(parseScore(text)).toEqual({ kind: "text", text });
  });

  it("reads booleans, dates and non-finite numbers apart from scores", () => {
    expect(parseScore(true)).toEqual({ kind: "boolean", value: true });
    const date = new Date(2026, 0, 5);
    expect(parseScore(date)).toEqual({ kind: "date", value: date });
    expect(parseScore(Number.NaN).kind).toBe("invalid");
    expect(parseScore(Number.POSITIVE_INFINITY).kind).toBe("invalid");
    expect(parseScore({}).kind).toBe("invalid");
  });
});
