/**
 * @jest-environment jsdom
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ENGLISH_OFFICE_LOCALES } from "../../src/i18n/englishLocales";
import { REQUIRED_EXCEL_API } from "../../src/excel/requirements";
import { child, definedResources, manifestProblems, manifestUrls } from "./checkManifest";
import { orderProblems, SCHEMA_ORDER } from "./schemaOrder";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const xml = readFileSync(MANIFEST, "utf8");
const root = new DOMParser().parseFromString(xml, "application/xml").documentElement;

describe("manifest.xml", () => {
  it("has no structural problems (order, resids, HTTPS, shared runtime wiring)", () => {
    expect(manifestProblems(xml)).toEqual([]);
  });

  it("is well-formed according to xmllint", () => {
    const probe = spawnSync("xmllint", ["--version"]);
    if (probe.error) throw new Error("xmllint is missing: install libxml2-utils (scripts/install-test-deps.sh does)");
    expect(() => execFileSync("xmllint", ["--noout", MANIFEST], { stdio: "pipe" })).not.toThrow();
  });

  it("is read by office-addin-manifest info", () => {
    const cli = join(ROOT, "node_modules", "office-addin-manifest", "cli.js");
    const run = spawnSync(process.execPath, [cli, "info", MANIFEST], { encoding: "utf8", timeout: 60_000 });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    expect(run.stdout).toContain("Id: 50cfe18a-24f4-4c20-8e63-18238995b5e0");
    expect(run.stdout).toContain("Type: TaskPaneApp");
    expect(run.stdout).toContain("Source Location: https://localhost:3000/taskpane.html");
  });

  it("is an Excel task pane add-in with a GUID id, read/write permission and a support URL", () => {
    expect(child(root, "Id")?.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(child(child(root, "Hosts"), "Host")?.getAttribute("Name")).toBe("Workbook");
    expect(child(root, "Permissions")?.textContent).toBe("ReadWriteDocument");
    expect(child(root, "SupportUrl")?.getAttribute("DefaultValue")).toMatch(/^https:\/\//);
  });

  it("defaults to zh-CN with en-US overrides for the name and description", () => {
    expect(child(root, "DefaultLocale")?.textContent).toBe("zh-CN");
    for (const name of ["DisplayName", "Description"]) {
      const element = child(root, name);
      expect(element?.getAttribute("DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
      const override = child(element, "Override");
      expect(override?.getAttribute("Locale")).toBe("en-US");
      expect(override?.getAttribute("Value")).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it("gives every English Office language the same English name, descriptions, labels and functions metadata", () => {
    const overridden = [...root.getElementsByTagNameNS("*", "Override")];
    const byParent = new Map<Element, Map<string, string>>();
    for (const override of overridden) {
      const parent = override.parentElement as Element;
      const locales = byParent.get(parent) ?? new Map<string, string>();
      locales.set(override.getAttribute("Locale") ?? "", override.getAttribute("Value") ?? "");
      byParent.set(parent, locales);
    }
    expect(byParent.size).toBe(8);
    for (const [parent, locales] of byParent) {
      const where = parent.getAttribute("id") ?? parent.localName;
      expect({ where, locales: [...locales.keys()] }).toEqual({ where, locales: [...ENGLISH_OFFICE_LOCALES] });
      expect({ where, values: new Set(locales.values()).size }).toEqual({ where, values: 1 });
    }
    expect(definedResources(root).get("Functions.Metadata.Url")?.value).toBe("https://localhost:3000/functions.json");
    const metadata = [...byParent].find(([parent]) => parent.getAttribute("id") === "Functions.Metadata.Url")?.[1];
    expect(new Set(metadata?.values())).toEqual(new Set(["https://localhost:3000/functions.en-US.json"]));
  });

  it("requires the shared runtime and the ExcelApi set checked at run time, and not the custom functions runtime", () => {
    const sets = [...(child(child(root, "Requirements"), "Sets")?.children ?? [])].map((set) => [set.getAttribute("Name"), set.getAttribute("MinVersion")]);
    // Without CustomFunctionsRuntime the add-in still loads, and the insert writes native formulas.
    expect(sets).toEqual([
      ["SharedRuntime", "1.1"],
      [REQUIRED_EXCEL_API.name, REQUIRED_EXCEL_API.version],
    ]);
  });

  it("declares the QCITY custom functions namespace and their metadata file", () => {
    const resources = definedResources(root);
    expect(resources.get("Functions.Namespace")?.value).toBe("QCITY");
    expect(resources.get("Functions.Metadata.Url")?.value).toBe("https://localhost:3000/functions.json");
  });

  it("puts a button that opens the task pane on the Home tab", () => {
    const tab = root.getElementsByTagNameNS("*", "OfficeTab")[0];
    expect(tab?.getAttribute("id")).toBe("TabHome");
    const action = root.getElementsByTagNameNS("*", "Action")[0];
    expect(action?.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe("ShowTaskpane");
  });

  it("points every icon at a committed PNG of the size it claims", () => {
    const icons = manifestUrls(root).filter(({ url }) => url.endsWith(".png"));
    expect(new Set(icons.map(({ url }) => url))).toEqual(
      new Set([16, 32, 64, 80].map((size) => `https://localhost:3000/assets/icon-${size}.png`)),
    );
    for (const { url } of icons) {
      const file = join(ROOT, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe("the structural checks catch broken manifests", () => {
  const broken = (from: string | RegExp, to: string): string => {
    const changed = xml.replace(from, to);
    expect(changed).not.toBe(xml);
    return changed;
  };

  it("reports elements out of schema order", () => {
    const swapped = broken(/(<Version>.*<\/Version>)(\s*)(<ProviderName>.*<\/ProviderName>)/, "$3$2$1");
    expect(manifestProblems(swapped)).toContain("OfficeApp: <Version> must come before <ProviderName>");
    expect(orderProblems(["Page", "Script"], SCHEMA_ORDER.customFunctions, "CF")).toEqual(["CF: <Script> must come before <Page>"]);
    expect(orderProblems(["Label", "Icon"], SCHEMA_ORDER.group, "Group")).toEqual(["Group: required <Control> is missing"]);
  });

  it("reports an undefined or mistyped resid", () => {
    expect(manifestProblems(broken('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Functions.Nope"/>'))).toEqual(
      expect.arrayContaining(['<Namespace resid="Functions.Nope"> is not defined in Resources']),
    );
    expect(manifestProblems(broken('<Label resid="Group.Label"/>', '<Label resid="OpenPane.Tooltip"/>'))).toEqual(
      expect.arrayContaining(['<Label resid="OpenPane.Tooltip"> must point into ShortStrings, not LongStrings']),
    );
  });

  it("reports a plain HTTP URL", () => {
    const problems = manifestProblems(broken('"https://localhost:3000/help.html"/>\n  <Hosts>', '"http://localhost:3000/help.html"/>\n  <Hosts>'));
    expect(problems).toEqual(['<SupportUrl DefaultValue> "http://localhost:3000/help.html" is not an HTTPS URL']);
  });

  it("reports custom functions that do not share the task pane's runtime", () => {
    const problems = manifestProblems(
      broken(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/, '<Page><SourceLocation resid="Help.Url"/>'),
    );
    expect(problems).toEqual([
      "CustomFunctions Page (https://localhost:3000/help.html) is not the shared task pane page (https://localhost:3000/taskpane.html)",
    ]);
  });

  it("reports XML that is not well-formed", () => {
    expect(manifestProblems(xml.replace("</Permissions>", ""))[0]).toMatch(/^not well-formed XML/);
  });
});
