/**
 * `npm run pack:cli && npm install --global out/qcity-cli-<version>.tgz`, then `qcity` from another folder:
 * installed under a temporary --prefix (the machine's global folder stays as it was); the dependencies
 * come from npm's cache or registry.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

let scratch = "";
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "qcity-global-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it("installs for use anywhere, and runs from another folder", () => {
  const tgz = execFileSync(process.execPath, [join(ROOT, "scripts", "pack-cli.js")], { cwd: ROOT, encoding: "utf8" }).trim().split("\n").pop() ?? "";
  expect(tgz).toMatch(/qcity-cli-\d+\.\d+\.\d+\.tgz$/);
  const prefix = join(scratch, "global");
  const install = spawnSync(npm, ["install", "--global", "--prefix", prefix, tgz, "--prefer-offline", "--no-audit", "--no-fund"], { encoding: "utf8", timeout: 240_000 });
  expect({ status: install.status, stderr: install.status === 0 ? "" : install.stderr }).toEqual({ status: 0, stderr: "" });

  const qcity = join(prefix, process.platform === "win32" ? "qcity.cmd" : join("bin", "qcity"));
  const elsewhere = mkdtempSync(join(scratch, "work-"));
  const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
  const run = (...args: string[]) => spawnSync(qcity, args, { cwd: elsewhere, encoding: "utf8", timeout: 60_000 });
  expect(run("--version")).toMatchObject({ status: 0, stdout: `qcity ${version}\n` });
  const exported = run("export", "--province", "浙江省", "--city", "杭州市");
  expect(exported).toMatchObject({ status: 0, stderr: "" });
  expect(existsSync(join(elsewhere, "浙江省杭州市质量兴市绩效评价表.xlsx"))).toBe(true);
  expect(run("check", "浙江省杭州市质量兴市绩效评价表.xlsx", "--lang", "en-US").stdout).toContain("98");
}, 300_000);
