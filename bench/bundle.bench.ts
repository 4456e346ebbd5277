/**
 * Production bundle sizes of the shared-runtime page (task pane + custom functions), raw and gzipped, read from
 * dist/ (built with `npm run build` first if dist/ has no taskpane.html): the first load against its budget
 * (test/build/bundleBudget.test.ts enforces it), then the chunks fetched on first use. office.js is not counted:
 * it is Microsoft's, loaded from its CDN.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { FIRST_LOAD_BUDGET_BYTES, measureBundle, type ChunkSize } from "../test/build/bundleSizes";

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist");

if (!existsSync(join(DIST, "taskpane.html"))) {
  console.log("dist/taskpane.html is missing: building (npm run build)…");
  const build = spawnSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new Error("the production build failed");
}

const sizes = measureBundle(DIST);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const line = (name: string, raw: number, gzip: number) => console.log(`${name.padEnd(36)} ${kib(raw).padStart(10)} ${kib(gzip).padStart(10)}`);
const list = (chunks: readonly ChunkSize[]) => chunks.forEach((c) => line(c.file, c.raw, c.gzip));

console.log(`${"first load (taskpane.html)".padEnd(36)} ${"raw".padStart(10)} ${"gzip".padStart(10)}`);
list(sizes.firstLoad);
const metadata = readFileSync(join(DIST, "functions.json"));
line("functions.json (fetched by Excel)", metadata.length, gzipSync(metadata, { level: 9 }).length);
line("first-load JS total", sizes.firstLoadRaw, sizes.firstLoadGzip);
console.log(
  `budget ${FIRST_LOAD_BUDGET_BYTES / 1000} KB gzipped: first load ${(sizes.firstLoadGzip / 1000).toFixed(1)} KB, ` +
    `${((100 * sizes.firstLoadGzip) / FIRST_LOAD_BUDGET_BYTES).toFixed(1)}% of the budget`,
);
console.log(`\n${"loaded on first use".padEnd(36)} ${"raw".padStart(10)} ${"gzip".padStart(10)}`);
list(sizes.lazy);
