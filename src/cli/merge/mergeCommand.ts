import { link, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { isFolder } from "../outputFile";
import { sanitizeSheetName, uniqueSheetName } from "../../layout/sheetName";
import { SELF_SHEET_NAME, summarySheetName, panelLayouts, type PanelMember } from "../../layout/panel/panelLayouts";
import { literalCell, type RowEntry } from "../../layout/panel/filledSheet";
import { defaultRubric } from "../rubrics";
import type { Rubric } from "../../rubric/types";
import { parseMethod } from "../../scoring/panel/consensusRanges";
import { panelFindings, type PanelData, type PanelFinding } from "../../scoring/panel/panelFindings";
import { CliError, EXIT, cliLocale, type CliIo, type Command } from "../command";
import { parseLang, parseOptions } from "../options";
import { mergeReportJson, mergeReportText } from "./mergeReport";
import { MERGE_TEXT } from "./mergeText";
import { expandInputs, fileRubric, panelFileOf, pooledCarriedRubrics, readPanelSheets, sameNames, type PanelFile, type SnapshotReader } from "./readPanelFiles";
import type { WorkbookSheet } from "../../scoring/panel/summaryPanel";
import type { Locale } from "../../table/locale";
import { loadRubricFile } from "../rubricFile";
import { errorCode } from "../../ports/errors";

const OPTIONS = {
  self: { type: "string" },
  method: { type: "string" },
  rubric: { type: "string" },
  out: { type: "string", short: "o" },
  force: { type: "boolean" },
  json: { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

// The streaming reader, as `qcity check` uses: each sheet parsed as it unzips, without building an ExcelJS workbook.
const readStreaming: SnapshotReader = async (path) => (await import("../../xlsx/streamSnapshots")).streamWorkbookSnapshots(path);

/**
 * The panel's rubric when --rubric is not given: the one the first file that
 * names a rubric records (carried by any file of the panel, else shipped), else the default. A
 * file naming an unknown rubric adds its refusal; a file on another rubric is
 * refused later, when it is checked against this one.
 */
function panelRubric(read: readonly { input: { file: string }; sheets: readonly WorkbookSheet[] }[], locale: Locale, refusals: string[]): Rubric {
  const carried = pooledCarriedRubrics(read.map((r) => r.sheets), locale);
  let chosen: Rubric | undefined;
  for (const { input, sheets } of read) {
    const found = fileRubric(input, sheets, carried, locale);
    if ("refusal" in found) refusals.push(found.refusal);
    else chosen ??= found.rubric;
  }
  return chosen ?? defaultRubric();
}

/** What the report needs of a merge. */
export interface MergeResult {
  readonly out: string;
  readonly method: NonNullable<ReturnType<typeof parseMethod>>;
  readonly experts: readonly PanelFile[];
  readonly self?: PanelFile;
  readonly findings: readonly PanelFinding[];
  readonly criteria: number;
}

function member(file: PanelFile, sheetName: string): PanelMember {
  const entries = new Map<string, RowEntry>();
  for (const [code, e] of file.panel.entries) entries.set(code, { score: literalCell(e.raw), evidence: literalCell(e.evidence), note: literalCell(e.note) });
  const vetoes = new Map([...file.vetoes].map(([code, value]) => [code, literalCell(value)]));
  return { name: file.name, sheetName, entries, vetoes };
}

/** The panel as the findings see it: per criterion, each expert's valid score and the self-assessment cell. */
function panelData(rubric: Rubric, experts: readonly PanelFile[], self: PanelFile | undefined): PanelData {
  return {
    experts: experts.map((e) => e.name),
    rows: rubric.criteria.map((c) => ({
      code: c.code,
      cap: c.points,
      experts: experts.map((e) => e.panel.entries.get(c.code)?.score ?? null),
      ...(self && { self: self.panel.entries.get(c.code)?.raw ?? null }),
    })),
  };
}

/**
 * Writes `data` to `path` without ever leaving a partial file: a temporary
 * file beside it, then a rename (--force) or a hard link that fails when
 * `path` exists. The temporary file is removed on every path out.
 */
async function writeWhole(path: string, data: Buffer, force: boolean): Promise<void> {
  const temp = `${path}.${process.pid}.${Date.now()}.part`;
  try {
    await writeFile(temp, data, { flag: "wx" });
    if (force) await rename(temp, path);
    else await link(temp, path);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/**
 * `qcity merge EXPERT.xlsx… [--self SELF.xlsx] [--method …] [--out …] [--force] [--json] [--lang]`:
 * reads every expert file (a folder gives its .xlsx files), refuses with exit
 * 2 and no output when anything cannot be merged safely (every reason listed,
 * each naming its file), else writes the panel workbook (summary first, then
 * the self-assessment, then each expert) and reports the panel findings:
 * exit 0 without, 1 with findings.
 */
export async function runMerge(args: readonly string[], io: CliIo, reader: SnapshotReader = readStreaming): Promise<number> {
  const messageLocale = cliLocale(args);
  const text = MERGE_TEXT[messageLocale];
  const parsed = parseOptions("merge", args, OPTIONS, true, messageLocale);
  const options = parsed.values;
  if (options.help) {
    io.out(text.help);
    return EXIT.ok;
  }
  const locale = parseLang(options.lang, messageLocale);
  const method = options.method === undefined ? "mean" : parseMethod(options.method);
  if (method === undefined) throw new CliError(text.badMethod(options.method ?? ""));
  if (parsed.positionals.length === 0) throw new CliError(text.usage);
  const option = options.rubric === undefined ? undefined : await loadRubricFile(resolve(io.cwd, options.rubric), options.rubric, messageLocale);
  if (options.out !== undefined && options.out.trim() === "") throw new CliError(text.emptyOut);
  const given = resolve(io.cwd, options.out ?? text.defaultOut);
  // An existing folder gets 汇总.xlsx inside it, as `export` and `report` do.
  const out = options.out !== undefined && (await isFolder(given)) === true ? join(given, text.defaultOut) : given;
  const outPath = /\.xlsx$/i.test(out) ? out : `${out}.xlsx`;

  const refusals: string[] = [];
  if (!options.force && (await stat(outPath).then(() => true, () => false))) refusals.push(text.exists(outPath));
  if (!(await stat(dirname(outPath)).then((s) => s.isDirectory(), () => false))) refusals.push(text.noFolder(dirname(outPath)));

  const exclude = [...(options.self !== undefined ? [options.self] : []), outPath];
  const { files, problems } = await expandInputs(parsed.positionals, io.cwd, exclude, locale);
  refusals.push(...problems);
  const inputs = [...files.map((f) => ({ ...f, self: false })), ...(options.self !== undefined ? [{ file: options.self, path: resolve(io.cwd, options.self), self: true }] : [])];
  const read: { input: (typeof inputs)[number]; sheets: WorkbookSheet[] }[] = [];
  for (const input of inputs) {
    const result = await readPanelSheets(input, reader, locale);
    if ("refusal" in result) refusals.push(result.refusal);
    else read.push({ input, sheets: result.sheets });
  }
  const rubric = option ?? panelRubric(read, locale, refusals);
  const experts: PanelFile[] = [];
  let self: PanelFile | undefined;
  for (const { input, sheets } of read) {
    const result = panelFileOf(input, sheets, rubric, locale);
    if ("refusal" in result) refusals.push(result.refusal);
    else if (input.self) self = result;
    else experts.push(result);
  }
  refusals.push(...sameNames(experts, locale));
  if (files.length < 2) refusals.push(text.tooFew(files.length));
  if (refusals.length > 0) throw new CliError([text.refused, ...refusals.map((r) => `  ${r}`)].join("\n"));

  const taken = [summarySheetName(locale), ...(self ? [SELF_SHEET_NAME[locale]] : [])];
  const members = experts.map((e, i) => {
    const sheetName = uniqueSheetName(sanitizeSheetName(e.name, `${locale === "en-US" ? "Expert " : "专家"}${i + 1}`), taken);
    taken.push(sheetName);
    return member(e, sheetName);
  });
  const { sheets } = panelLayouts(rubric, {
    experts: members,
    ...(self && { self: member(self, SELF_SHEET_NAME[locale]) }),
    method,
    locale,
  });
  const { workbookBufferOf } = await import("../../xlsx/writeWorkbook");
  // The output carries its rubric, so that it checks right on a machine that never saw the rubric file.
  const buffer = await workbookBufferOf(sheets, [rubric]);
  try {
    await writeWhole(outPath, buffer, options.force === true);
  } catch (error) {
    const code = errorCode(error) ?? "?";
    throw new CliError(code === "EEXIST" ? text.exists(outPath) : text.cannotWrite(outPath, code), { cause: error });
  }

  const findings = panelFindings(panelData(rubric, experts, self), { method, locale });
  const result: MergeResult = { out: outPath, method, experts, ...(self && { self }), findings, criteria: rubric.criteria.length };
  io.out(options.json ? mergeReportJson(result) : mergeReportText(result, locale));
  const own = [...experts, ...(self ? [self] : [])].some((f) => f.panel.findings.length > 0);
  return findings.length > 0 || own ? EXIT.findings : EXIT.ok;
}

export const mergeCommand: Command = {
  name: "merge",
  summary: { "zh-CN": MERGE_TEXT["zh-CN"].summary, "en-US": MERGE_TEXT["en-US"].summary },
  run: (args, io) => runMerge(args, io),
};
