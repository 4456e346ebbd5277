import fc from "fast-check";
import { check, maxPoints, progress, scoreRate, sectionTotal, total } from "../../src/functions/functions";
import { criterionLabel, leadingCode } from "../../src/rubric";
import { installCustomFunctionsStub, StubCustomFunctionsError } from "./customFunctionsStub";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

beforeAll(installCustomFunctionsStub);

const CRITERIA = OFFICIAL_RUBRIC.criteria;

/** Blank cells as the Excel builds send them. */
const blank = fc.constantFrom(null, "", 0, "  ");

/** Anything a score cell may hold: numbers of every size and sign, text, NaN-like text, full-width digits, booleans, blanks. */
const anyCell = fc.oneof(
  blank,
  fc.integer({ min: -100, max: 100 }),
  fc.double(),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, -1e-308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
  fc.constantFrom("NaN", "Infinity", "-Infinity", "1e999", "#VALUE!", "#N/A", "５", "１２．５", "－５", "'8", " 8 ", "12分", "八"),
  fc.string(),
  fc.boolean(),
);

/** A criteria cell: official text, bare code, header and note text, category/item labels, unknown codes, numbers, blanks. */
const criteriaCell = fc.oneof(
  fc.constantFrom(...CRITERIA.map(criterionLabel)),
  fc.constantFrom(...CRITERIA.map((c) => c.code)),
  fc.constantFrom("评价准则", "质量兴市绩效评价指南（试行）", "1领导重视（140分）", "3.6", "3.6.99", "9.9.9x", 3.1, 9.9, true),
  blank,
  fc.string(),
);

const section = fc.oneof(
  fc.constantFrom("", "total", "1", "2", "3", "4", "3.6", "3.10", "3.6.2", 3, 3.1, 0, null),
  fc.constantFrom(...CRITERIA.map((c) => c.code)),
  anyCell,
);

/** A grid of random rows: [criteria column, scores column]. */
const randomGrid = fc.array(fc.tuple(criteriaCell, anyCell), { maxLength: 140 }).map(columns);

/** The official criteria, each at most once, in random order, with mostly valid scores. */
const mostlyValidTable = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 0, max: CRITERIA.length - 1 }), { maxLength: CRITERIA.length }),
    fc.infiniteStream(fc.oneof({ weight: 8, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }, { weight: 1, arbitrary: blank }, { weight: 1, arbitrary: anyCell })),
    fc.boolean(),
  )
  .map(([positions, values, bareCodes]) => {
    const stream = values[Symbol.iterator]();
    const rows = positions.map((p): [unknown, unknown] => {
      const criterion = CRITERIA[p]!;
      const value = stream.next().value as unknown;
      // A double in [0, 1] becomes a valid score in [0, cap]; anything else is kept as it is.
      const score = typeof value === "number" && value >= 0 && value <= 1 && !Object.is(value, -0) ? value * criterion.points : value;
      return [bareCodes ? criterion.code : criterionLabel(criterion), score];
    });
    return columns(rows);
  });

/** The total a person would add up: blanks skipped, numbers from 0 to the cap summed, anything else wrong. */
function referenceTotal(criteria: unknown[][], scores: unknown[][]): number | "bad score" {
  let sum = 0;
  for (let i = 0; i < criteria.length; i++) {
    const cap = OFFICIAL_RUBRIC.criterion(leadingCode(String(criteria[i]![0]))!)!.points;
    const score = scores[i]![0];
    if (score === null || score === 0 || (typeof score === "string" && score.trim() === "")) continue;
    if (typeof score !== "number" || !(score >= 0 && score <= cap)) return "bad score";
    sum += score;
  }
  return sum;
}

function columns(rows: readonly (readonly [unknown, unknown])[]): { criteria: unknown[][]; scores: unknown[][] } {
  return { criteria: rows.map((r) => [r[0]]), scores: rows.map((r) => [r[1]]) };
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: StubCustomFunctionsError };

/** Calls a function, failing the property on anything thrown that is not a CustomFunctions.Error. */
function outcome<T>(call: () => T): Outcome<T> {
  try {
    return { ok: true, value: call() };
  } catch (error) {
    if (error instanceof StubCustomFunctionsError) return { ok: false, error };
    throw error;
  }
}

function expectRealNumber(result: Outcome<number>): void {
  if (result.ok) {
    expect(typeof result.value).toBe("number");
    expect(Number.isFinite(result.value)).toBe(true);
  } else {
    expect(["#VALUE!", "#N/A"]).toContain(result.error.code);
    expect(result.error.message).toEqual(expect.any(String));
  }
}

describe("QCITY functions over random grids", () => {
  it("return a finite number or throw a CustomFunctions.Error, never null", () => {
    fc.assert(
      fc.property(section, randomGrid, (sectionArg, { criteria, scores }) => {
        expectRealNumber(outcome(() => maxPoints(sectionArg)));
        expectRealNumber(outcome(() => sectionTotal(sectionArg, criteria, scores)));
        expectRealNumber(outcome(() => scoreRate(sectionArg, criteria, scores)));
        expectRealNumber(outcome(() => total(criteria, scores)));
        expectRealNumber(outcome(() => progress(criteria, scores)));
      }),
      { numRuns: 400 },
    );
  });

  it("CHECK spills a non-empty grid of strings, none of them null or a '#…' look-alike error", () => {
    fc.assert(
      fc.property(randomGrid, fc.array(anyCell, { maxLength: 140 }), ({ criteria, scores }, extra) => {
        const evidence = criteria.map((_, i) => [extra[i] ?? null]);
        const notes = criteria.map((_, i) => [extra[extra.length - 1 - i] ?? ""]);
        const result = outcome(() => check(criteria, scores, evidence, notes));
        if (!result.ok) throw new Error(`CHECK failed on same-shape ranges: ${result.error.message}`);
        expect(result.value.length).toBeGreaterThan(0);
        for (const row of result.value) {
          for (const cell of row) {
            expect(typeof cell).toBe("string");
            expect(cell.startsWith("#")).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("give #VALUE! for ranges of different shapes", () => {
    fc.assert(
      fc.property(randomGrid, fc.integer({ min: 1, max: 5 }), ({ criteria, scores }, cut) => {
        fc.pre(criteria.length >= cut);
        const shorter = scores.slice(cut);
        for (const call of [() => total(criteria, shorter), () => sectionTotal("3", criteria, shorter), () => progress(criteria, shorter), () => check(criteria, shorter)]) {
          const result = outcome<unknown>(call);
          expect(result.ok ? "returned" : result.error.code).toBe("#VALUE!");
        }
      }),
      { numRuns: 100 },
    );
  });

  it("TOTAL equals the sum of the four category SECTIONTOTALs whenever it is not an error", () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.oneof(mostlyValidTable, randomGrid), ({ criteria, scores }) => {
        const grand = outcome(() => total(criteria, scores));
        if (!grand.ok) return;
        compared++;
        const parts = ["1", "2", "3", "4"].map((s) => sectionTotal(s, criteria, scores));
        expect(grand.value).toBe(parts[0]! + parts[1]! + parts[2]! + parts[3]!);
        expect(grand.value).toBeLessThanOrEqual(1000);
      }),
      { numRuns: 400 },
    );
    expect(compared).toBeGreaterThan(50);
  });

  it("TOTAL of a table of official criteria agrees with a plain reference sum, and fails exactly when a score is bad", () => {
    fc.assert(
      fc.property(mostlyValidTable, ({ criteria, scores }) => {
        const expected = referenceTotal(criteria, scores);
        const grand = outcome(() => total(criteria, scores));
        if (expected === "bad score") expect(grand.ok ? grand.value : grand.error.code).toBe("#VALUE!");
        else expect(grand.ok ? grand.value : grand.error.message).toBeCloseTo(expected, 9);
      }),
      { numRuns: 300 },
    );
  });
});
