import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

/** Throws, with how to install it, when a program the integration tests need is not on PATH. */
export function requireProgram(name: string, debianPackage: string): void {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  if (found.status !== 0) {
    throw new Error(`${name} is not installed; this test needs it. Install it with: apt-get install -y --no-install-recommends ${debianPackage} (or run scripts/install-test-deps.sh)`);
  }
}

/** Runs a program, throwing with its output when it fails. */
export function run(program: string, args: readonly string[], timeoutMs = 120_000): string {
  const result = spawnSync(program, [...args], { encoding: "utf8", timeout: timeoutMs });
  if (result.error) throw new Error(`${program} failed to run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${program} ${args.join(" ")} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/**
 * A private LibreOffice profile (absolute path, one per process) that
 * recalculates every formula when it loads an .xlsx (OOXMLRecalcMode=0),
 * instead of keeping the cached results.
 */
export function recalculatingProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), "qcity-lo-profile-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return profile;
}

/** Converts `input` with LibreOffice headless (e.g. filter "pdf" or "xlsx") into `outDir`; returns the output path. */
export function sofficeConvert(profile: string, input: string, filter: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  run("soffice", ["--headless", "--norestore", `-env:UserInstallation=${pathToFileURL(profile).href}`, "--convert-to", filter, "--outdir", outDir, input], 180_000);
  const extension = filter.split(":")[0] as string;
  const output = join(outDir, basename(input).replace(/\.[^.]+$/, `.${extension}`));
  if (!existsSync(output)) throw new Error(`LibreOffice wrote no ${output}`);
  return output;
}

/** Page count and page sizes (points) of a PDF, from pdfinfo. */
export function pdfPages(pdf: string): { count: number; sizes: { width: number; height: number }[] } {
  const info = run("pdfinfo", ["-f", "1", "-l", "9999", pdf]);
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return { count, sizes };
}

/** The text of one PDF page (1-based), laid out as printed. */
export function pdfPageText(pdf: string, page: number): string {
  return run("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"]);
}
