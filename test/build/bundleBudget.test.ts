/**
 * The task pane's first load (every script taskpane.html loads, without office.js) stays within its budget of
 * 130 KB gzipped, on the production build `npm test` makes first (pretest). Code the first view does not need is
 * loaded by import(): tabs other than the first, status messages, the writers, charts, ExcelJS.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FIRST_LOAD_BUDGET_BYTES, measureBundle } from "./bundleSizes";

const DIST = join(__dirname, "..", "..", "dist");

describe("the task pane's first load", () => {
  const sizes = measureBundle(DIST);

  it(`is at most ${FIRST_LOAD_BUDGET_BYTES / 1000} KB gzipped`, () => {
    // bench/bundle.bench.ts lists every chunk's size when this fails.
    expect(sizes.firstLoadGzip).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
  });

  it("registers the custom functions at load, and leaves the other tabs to chunks loaded on first use", () => {
    expect(sizes.firstLoad.map((c) => c.file.replace(/\.[0-9a-f]{8}\.js$/, ""))).toEqual(expect.arrayContaining(["runtime", "taskpane", "functions"]));
    const lazy = sizes.lazy.map((c) => c.file.replace(/\.[0-9a-f]{8}\.js$/, ""));
    expect(lazy).toEqual(expect.arrayContaining(["checks", "office", "status"]));
  });

  it("keeps ExcelJS and Griffel's runtime style compiler out of the first load", () => {
    const firstLoad = sizes.firstLoad.map((c) => readFileSync(join(DIST, c.file), "utf8")).join("\n");
    // Strings that survive minification: ExcelJS's spreadsheet XML namespace, and the CSS shorthand table of Griffel's
    // runtime (makeStyles; Fluent's own components ship precompiled styles without it).
    expect(firstLoad).not.toContain("schemas.openxmlformats.org/spreadsheetml");
    expect(firstLoad).not.toMatch(/paddingBlock:\[-1,\["paddingBlockEnd"/);
    // The lazy tabs (checks, 评审) share it, in one of the chunks loaded on first use.
    const lazyCode = sizes.lazy.map((c) => readFileSync(join(DIST, c.file), "utf8")).join("\n");
    expect(lazyCode).toMatch(/paddingBlock:\[-1,\["paddingBlockEnd"/);
  });
});
