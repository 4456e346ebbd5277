import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import { localizeMetadata } from "../../src/functions/localizeMetadata";
import { EN_US_FUNCTION_DESCRIPTIONS } from "../../src/functions/metadata.en-US";
import { withoutUnusedFlags } from "../../src/functions/shippedMetadata";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LocalizedFunctionsMetadataPlugin } = require(join(__dirname, "..", "..", "webpack", "LocalizedFunctionsMetadataPlugin.js")) as {
  LocalizedFunctionsMetadataPlugin: new (options: object) => webpack.WebpackPluginInstance;
};

/** Emits a fixed functions.json, as custom-functions-metadata-plugin does. */
const emitFunctionsJson = (json: object): webpack.WebpackPluginInstance => ({
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("emit", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "emit", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset("functions.json", new webpack.sources.RawSource(JSON.stringify(json)));
      });
    });
  },
});

function compile(json: object): Promise<{ dir: string; errors: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "qcity-meta-"));
  writeFileSync(join(dir, "entry.js"), "export const x = 1;\n");
  const compiler = webpack({
    mode: "production",
    context: dir,
    entry: "./entry.js",
    output: { path: join(dir, "dist") },
    plugins: [
      emitFunctionsJson(json),
      new LocalizedFunctionsMetadataPlugin({
        source: "functions.json",
        output: "functions.en-US.json",
        load: () => ({ localize: localizeMetadata, translations: EN_US_FUNCTION_DESCRIPTIONS, clean: withoutUnusedFlags }),
      }),
    ],
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || !stats) return reject(error ?? new Error("no stats"));
      compiler.close(() => resolve({ dir, errors: stats.compilation.errors.map((e) => e.message) }));
    }),
  );
}

const zh = (id: string, params: string[]) => ({ id, name: id, description: "中文说明", parameters: params.map((name) => ({ name, description: "参数", type: "any", dimensionality: "matrix" })), result: { type: "number" } });

describe("the en-US functions.json the build emits", () => {
  it("translates every description and keeps ids, names and dimensionality", async () => {
    const generated = {
      allowCustomDataForDataTypeAny: true,
      functions: [
        zh("MAXPOINTS", ["code"]),
        zh("SECTIONTOTAL", ["section", "criteria", "scores"]),
        zh("TOTAL", ["criteria", "scores"]),
        zh("SCORERATE", ["section", "criteria", "scores"]),
        zh("PROGRESS", ["criteria", "scores"]),
        zh("GRADE", ["total", "applicable"]),
        zh("CHECK", ["criteria", "scores", "evidence", "notes"]),
        zh("CONSENSUS", ["method", "scores"]),
        zh("SPREAD", ["scores"]),
      ],
    };
    const { dir, errors } = await compile(generated);
    try {
      expect(errors).toEqual([]);
      const english = JSON.parse(readFileSync(join(dir, "dist", "functions.en-US.json"), "utf8")) as typeof generated;
      expect(english.functions.map((f) => f.id)).toEqual(generated.functions.map((f) => f.id));
      expect(english.functions.map((f) => f.name)).toEqual(generated.functions.map((f) => f.name));
      expect(english.functions[1]!.description).toBe(EN_US_FUNCTION_DESCRIPTIONS.SECTIONTOTAL!.description);
      expect(english.functions[1]!.parameters.map((p) => [p.name, p.dimensionality])).toEqual([
        ["section", "matrix"],
        ["criteria", "matrix"],
        ["scores", "matrix"],
      ]);
      expect(JSON.stringify(english)).not.toContain("中文说明");
      // The data-types flag of a later runtime is dropped from both files.
      const chinese = JSON.parse(readFileSync(join(dir, "dist", "functions.json"), "utf8")) as Record<string, unknown>;
      expect(Object.keys(chinese)).toEqual(["functions"]);
      expect(Object.keys(english)).toEqual(["functions"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("fails the build when a function has no translation", async () => {
    const { dir, errors } = await compile({ functions: [zh("MAXPOINTS", ["code"]), zh("NEWFUNCTION", [])] });
    rmSync(dir, { recursive: true, force: true });
    expect(errors.join("\n")).toMatch(/NEWFUNCTION|do not exist|No translation/);
  }, 60_000);
});
