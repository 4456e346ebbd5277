// qcity collect on 1,000 filled workbooks (98 criteria each) against a bare loop that only opens them with ExcelJS,
// and qcity check on a workbook with a 1,000,000-row junk sheet beside the rubric: time and peak memory (max RSS of the
// command's process, worker threads included). Targets (issue 11): collect under 20 s and 400 MB, ratio at most 1.5,
// the junk check under 300 MB. The fixtures are generated into a temporary folder and removed at the end.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import JSZip from "jszip";
import { buildLayout } from "../src/layout/buildLayout";
import { OFFICIAL_RUBRIC } from "../test/helpers/rubrics";
import { Workbook } from "../src/xlsx/exceljsWorkbook";
import { workbookBuffer } from "../src/xlsx/writeWorkbook";

const WORKBOOKS = Number(process.env.QCITY_BENCH_WORKBOOKS ?? 1000);
const JUNK_ROWS = Number(process.env.QCITY_BENCH_JUNK_ROWS ?? 1_000_000);
const ROOT = join(__dirname, "..");
const CITIES = ["杭州市", "宁波市", "温州市", "嘉兴市", "湖州市", "绍兴市", "金华市", "衢州市", "舟山市", "台州市", "丽水市"];

const layout = buildLayout(OFFICIAL_RUBRIC, {});
const { table } = layout;
const letter = (col: number) => String.fromCharCode(65 + col);
const SHEET = "xl/worksheets/sheet1.xml";

/** Puts a value into an empty styled cell of the sheet's XML (`<c r="G4" s="10"/>`), as text or a number. */
function fill(xml: string, address: string, value: string | number): string {
  const cell = new RegExp(`<c r="${address}"( s="\\d+")?/>`);
  const content = typeof value === "number" ? `><v>${value}</v></c>` : ` t="inlineStr"><is><t>${value}</t></is></c>`;
  return xml.replace(cell, (_, style: string | undefined) => `<c r="${address}"${style ?? ""}${content}`);
}

/** `count` filled workbooks under `folder`/省/市/: scores that vary by workbook, evidence, a deduction note where points are taken. */
async function filledWorkbooks(folder: string, count: number): Promise<void> {
  const zip = await JSZip.loadAsync(await workbookBuffer(layout));
  const sheet = await zip.file(SHEET)!.async("string");
  for (let n = 0; n < count; n++) {
    const city = CITIES[n % CITIES.length]!;
    let xml = fill(fill(sheet, `${letter(table.columns.category!)}${table.headerRow}`, "浙江省"), `${letter(table.columns.criterion!)}${table.headerRow}`, city);
    OFFICIAL_RUBRIC.criteria.forEach((c, i) => {
      const row = table.firstCriterionRow + i + 1;
      const score = Math.max(0, c.points - ((i * 7 + n) % 5 === 0 ? 1 : 0));
      xml = fill(xml, `${letter(table.columns.score!)}${row}`, score);
      xml = fill(xml, `${letter(table.columns.evidence!)}${row}`, "自评报告");
      if (score < c.points) xml = fill(xml, `${letter(table.columns.note!)}${row}`, "部分指标未达到");
    });
    zip.file(SHEET, xml);
    const dir = join(folder, "浙江省", city, n % 2 === 0 ? "" : "专家");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `评价表-${n}.xlsx`), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  }
}

/** The exported rubric sheet plus a sheet of `rows` junk rows (a number, a unique text, a repeated text, a decimal, a date serial), as shared strings, as Excel writes them. */
async function junkWorkbook(path: string, rows: number): Promise<void> {
  const zip = await JSZip.loadAsync(await workbookBuffer(layout));
  const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
  const count = Number(/uniqueCount="(\d+)"/.exec(strings)?.[1] ?? 0);
  const junkStrings: string[] = [];
  const lines: string[] = [];
  for (let r = 1; r <= rows; r++) {
    junkStrings.push(`<si><t>记录 ${r}</t></si>`);
    lines.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="s"><v>${count + r - 1}</v></c><c r="C${r}" t="s"><v>${(r % 7) + 1}</v></c><c r="D${r}"><v>${(r * 1.25) % 1000}</v></c><c r="E${r}"><v>${45000 + (r % 900)}</v></c></row>`);
  }
  zip.file("xl/worksheets/sheet2.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${lines.join("")}</sheetData></worksheet>`);
  lines.length = 0;
  zip.file("xl/sharedStrings.xml", strings.replace(/count="\d+" uniqueCount="\d+"/, `count="${count + rows}" uniqueCount="${count + rows}"`).replace("</sst>", `${junkStrings.join("")}</sst>`));
  const book = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", book.replace("</sheets>", `<sheet name="数据" sheetId="99" r:id="rIdJunk"/></sheets>`));
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rIdJunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`));
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Runs `qcity ARGS` from the compiled CLI in a new process: its wall time, peak memory (max RSS, worker threads included) and exit code. */
function qcity(args: string[]): { seconds: number; peakMb: number; code: number; stdout: string } {
  const script = `require(${JSON.stringify(join(ROOT, "lib/cli/main.js"))}).main(${JSON.stringify(args)}).then((code) => { process.stderr.write("\\nmaxrss " + process.resourceUsage().maxRSS + "\\n"); process.exitCode = code; });`;
  const start = performance.now();
  const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = (performance.now() - start) / 1000;
  const kb = Number(/maxrss (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  if (Number.isNaN(kb)) throw new Error(`qcity ${args.join(" ")} failed:\n${run.stderr}`);
  return { seconds, peakMb: kb / 1024, code: run.status ?? -1, stdout: run.stdout.trim() };
}

function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".xlsx"))
    .map((e) => join(e.parentPath, e.name));
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "qcity-bench-collect-"));
  try {
    // The commands run from lib/, as installed; QCITY_BENCH_NO_BUILD=1 reuses a lib/ built already.
    if (process.env.QCITY_BENCH_NO_BUILD !== "1") {
      console.log("compiling the CLI (npm run build:cli)…");
      const build = spawnSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
      if (build.status !== 0) throw new Error("build:cli failed");
    }

    let start = performance.now();
    const folder = join(work, "workbooks");
    await filledWorkbooks(folder, WORKBOOKS);
    const paths = files(folder);
    const bytes = paths.reduce((sum, p) => sum + statSync(p).size, 0);
    console.log(`generated ${paths.length} filled workbooks (${mb(bytes)} MB) in ${((performance.now() - start) / 1000).toFixed(1)} s`);

    // The yardstick, in this process: open every file with ExcelJS, one after another, nothing else.
    start = performance.now();
    for (const path of paths) await new Workbook().xlsx.readFile(path);
    const bare = (performance.now() - start) / 1000;

    const jobs = availableParallelism();
    const collect = qcity(["collect", folder, "--out", join(work, "汇总.xlsx"), "--json", join(work, "汇总.json"), "--jobs", String(jobs)]);
    const collectOne = qcity(["collect", folder, "--out", join(work, "汇总-1.xlsx"), "--jobs", "1"]);
    console.log(`  ${collect.stdout.split("\n")[0]}`);
    const { unreadable } = JSON.parse(readFileSync(join(work, "汇总.json"), "utf8")) as { unreadable: { file: string; reason: string }[] };
    for (const u of unreadable.slice(0, 3)) console.log(`  unreadable: ${u.reason}`);
    console.log(`bare loop opening ${paths.length} workbooks with ExcelJS (yardstick)  ${bare.toFixed(1)} s`);
    console.log(`qcity collect, ${jobs} jobs                                   ${collect.seconds.toFixed(1)} s  peak ${collect.peakMb.toFixed(0)} MB  (target < 20 s, < 400 MB)`);
    console.log(`qcity collect, 1 job                                    ${collectOne.seconds.toFixed(1)} s  peak ${collectOne.peakMb.toFixed(0)} MB`);
    console.log(`ratio collect / bare loop                               ${(collect.seconds / bare).toFixed(2)}  (target ≤ 1.5; 1 job: ${(collectOne.seconds / bare).toFixed(2)})`);

    start = performance.now();
    const junk = join(work, "junk.xlsx");
    await junkWorkbook(junk, JUNK_ROWS);
    console.log(`\ngenerated the rubric + ${JUNK_ROWS.toLocaleString("en-US")}-row junk sheet (${mb(statSync(junk).size)} MB) in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    const check = qcity(["check", junk]);
    console.log(`  ${check.stdout.split("\n").find((l) => l.includes("/ 1000")) ?? check.stdout.split("\n")[0]}`);
    console.log(`qcity check beside ${JUNK_ROWS.toLocaleString("en-US")} junk rows                  ${check.seconds.toFixed(1)} s  peak ${check.peakMb.toFixed(0)} MB  (target < 300 MB; in-memory reader: 29.6 s, 2.9 GB)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
