import { REQUIRED_EXCEL_API, REQUIRED_FUNCTIONS_RUNTIME } from "../../src/excel/requirements";
import { checkedSets, compareVersions, formatTable, listMemberUses, memberTable, unguardedUses, type MemberUse } from "./apiSetUsage";

/** A probe file beside src/excel/requirements.ts that uses Range.getDirectPrecedents (ExcelApi 1.12). */
const probe = (body: string) => `import { isSetSupported } from "./requirements";\nexport function probe(range: Excel.Range): unknown {\n${body}\n}\n`;
const PROBES = {
  "src/excel/__unguarded__.ts": probe(`  if (isSetSupported("ExcelApi", "1.12")) return range.getSpillingToRange();\n  return range.getDirectPrecedents();`),
  "src/excel/__guards__.ts": probe(
    [
      `  const a = isSetSupported("ExcelApi", "1.12") && range.getDirectPrecedents();`,
      `  const b = !isSetSupported("ExcelApi", "1.12") ? undefined : range.getDirectPrecedents();`,
      `  const c = Office.context.requirements.isSetSupported("ExcelApi", "1.13") ? range.getDirectPrecedents() : undefined;`,
      `  if (isSetSupported("ExcelApi", "1.10")) range.getDirectPrecedents();`,
      `  if (!isSetSupported("ExcelApi", "1.12")) return [a, b, c];`,
      `  return range.getDirectPrecedents();`,
    ].join("\n"),
  ),
};

// One TypeScript program over src/ and the probes costs some seconds; every test reads its uses.
let uses: MemberUse[] = [];
const inFile = (name: string) => uses.filter((u) => u.where.startsWith(`src/excel/${name}.ts:`));
const checked = () => checkedSets([REQUIRED_EXCEL_API, REQUIRED_FUNCTIONS_RUNTIME]);

beforeAll(() => {
  uses = listMemberUses(PROBES);
}, 120_000);

describe("Office.js API sets used by src/", () => {
  const source = () => uses.filter((u) => !u.where.includes("/__"));

  it("finds the members the source uses, with their sets from @types/office-js", () => {
    const table = memberTable(source());
    const sets = Object.fromEntries(table.map((r) => [r.member, r.sets]));
    expect(sets).toMatchObject({
      "Excel.Worksheet.getRange": "ExcelApi 1.1",
      "Excel.Range.conditionalFormats": "ExcelApi 1.6",
      "Excel.Worksheet.pageLayout": "ExcelApi 1.9",
      "CustomFunctions.ErrorCode.invalidValue": "CustomFunctionsRuntime 1.3",
    });
    // The table goes to the test output, for the record (also: npx tsx test/build/apiSetUsage.ts).
    console.log(`Office.js members used by src/ (member → API set):\n${formatTable(table)}`);
  });

  it("counts on what the manifest and the run-time checks promise", () => {
    expect(checked()).toEqual(
      expect.arrayContaining([
        { name: "ExcelApi", version: "1.9" },
        { name: "SharedRuntime", version: "1.1" },
        { name: "CustomFunctionsRuntime", version: "1.3" },
      ]),
    );
  });

  it("uses no member above the checked sets without its own isSetSupported guard", () => {
    expect(unguardedUses(source(), checked())).toEqual([]);
  });
});

describe("the API-set check itself", () => {
  it("fails an unguarded ExcelApi 1.12 call, naming the member, the set and the guard, and accepts a guarded one", () => {
    const probeUses = inFile("__unguarded__");
    expect(probeUses.map((u) => [u.member, u.guards.map((g) => `${g.name} ${g.version}`)])).toEqual([
      ["Excel.Range.getSpillingToRange", ["ExcelApi 1.12"]],
      ["Excel.Range.getDirectPrecedents", []],
    ]);
    expect(unguardedUses(probeUses, checked())).toEqual([
      expect.stringMatching(
        /^src\/excel\/__unguarded__\.ts:4: Excel\.Range\.getDirectPrecedents needs ExcelApi 1\.12, above the ExcelApi 1\.9 the add-in checks at start-up\. Guard it: if \(isSetSupported\("ExcelApi", "1\.12"\)\) \{ … \}/,
      ),
    ]);
  });

  it("reads &&, ?:, negated early returns and Office.context.requirements, and refuses a lower version", () => {
    const probeUses = inFile("__guards__");
    expect(probeUses.filter((u) => u.member === "Excel.Range.getDirectPrecedents").map((u) => u.guards.map((g) => `${g.name} ${g.version}`))).toEqual([
      ["ExcelApi 1.12"],
      ["ExcelApi 1.12"],
      ["ExcelApi 1.13"],
      ["ExcelApi 1.10"],
      ["ExcelApi 1.12"],
    ]);
    // Only the 1.10 guard falls short of 1.12.
    expect(unguardedUses(probeUses, checked()).map((p) => p.split(":")[1])).toEqual(["6"]);
  });

  it("orders versions 1.9 < 1.10 < 1.13 < BETA", () => {
    expect(["1.13", "BETA", "1.10", "1.9"].sort(compareVersions)).toEqual(["1.9", "1.10", "1.13", "BETA"]);
  });
});
