import { parseRect, rectAddress } from "../table/a1";
import { nativeFormulaChanges } from "../layout/nativeFormulaChanges";
import { sanitizeSheetName, uniqueSheetName } from "../layout/sheetName";
import { sheetRubric } from "../ports/sheetRubric";
import { checkSummary } from "../scoring/panel/summaryPanel";
import { CARRIED_RUBRIC_SHEET } from "../rubric/carried";
import { WorkbookError } from "../ports/errors";
import type { SheetSnapshot } from "../scoring/snapshot";
import { checkOutcome } from "../ports/checkOutcome";
import type { ChecksPort, EvidenceColumnsOutcome } from "../ports/checks";
import type { ReportPort, ReportSheetOutcome } from "../ports/report";
import { buildReport } from "../report/reportModel";
import { buildReportSheet } from "../report/reportSheet";
import { describeNoTable } from "../scoring/noTableMessage";
import { readSheetFacts } from "../scoring/sheetFacts";
import type { InsertResult, LayoutBuilder, SheetRubricOutcome, WorkbookActions } from "../ports/workbookActions";
import { chosenRubric, planRubricInsert, workbookRubrics, type InsertPlan } from "../ports/rubricChoice";
import { findCarriedSheet } from "../rubric/carried";
import { RubricRegistry } from "../rubric/registry";
import type { WorkbookPorts } from "../ports/workbookPorts";
import { addedColumnHighlights } from "../scoring/addedColumnHighlights";
import { checkSheet, checkTable, type TableCheck } from "../scoring/checkTable";
import { isHighlightFormula, planHighlights, type HighlightRule } from "../scoring/highlights";
import type { Locale } from "../table/locale";
import { planEvidenceColumns } from "../scoring/planEvidenceColumns";
import type { Rubric } from "../rubric/types";
import { copyFormat, type MemorySheet } from "./memorySheet";
import type { MemoryWorkbook } from "./memoryWorkbook";
import { readSnapshot } from "./readSnapshot";
import { writeLayout, writeSheetContent } from "./writeLayout";

export interface MemoryPortsOptions {
  readonly locale: Locale;
  /** The default rubric: the one inserted when none is chosen, and the one the checks read sheets with. */
  readonly rubric: Rubric;
  readonly build: LayoutBuilder;
  /** The rubrics the insert offers beside the workbook's own; default `rubric` alone. */
  readonly shipped?: RubricRegistry;
}

/** The workbook's carried sheet's values from A1 (as Office.js reads its used range); undefined when it has none. */
function carriedValues(book: MemoryWorkbook): unknown[][] | undefined {
  const sheet = findCarriedSheet(book.sheets);
  return sheet === undefined ? undefined : sheetValues(sheet);
}

/** A sheet's values from A1 to its last used cell, "" for empty cells (a formula's value is not computed here). */
function sheetValues(sheet: MemorySheet): unknown[][] {
  const { rows, cols } = sheet.usedExtent();
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (__, c) => sheet.cell(r, c).value ?? ""));
}

/** Writes the carried sheet's cells, adding the sheet very hidden when the workbook has none, as queueCarriedCells does in Excel. */
function writeCarried(book: MemoryWorkbook, cells: readonly (readonly string[])[]): void {
  const sheet = findCarriedSheet(book.sheets) ?? book.addSheet(CARRIED_RUBRIC_SHEET);
  sheet.clear();
  sheet.visibility = "VeryHidden";
  cells.forEach((line, r) =>
    line.forEach((text, c) => {
      sheet.setFormat(r, c, (f) => (f.numberFormat = "@"));
      sheet.setContent(r, c, text === "" ? null : text);
    }),
  );
}

/** Makes the sheet's add-in highlights match `rules`, leaving unchanged ones and every other conditional format alone; returns the changes. */
function syncHighlights(sheet: MemorySheet, rules: readonly HighlightRule[]): number {
  const wanted = new Set(rules.map((r) => r.formula));
  const mine = sheet.conditionalFormats.filter((f) => isHighlightFormula(f.formula));
  const stale = mine.filter((f) => !wanted.has(f.formula));
  sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !stale.includes(f));
  const present = new Set(mine.map((f) => f.formula));
  const added = rules.filter((r) => !present.has(r.formula));
  for (const rule of added) sheet.addConditionalFormat({ ranges: rule.addresses.map(parseRect), formula: rule.formula, fill: rule.fill, fontColor: rule.fontColor });
  return stale.length + added.length;
}

function addEvidenceColumns(sheet: MemorySheet, rubric: Rubric): EvidenceColumnsOutcome {
  const snapshot = readSnapshot(sheet);
  const check = checkTable(snapshot, { rubric });
  const plan = planEvidenceColumns(check, snapshot);
  if (!plan.ok || check === undefined) return { status: "refused", reason: plan.ok ? "no-table" : plan.reason };
  const body = parseRect(plan.bodyAddress);
  const source = parseRect(plan.formatSourceAddress);
  if (plan.mode === "insert") sheet.insertColumns(body.left, body.right - body.left + 1);
  for (let r = body.top; r <= body.bottom; r++) {
    const format = sheet.cell(r, source.left).format;
    for (let c = body.left; c <= body.right; c++) sheet.setFormat(r, c, (f) => Object.assign(f, copyFormat(format)));
  }
  for (const column of plan.columns) sheet.setContent(body.top, column.col, column.title);
  for (const format of addedColumnHighlights(check, plan)) {
    sheet.addConditionalFormat({ ranges: [format.rect], formula: `=${format.formula}`, fill: format.fill, ...(format.fontColor !== undefined && { fontColor: format.fontColor }) });
  }
  return { status: "added", titles: plan.columns.map((c) => c.title), columnsAddress: plan.columnsAddress, inserted: plan.mode === "insert" };
}

/**
 * The workbook ports over a MemoryWorkbook, running the same pure modules as
 * the Office.js adapter (checks, highlight plans, evidence-column plans,
 * native formulas). Every call rejects with InvalidOperationInCellEditMode
 * while the workbook is in cell-edit mode. The add-in's own writes do not
 * reach the watchers (Excel marks them ThisLocalAddin, and the pane ignores them).
 */
export function memoryPorts(book: MemoryWorkbook, { locale, rubric, build, shipped = new RubricRegistry([rubric]) }: MemoryPortsOptions): WorkbookPorts {
  /** Runs a call as Excel would: asynchronously, refused while a cell is being edited. */
  const call =
    <A extends unknown[], T>(body: (...args: A) => T) =>
    async (...args: A): Promise<Awaited<T>> => {
      await Promise.resolve();
      book.ensureNotEditing();
      return await body(...args);
    };

  /** A sheet's own rubric, as the Office.js ports read it: its marker's, carried by the workbook's QCITY_RUBRIC sheet or shipped. */
  const rubricOf = (sheetName: string, snapshot: SheetSnapshot) => {
    const carried = book.sheets.find((s) => s.name.toUpperCase() === CARRIED_RUBRIC_SHEET);
    return sheetRubric(snapshot.marker?.rubric, carried && readSnapshot(carried).values, rubric, sheetName, locale);
  };
  const rubrics = () => workbookRubrics(shipped, carriedValues(book), rubric);
  /** The planned sheet, and the carried rubric when the plan has one, as one write. */
  const insertPlanned = (chosen: Rubric, plan: InsertPlan): InsertResult => {
    const layout = build(chosen, plan.options);
    const sheetName = uniqueSheetName(sanitizeSheetName(layout.sheetName), book.sheets.map((s) => s.name));
    writeLayout(book.addSheet(sheetName), layout);
    if (plan.carry !== undefined) writeCarried(book, plan.carry);
    book.activate(sheetName);
    return { sheetName, rowCount: layout.rowCount, columnCount: layout.columnCount, ...(plan.nativeForRubric && { nativeForRubric: true }) };
  };

  const actions: WorkbookActions = {
    listRubrics: call(() => rubrics().offered.map(({ id, title, origin }) => ({ id, title, origin }))),
    insertRubricSheet: call((options, rubricId) => {
      const offered = rubrics();
      const chosen = chosenRubric(offered, rubricId);
      return insertPlanned(chosen, planRubricInsert(offered, chosen, options));
    }),
    importSheetRubric: call(async (options): Promise<SheetRubricOutcome> => {
      const source = book.active;
      const { importSheetRubric } = await import("../ports/sheetRubricImport");
      const imported = importSheetRubric(sheetValues(source), locale);
      if (!imported.ok) return { status: "invalid", sourceSheet: source.name, problems: imported.problems };
      const made = imported.rubric;
      const inserted = insertPlanned(made, planRubricInsert(rubrics(), made, options));
      return { status: "inserted", ...inserted, sourceSheet: source.name, rubric: { id: made.id, title: made.title, origin: "carried" }, criteria: made.criteria.length, totalPoints: made.totalPoints };
    }),
    convertToNativeFormulas: call(() => {
      const sheet = book.active;
      const snapshot = readSnapshot(sheet);
      const chosen = rubricOf(sheet.name, snapshot);
      if ("message" in chosen) throw new WorkbookError("InvalidOperation", chosen.message);
      const changes = nativeFormulaChanges(snapshot.formulas ?? [], chosen.rubric);
      for (const change of changes) sheet.setContent(change.row, change.col, null, change.formula);
      return changes.length;
    }),
  };

  /** A summary sheet checked with its panel (the other sheets read as the Office.js ports read them); undefined for any other sheet. */
  const summaryOf = (name: string, snapshot: SheetSnapshot, check: TableCheck, rubric: Rubric) =>
    snapshot.marker?.role === "summary" ? checkSummary({ name, snapshot }, check, book.sheets.map((s) => ({ name: s.name, snapshot: readSnapshot(s) })), rubric, locale) : undefined;

  const checks: ChecksPort = {
    check: call(({ highlight }: { readonly highlight: boolean }) => {
      const sheet = book.active;
      const snapshot = readSnapshot(sheet);
      const chosen = rubricOf(sheet.name, snapshot);
      if ("message" in chosen) {
        syncHighlights(sheet, []);
        return { status: "no-table", sheetName: sheet.name, message: chosen.message };
      }
      const { rubric } = chosen;
      const result = checkSheet(snapshot, { locale, rubric });
      const outcome = checkOutcome(result, sheet.name, locale, result.ok ? summaryOf(sheet.name, snapshot, result.check, rubric) : undefined);
      syncHighlights(sheet, outcome.status === "checked" && highlight ? planHighlights(outcome.findings) : []);
      return outcome;
    }),
    select: call((sheetName: string, address: string) => {
      book.activate(sheetName);
      book.selection = { sheetName: book.active.name, address: rectAddress(parseRect(address)) };
    }),
    clearHighlights: call(() => syncHighlights(book.active, [])),
    addEvidenceColumns: call(() => addEvidenceColumns(book.active, rubric)),
    fixNumberText: call((sheetName, fixes) => {
      const sheet = book.sheet(sheetName);
      let changed = 0;
      for (const fix of fixes) {
        const at = parseRect(fix.address);
        const cell = sheet.cell(at.top, at.left);
        if (cell.formula !== undefined || cell.value !== fix.text) continue;
        if (cell.format.numberFormat === "@") sheet.setFormat(at.top, at.left, (f) => delete f.numberFormat);
        sheet.setContent(at.top, at.left, fix.value);
        changed++;
      }
      return { changed, skipped: fixes.length - changed };
    }),
    watch: call((onChange: () => void) => {
      const stop = book.watch(() => onChange());
      return async () => stop();
    }),
  };
  const report: ReportPort = {
    addReportSheet: call((): ReportSheetOutcome => {
      const source = book.active;
      const snapshot = readSnapshot(source);
      const chosen = rubricOf(source.name, snapshot);
      if ("message" in chosen) return { status: "no-table", sheetName: source.name, message: chosen.message };
      const { rubric } = chosen;
      const result = checkSheet(snapshot, { locale, rubric });
      if (!result.ok) return { status: "no-table", sheetName: source.name, message: describeNoTable(result.noTable, locale, source.name) };
      const summary = summaryOf(source.name, snapshot, result.check, rubric);
      const check = summary?.check ?? result.check;
      const model = buildReport({ check, rubric, sheetName: source.name, ...readSheetFacts(summary?.snapshot ?? snapshot, check, rubric), ...(summary && { panel: summary.panel }) });
      const sheet = buildReportSheet(model, locale);
      const sheetName = uniqueSheetName(sanitizeSheetName(sheet.content.sheetName), book.sheets.map((s) => s.name));
      const written = book.addSheet(sheetName);
      writeSheetContent(written, sheet.content);
      written.charts.push({ type: "ColumnClustered", values: sheet.chart.rates, labels: sheet.chart.labels, anchor: sheet.chart.anchor, title: sheet.chart.title });
      book.activate(sheetName);
      return { status: "added", sheetName, sourceSheet: source.name, total: model.header.total, points: model.header.points };
    }),
  };
  return { actions, checks, report };
}
