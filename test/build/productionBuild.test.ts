/**
 * QCITY_ADDIN_URL=https://example.org/qcity/ npm run build: dist/manifest.xml and the page point at that base,
 * with no localhost left. Runs the real build into a temporary folder (without minifying, to save half a
 * minute; minifying changes no URL).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const BASE = "https://example.org/qcity/";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinBaseUrl } = require(join(ROOT, "webpack", "AddinManifestPlugin.js")) as { addinBaseUrl: (value: string | undefined) => string | undefined };

let out = "";

/** `QCITY_ADDIN_URL=… npm run build`, into `out`. */
function build(base: string): void {
  const webpackCli = join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const run = spawnSync(process.execPath, [webpackCli, "--mode", "production", "--output-path", out, "--no-optimization-minimize"], {
    cwd: ROOT,
    env: { ...process.env, QCITY_ADDIN_URL: base },
    encoding: "utf8",
    timeout: 240_000,
  });
  if (run.status !== 0) throw new Error(`the production build failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
}

describe("a production build for QCITY_ADDIN_URL", () => {
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "qcity-prod-"));
    build(BASE);
  }, 240_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("writes dist/manifest.xml with every URL on HTTPS under the base and no localhost", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/i);
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="([a-z]+:\/\/[^"]*)"/gi)].map((m) => m[1] ?? "");
    expect(urls.length).toBeGreaterThanOrEqual(10);
    expect(urls.filter((url) => !url.startsWith(BASE))).toEqual([]);
    expect(urls).toEqual(expect.arrayContaining([`${BASE}taskpane.html`, `${BASE}functions.json`, `${BASE}functions.en-US.json`, `${BASE}help.html`, `${BASE}assets/icon-32.png`]));
    // Every file the manifest names is in the build.
    expect(urls.map((url) => url.slice(BASE.length)).filter((file) => !existsSync(join(out, file)))).toEqual([]);
  });

  it("ships functions.json and functions.en-US.json without the unused data-types flag", () => {
    for (const file of ["functions.json", "functions.en-US.json"]) {
      const metadata = JSON.parse(readFileSync(join(out, file), "utf8")) as Record<string, unknown>;
      expect({ file, keys: Object.keys(metadata) }).toEqual({ file, keys: ["functions"] });
    }
  });

  it("is read by office-addin-manifest info", () => {
    const cli = join(ROOT, "node_modules", "office-addin-manifest", "cli.js");
    const run = spawnSync(process.execPath, [cli, "info", join(out, "manifest.xml")], { encoding: "utf8", timeout: 60_000 });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    expect(run.stdout).toContain(`Source Location: ${BASE}taskpane.html`);
  });

  it("builds the page for the same base: bundles under it, office.js from the CDN, the ES5 guard first", () => {
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => new URL(m[1] ?? "", `${BASE}taskpane.html`).href);
    expect(scripts.slice(0, 2)).toEqual([`${BASE}legacy-guard.js`, CDN_OFFICE_JS]);
    expect(scripts.slice(2).length).toBeGreaterThanOrEqual(2);
    expect(scripts.slice(2).filter((src) => !src.startsWith(BASE) || !existsSync(join(out, src.slice(BASE.length))))).toEqual([]);
    expect(html).not.toMatch(/localhost|office-js\//);
  });
});

describe("QCITY_ADDIN_URL", () => {
  it("is a folder URL on HTTPS: a missing slash is added, http and queries are refused", () => {
    expect(addinBaseUrl(undefined)).toBeUndefined();
    expect(addinBaseUrl("")).toBeUndefined();
    expect(addinBaseUrl("https://example.org/qcity")).toBe("https://example.org/qcity/");
    expect(addinBaseUrl("https://intranet.gov.cn/")).toBe("https://intranet.gov.cn/");
    expect(() => addinBaseUrl("http://example.org/qcity/")).toThrow("must use https:");
    expect(() => addinBaseUrl("https://example.org/qcity/?v=1")).toThrow("without ?query");
    expect(() => addinBaseUrl("example.org/qcity")).toThrow("is not a URL");
  });

  it("unset, the build keeps the localhost manifest (dist/ from npm run build)", () => {
    const built = join(ROOT, "dist", "manifest.xml");
    if (!existsSync(built)) throw new Error(`${built} is missing: run "npm run build" first`);
    expect(readFileSync(built, "utf8")).toEqual(readFileSync(join(ROOT, "manifest.xml"), "utf8"));
  });
});
