import fc from "fast-check";
import { appliedMethod, consensus, roundPoints, TRIMMED_MIN_SCORES } from "../../../src/scoring/panel/consensus";

describe("consensus", () => {
  it("takes the mean over the experts who scored", () => {
    expect(consensus([10, 4, 9], "mean")).toEqual({ value: 23 / 3, count: 3, applied: "mean", spread: 6 });
    expect(consensus([8, null, 6], "mean")).toEqual({ value: 7, count: 2, applied: "mean", spread: 2 });
  });

  it("drops one highest and one lowest score with five or more scores", () => {
    expect(consensus([10, 4, 9, 8, 7], "trimmed")).toEqual({ value: 8, count: 5, applied: "trimmed", spread: 6 });
    // Ties: one highest (10) and one lowest (2) only.
    expect(consensus([10, 10, 2, 2, 6, 6], "trimmed").value).toBe(6);
    expect(consensus([5, 5, 5, 5, 5], "trimmed").value).toBe(5);
  });

  it("falls back to the mean below five scores, blanks not counted", () => {
    const result = consensus([10, 4, 9, 8, null], "trimmed");
    expect(result).toEqual({ value: 31 / 4, count: 4, applied: "mean", spread: 6 });
    expect(appliedMethod("trimmed", TRIMMED_MIN_SCORES - 1)).toBe("mean");
    expect(appliedMethod("trimmed", TRIMMED_MIN_SCORES)).toBe("trimmed");
    expect(appliedMethod("median", 2)).toBe("median");
  });

  it("takes the median, the mean of the middle two for an even count", () => {
    expect(consensus([10, 4, 9], "median").value).toBe(9);
    expect(consensus([10, 4, 9, 1], "median").value).toBe(6.5);
    expect(consensus([3, 3, 8, 8], "median").value).toBe(5.5);
  });

  it("gives null when nobody scored", () => {
    expect(consensus([null, null], "median")).toEqual({ value: null, count: 0, applied: "median", spread: null });
    expect(consensus([], "trimmed")).toEqual({ value: null, count: 0, applied: "mean", spread: null });
  });

  it.each([2, 3, 4, 5, 6, 7, 8, 9])("agrees with a direct computation for %i experts", (n) => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 40 }).map((x) => x / 4), { nil: null }), { minLength: n, maxLength: n }), (scores) => {
        const given = scores.filter((s): s is number => s !== null).sort((a, b) => a - b);
        const mean = given.reduce((a, b) => a + b, 0) / given.length;
        const m = consensus(scores, "mean");
        const t = consensus(scores, "trimmed");
        const d = consensus(scores, "median");
        if (given.length === 0) return m.value === null && t.value === null && d.value === null;
        const trimmed = given.length >= 5 ? (given.reduce((a, b) => a + b, 0) - given[0]! - given[given.length - 1]!) / (given.length - 2) : mean;
        const mid = given.length / 2;
        const median = given.length % 2 ? given[Math.floor(mid)]! : (given[mid - 1]! + given[mid]!) / 2;
        return (
          Math.abs(m.value! - mean) < 1e-9 &&
          Math.abs(t.value! - trimmed) < 1e-9 &&
          d.value === median &&
          m.spread === given[given.length - 1]! - given[0]! &&
          m.count === given.length
        );
      }),
    );
  });
});

describe("roundPoints", () => {
  it("rounds half away from zero as Excel's ROUND", () => {
    expect(roundPoints(2.675, 2)).toBe(2.68);
    expect(roundPoints(7.665, 2)).toBe(7.67);
    expect(roundPoints(23 / 3, 2)).toBe(7.67);
    expect(roundPoints(1.005, 2)).toBe(1.01);
    expect(roundPoints(8, 0)).toBe(8);
  });
});
