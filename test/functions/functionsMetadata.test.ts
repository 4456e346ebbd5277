import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "node:path";
import { localizeMetadata, type FunctionsMetadata } from "../../src/functions/localizeMetadata";
import { EN_US_FUNCTION_DESCRIPTIONS } from "../../src/functions/metadata.en-US";

/** functions.json as custom-functions-metadata-plugin generates it for the build. */
async function generatedMetadata(): Promise<FunctionsMetadata> {
  const result = await generateCustomFunctionsMetadata(join(__dirname, "../../src/functions/functions.ts"));
  expect(result.errors).toEqual([]);
  return JSON.parse(result.metadataJson) as FunctionsMetadata;
}

const MATRIX = "matrix";

describe("functions.json", () => {
  it("lists every QCITY function with its parameters' dimensionality", async () => {
    const metadata = await generatedMetadata();
    const shape = Object.fromEntries(
      metadata.functions.map((f) => [
        f.id,
        {
          name: f.name,
          parameters: f.parameters.map((p) => `${p.name}:${(p.dimensionality as string | undefined) ?? "scalar"}${p.optional === true ? "?" : ""}`),
          result: (f.result as { dimensionality?: string }).dimensionality ?? "scalar",
        },
      ]),
    );
    expect(shape).toEqual({
      MAXPOINTS: { name: "MAXPOINTS", parameters: ["code:scalar"], result: "scalar" },
      SECTIONTOTAL: { name: "SECTIONTOTAL", parameters: ["section:scalar", `criteria:${MATRIX}`, `scores:${MATRIX}`], result: "scalar" },
      TOTAL: { name: "TOTAL", parameters: [`criteria:${MATRIX}`, `scores:${MATRIX}`], result: "scalar" },
      SCORERATE: { name: "SCORERATE", parameters: ["section:scalar", `criteria:${MATRIX}`, `scores:${MATRIX}`], result: "scalar" },
      PROGRESS: { name: "PROGRESS", parameters: [`criteria:${MATRIX}`, `scores:${MATRIX}`], result: "scalar" },
      GRADE: { name: "GRADE", parameters: ["total:scalar", "applicable:scalar?"], result: "scalar" },
      CHECK: { name: "CHECK", parameters: [`criteria:${MATRIX}`, `scores:${MATRIX}`, `evidence:${MATRIX}?`, `notes:${MATRIX}?`], result: MATRIX },
      CONSENSUS: { name: "CONSENSUS", parameters: ["method:scalar", `scores:${MATRIX}`], result: MATRIX },
      SPREAD: { name: "SPREAD", parameters: [`scores:${MATRIX}`], result: MATRIX },
    });
  });

  it("takes the experts' score ranges as a repeating parameter (CustomFunctionsRuntime 1.3)", async () => {
    const metadata = await generatedMetadata();
    const repeating = metadata.functions.flatMap((f) => f.parameters.filter((p) => p.repeating === true).map((p) => `${f.id}.${p.name}`));
    expect(repeating).toEqual(["CONSENSUS.scores", "SPREAD.scores"]);
  });

  it("takes every cell as it is (type any) and marks no function volatile, streaming or async", async () => {
    const metadata = await generatedMetadata();
    for (const f of metadata.functions) {
      expect(f.options).toBeUndefined();
      for (const p of f.parameters) expect(p.type).toBe("any");
    }
  });

  it("describes every function and parameter in Chinese", async () => {
    const metadata = await generatedMetadata();
    for (const f of metadata.functions) {
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of f.parameters) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("localizeMetadata", () => {
  it("gives the en-US functions.json: English descriptions, the same ids, names and shapes", async () => {
    const zh = await generatedMetadata();
    const en = localizeMetadata(zh, EN_US_FUNCTION_DESCRIPTIONS);
    expect(en.functions.map((f) => f.id)).toEqual(zh.functions.map((f) => f.id));
    en.functions.forEach((f, i) => {
      const original = zh.functions[i]!;
      expect(f.name).toBe(original.name);
      expect(f.result).toEqual(original.result);
      expect(f.description).toBe(EN_US_FUNCTION_DESCRIPTIONS[f.id]!.description);
      expect(f.description).toMatch(/^[A-Z][a-z]+ /);
      f.parameters.forEach((p, j) => {
        expect({ ...p, description: "" }).toEqual({ ...original.parameters[j], description: "" });
        expect(p.description).toMatch(/^[A-Z]/);
      });
    });
    expect(en.allowCustomDataForDataTypeAny).toBe(zh.allowCustomDataForDataTypeAny);
  });

  it("leaves its input unchanged", async () => {
    const zh = await generatedMetadata();
    const copy = JSON.parse(JSON.stringify(zh)) as FunctionsMetadata;
    localizeMetadata(zh, EN_US_FUNCTION_DESCRIPTIONS);
    expect(zh).toEqual(copy);
  });

  const metadata: FunctionsMetadata = {
    functions: [{ id: "TOTAL", name: "TOTAL", description: "总评分", parameters: [{ name: "criteria", description: "评价准则列" }] }],
  };

  it("renames a function when the translation says so", () => {
    const en = localizeMetadata(metadata, { TOTAL: { name: "GRANDTOTAL", description: "Grand total", parameters: { criteria: "Criteria" } } });
    expect(en.functions[0]).toEqual({ id: "TOTAL", name: "GRANDTOTAL", description: "Grand total", parameters: [{ name: "criteria", description: "Criteria" }] });
  });

  it("refuses missing and stray translations, naming them", () => {
    expect(() => localizeMetadata(metadata, {})).toThrow("No translation for function TOTAL");
    expect(() => localizeMetadata(metadata, { TOTAL: { description: "x", parameters: {} } })).toThrow("No translation for parameter criteria of TOTAL");
    expect(() => localizeMetadata(metadata, { TOTAL: { description: "x", parameters: { criteria: "c", scores: "s" } } })).toThrow(
      "Translation of TOTAL names parameters that do not exist: scores",
    );
    expect(() =>
      localizeMetadata(metadata, { TOTAL: { description: "x", parameters: { criteria: "c" } }, CHECK: { description: "y", parameters: {} } }),
    ).toThrow("Translations name functions that do not exist: CHECK");
  });
});
