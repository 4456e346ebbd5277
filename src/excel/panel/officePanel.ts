import { buildSummaryLayout } from "../../layout/panel/buildSummaryLayout";
import { fillRows, literalCell, type RowEntry } from "../../layout/panel/filledSheet";
import { SELF_SHEET_NAME } from "../../layout/panel/panelLayouts";
import type { LayoutOptions, WorksheetLayout } from "../../layout/types";
import type { ImportReport, PanelPort, PickedFile, SummaryResult } from "../../ports/panel";
import type { LayoutBuilder } from "../../ports/workbookActions";
import type { Rubric } from "../../rubric/types";
import { checkSheet } from "../../scoring/checkTable";
import type { ConsensusMethod } from "../../scoring/panel/consensus";
import { panelSheet } from "../../scoring/panel/panelSheet";
import { vetoAnswers } from "../../scoring/vetoCells";
import type { SheetSnapshot } from "../../scoring/snapshot";
import type { Locale } from "../../table/locale";
import { rect, rectAddress } from "../../table/a1";
import { applyLayout } from "../applyLayout";
import { insertRubricSheet } from "../insertRubricSheet";
import { sheetNameKey } from "../../layout/sheetName";
import { locateCells, markedSheets, panelSheetInfos } from "./panelSheets";
import { workbookRubric } from "../readSheetRubric";

/** Runs one Excel batch (the caller checks the API set first). */
type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficePanelOptions {
  readonly locale: Locale;
  readonly rubric: Rubric;
  readonly build: LayoutBuilder;
  readonly run: Run;
  /** Reads a picked file's sheets; the CLI's reader over the bytes (src/xlsx/readBytes.ts), loaded on first use. */
  readonly read: (bytes: Uint8Array) => Promise<{ name: string; snapshot: SheetSnapshot }[]>;
}

const TEXT = {
  "zh-CN": {
    taken: (name: string) => `已有专家“${name}”的评分表；请先改文件名（或文件中的评价人）再导入。`,
    noTable: "文件中没有评价表（表头须有“评价准则”和“得分”）。",
    otherRubric: (id: string) => `这张评价表按另一评价标准（${id}）制作，与本工作簿的评价标准不一致。`,
    mismatch: (reasons: string) => `评价表与评价标准不一致：${reasons}。`,
    unreadable: (message: string) => `无法读取：${message}`,
    noExperts: "工作簿中还没有专家评分表：请先添加或导入。",
  },
  "en-US": {
    taken: (name: string) => `There is already a sheet for ${name}; rename the file (or the assessor in it) and import it again.`,
    noTable: "The file holds no rubric table (the header needs 评价准则/Criterion and 得分/Score).",
    otherRubric: (id: string) => `This table was built on another rubric (${id}), not this workbook's.`,
    mismatch: (reasons: string) => `The table differs from the rubric: ${reasons}.`,
    unreadable: (message: string) => `Cannot read it: ${message}`,
    noExperts: "The workbook has no expert sheet yet: add or import one first.",
  },
} as const;

/** A builder that gives `layout` whatever it is asked (for inserting a layout made beforehand). */
const fixed = (layout: WorksheetLayout): LayoutBuilder => () => layout;

/** The 评审 tab's port over Office.js; each call is one Excel.run batch. */
export function officePanel({ locale, rubric: fallback, build, run, read }: OfficePanelOptions): PanelPort {
  const text = TEXT[locale];
  const sheetOptions = (role: "self" | "assessment", assessor?: string): LayoutOptions => ({
    locale,
    formulaStyle: "native",
    role,
    ...(assessor !== undefined && { assessor }),
  });

  const importOne = async (context: Excel.RequestContext, file: PickedFile, taken: Set<string>, rubric: Rubric): Promise<ImportReport> => {
    let sheets: { name: string; snapshot: SheetSnapshot }[];
    try {
      sheets = await read(file.bytes);
    } catch (error) {
      return { ok: false, file: file.name, reason: text.unreadable((error as Error).message) };
    }
    for (const s of sheets) {
      const result = checkSheet(s.snapshot, { locale, rubric });
      if (!result.ok) continue;
      const { marker } = s.snapshot;
      if (marker !== undefined && marker.rubric !== rubric.id) return { ok: false, file: file.name, reason: text.otherRubric(marker.rubric) };
      const panel = panelSheet(result.check, rubric);
      if (panel.mismatches.length > 0) return { ok: false, file: file.name, reason: text.mismatch(panel.mismatches.slice(0, 3).map((f) => f.message).join("；")) };
      const assessor = marker?.assessor ?? file.name.replace(/\.xlsx$/i, "").trim();
      if (taken.has(sheetNameKey(assessor))) return { ok: false, file: file.name, reason: text.taken(assessor) };
      const entries = new Map<string, RowEntry>();
      for (const [code, e] of panel.entries) entries.set(code, { score: literalCell(e.raw), evidence: literalCell(e.evidence), note: literalCell(e.note) });
      const vetoes = new Map([...vetoAnswers(result.check.table, s.snapshot.values, rubric)].map(([code, value]) => [code, literalCell(value)]));
      const layout = fillRows(build(rubric, sheetOptions("assessment", assessor)), rubric, entries, assessor, vetoes);
      const inserted = await insertRubricSheet(context, { rubric, build: fixed(layout), options: {} });
      taken.add(sheetNameKey(assessor));
      return { ok: true, file: file.name, assessor, sheetName: inserted.sheetName, scored: panel.scored, criteria: rubric.criteria.length, findings: panel.findings.map((f) => f.message) };
    }
    return { ok: false, file: file.name, reason: text.noTable };
  };

  const writeSummary = async (context: Excel.RequestContext, method: ConsensusMethod, rubric: Rubric): Promise<SummaryResult> => {
    const sheets = await markedSheets(context);
    const experts = sheets.filter((s) => s.marker?.role === "assessment");
    if (experts.length === 0) throw new Error(text.noExperts);
    const self = sheets.find((s) => s.marker?.role === "self");
    const refs = await locateCells(context, [...(self ? [self] : []), ...experts].map((s) => ({ sheet: s.sheet, name: s.name, assessor: s.marker?.assessor ?? s.name })), rubric);
    const layout = buildSummaryLayout(rubric, { experts: self ? refs.slice(1) : refs, ...(self && { self: refs[0] }), method, locale });
    const existing = sheets.find((s) => s.marker?.role === "summary");
    if (existing === undefined) {
      const inserted = await insertRubricSheet(context, { rubric, build: fixed(layout), options: {} });
      return { sheetName: inserted.sheetName, updated: false, experts: experts.length };
    }
    // Updating: the table's block is cleared and rewritten; the user's cells outside it stay as they were.
    const used = existing.sheet.getUsedRangeOrNullObject(true);
    used.load("rowCount,columnCount");
    await context.sync();
    const rows = Math.max(layout.rowCount, used.isNullObject ? 0 : used.rowCount);
    const block = existing.sheet.getRange(rectAddress(rect(0, 0, rows - 1, layout.columnCount - 1)));
    block.unmerge();
    block.clear("All");
    existing.sheet.names.load("items/name");
    await context.sync();
    for (const name of existing.sheet.names.items) name.delete();
    applyLayout(context, existing.sheet, layout);
    existing.sheet.activate();
    await context.sync();
    return { sheetName: existing.name, updated: true, experts: experts.length };
  };

  /** One batch with the workbook's rubric: the one it carries, else the default (one or two syncs to read). */
  const runWithRubric = <T,>(batch: (context: Excel.RequestContext, rubric: Rubric) => Promise<T>): Promise<T> =>
    run(async (context) => batch(context, await workbookRubric(context, fallback, locale)));

  return {
    list: () => run(async (context) => panelSheetInfos(await markedSheets(context))),
    addSheet: (role, assessor) =>
      runWithRubric(async (context, rubric) => {
        const name = role === "self" ? SELF_SHEET_NAME[locale] : (assessor ?? "").trim();
        const layout = { ...build(rubric, sheetOptions(role, role === "assessment" ? name : undefined)), sheetName: name };
        const inserted = await insertRubricSheet(context, { rubric, build: fixed(layout), options: {} });
        return { sheetName: inserted.sheetName };
      }),
    importFiles: (files) =>
      runWithRubric(async (context, rubric) => {
        const sheets = await markedSheets(context);
        const taken = new Set(sheets.flatMap((s) => [sheetNameKey(s.name), ...(s.marker?.assessor ? [sheetNameKey(s.marker.assessor)] : [])]));
        const reports: ImportReport[] = [];
        // One file after another: each insert reads the sheet names the previous one left.
        for (const file of files) reports.push(await importOne(context, file, taken, rubric));
        return reports;
      }),
    writeSummary: (method) => runWithRubric((context, rubric) => writeSummary(context, method, rubric)),
    signOff: (sheetName, assessor, date) =>
      runWithRubric(async (context, rubric) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        const layout = build(rubric, sheetOptions("assessment"));
        const signOff = layout.table.signOff;
        if (signOff !== undefined) {
          sheet.getRange(rectAddress(rect(signOff.row, signOff.assessorCol))).values = [[assessor]];
          sheet.getRange(rectAddress(rect(signOff.row, signOff.dateCol))).values = [[date]];
        }
        sheet.protection.protect();
        await context.sync();
      }),
    unlock: (sheetName) =>
      run(async (context) => {
        context.workbook.worksheets.getItem(sheetName).protection.unprotect();
        await context.sync();
      }),
  };
}
