/**
 * Production bundle sizes of the shared-runtime page (task pane + custom functions), raw and gzipped,
 * read from dist/ (built with `npm run build` first if dist/ has no taskpane.html). office.js is not counted:
 * it is Microsoft's, loaded from its CDN.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist");
const PAGE = join(DIST, "taskpane.html");

if (!existsSync(PAGE)) {
  console.log("dist/taskpane.html is missing: building (npm run build)…");
  const build = spawnSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new Error("the production build failed");
}

const html = readFileSync(PAGE, "utf8");
const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1] ?? "").filter((src) => !/^https?:\/\//.test(src));
if (scripts.length === 0) throw new Error("dist/taskpane.html loads no bundles");
const emittedMaps = scripts.filter((src) => existsSync(join(DIST, `${src}.map`)));
if (emittedMaps.length > 0) throw new Error(`production build emitted source maps: ${emittedMaps.join(", ")}`);

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
let raw = 0;
let gzip = 0;
console.log("file                                 raw        gzip");
for (const src of scripts) {
  const bytes = readFileSync(join(DIST, src));
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += zipped;
  console.log(`${src.padEnd(34)} ${kib(bytes.length).padStart(10)} ${kib(zipped).padStart(10)}`);
}
const metadata = readFileSync(join(DIST, "functions.json"));
console.log(`${"functions.json".padEnd(34)} ${kib(metadata.length).padStart(10)} ${kib(gzipSync(metadata, { level: 9 }).length).padStart(10)}`);
console.log(`${"page JS total (without office.js)".padEnd(34)} ${kib(raw).padStart(10)} ${kib(gzip).padStart(10)}`);
