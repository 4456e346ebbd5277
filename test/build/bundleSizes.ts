/**
 * The production bundle's JavaScript, raw and gzipped (level 9), read from dist/: the task pane's first load (the
 * scripts taskpane.html loads, without Microsoft's office.js) and the chunks fetched later on first use (other tabs,
 * the pane's chart, the writers). Shared by the budget test and bench/bundle.bench.ts.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The task pane's first-load JavaScript may be at most this many bytes gzipped (130 KB). */
export const FIRST_LOAD_BUDGET_BYTES = 130_000;

export interface ChunkSize {
  readonly file: string;
  /** Bytes as served. */
  readonly raw: number;
  /** Bytes gzipped at level 9. */
  readonly gzip: number;
}

export interface BundleSizes {
  /** The scripts taskpane.html loads, in page order (runtime, shared code, task pane, custom functions). */
  readonly firstLoad: readonly ChunkSize[];
  /** Every other emitted script: chunks loaded by import() on first use, largest first. */
  readonly lazy: readonly ChunkSize[];
  readonly firstLoadGzip: number;
  readonly firstLoadRaw: number;
}

function sizeOf(dist: string, file: string): ChunkSize {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Measures dist/; throws when there is no production build in it (no page, no bundles, source maps, unhashed names). */
export function measureBundle(dist: string): BundleSizes {
  const page = join(dist, "taskpane.html");
  if (!existsSync(page)) throw new Error(`${page} is missing: run "npm run build" first.`);
  const html = readFileSync(page, "utf8");
  // office.js comes from Microsoft's CDN (an absolute URL); everything else the page loads is ours, the legacy guard included.
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1] ?? "").filter((src) => !/^https?:\/\//.test(src));
  if (scripts.length === 0) throw new Error(`${page} loads no bundles`);
  if (!scripts.some((src) => /^runtime\.[0-9a-f]{8}\.js$/.test(src))) throw new Error(`dist/ holds a development build (${scripts.join(", ")}): run "npm run build" first.`);
  const emitted = readdirSync(dist).filter((f) => f.endsWith(".js"));
  const maps = readdirSync(dist).filter((f) => f.endsWith(".js.map"));
  if (maps.length > 0) throw new Error(`the production build emitted source maps: ${maps.join(", ")}`);
  const firstLoad = scripts.map((src) => sizeOf(dist, src));
  const lazy = emitted
    .filter((f) => !scripts.includes(f))
    .map((f) => sizeOf(dist, f))
    .sort((a, b) => b.gzip - a.gzip);
  return {
    firstLoad,
    lazy,
    firstLoadGzip: firstLoad.reduce((sum, c) => sum + c.gzip, 0),
    firstLoadRaw: firstLoad.reduce((sum, c) => sum + c.raw, 0),
  };
}
