import type { PanelSheetInfo } from "../../ports/panel";
import { addressOrigin, cellAddress } from "../../table/a1";
import type { Grid } from "../../table/grid";
import { MARKER_NAME, parseMarker, type SheetMarker } from "../../table/marker";
import { readTable } from "../../table/readTable";
import { TABLE_WINDOW_ADDRESS } from "../../table/window";
import type { PanelSheetRef } from "../../layout/panel/panelTypes";
import { checkSummary, type SummaryCheck, type WorkbookSheet } from "../../scoring/panel/summaryPanel";
import type { TableCheck } from "../../scoring/checkTable";
import type { Locale } from "../../table/locale";
import { readVetoCells } from "../../scoring/vetoCells";
import type { Rubric } from "../../rubric/types";

/** A sheet of the workbook with what its marker says. */
export interface MarkedSheet {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly marker?: SheetMarker;
  readonly locked: boolean;
}

/**
 * Every sheet with its marker and protection, in two context.sync() calls
 * whatever the number of sheets: the names, then every marker name
 * (ExcelApi 1.4) and protection state (ExcelApi 1.2) queued together.
 */
export async function markedSheets(context: Excel.RequestContext): Promise<MarkedSheet[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const probes = sheets.items.map((sheet) => {
    const name = sheet.names.getItemOrNullObject(MARKER_NAME);
    name.load("formula");
    sheet.protection.load("protected");
    return { sheet, name };
  });
  await context.sync();
  return probes.map(({ sheet, name }) => {
    const marker = name.isNullObject ? undefined : parseMarker(name.formula);
    return { sheet, name: sheet.name, ...(marker && { marker }), locked: sheet.protection.protected };
  });
}

/** The panel's sheets (those with a marker) as the 评审 tab lists them. */
export function panelSheetInfos(sheets: readonly MarkedSheet[]): PanelSheetInfo[] {
  return sheets.flatMap((s) =>
    s.marker === undefined ? [] : [{ sheetName: s.name, role: s.marker.role, ...(s.marker.assessor !== undefined && { assessor: s.marker.assessor }), locked: s.locked }],
  );
}

/**
 * Where the summary finds each sheet's cells: its table read from the values
 * inside TABLE_WINDOW (one context.sync() for all the sheets), the score,
 * 扣分说明 and 佐证材料 cell of each criterion, and each 一票否决 answer of `rubric`, as A1 addresses on that sheet.
 * A sheet without a readable table gives no cells.
 */
export async function locateCells(context: Excel.RequestContext, sheets: readonly { sheet: Excel.Worksheet; name: string; assessor: string }[], rubric: Rubric): Promise<PanelSheetRef[]> {
  const blocks = sheets.map((s) => {
    const block = s.sheet.getRange(TABLE_WINDOW_ADDRESS).getUsedRangeOrNullObject(true);
    block.load("address,values");
    return block;
  });
  await context.sync();
  return sheets.map((s, i) => {
    const block = blocks[i] as Excel.Range;
    const empty: PanelSheetRef = { name: s.assessor, sheetName: s.name, scoreCells: new Map() };
    if (block.isNullObject) return empty;
    const table = readTable(block.values as Grid);
    if (table === undefined) return empty;
    const origin = addressOrigin(block.address);
    const cellsOf = (col: number | undefined) =>
      col === undefined ? undefined : new Map(table.rows.map((row) => [row.code, cellAddress(row.row + origin.row, col + origin.col)]));
    const noteCells = cellsOf(table.columns.note);
    const evidenceCells = cellsOf(table.columns.evidence);
    const vetoes = readVetoCells(table, block.values as Grid, rubric);
    const vetoCells = vetoes.length === 0 ? undefined : new Map(vetoes.map((v) => [v.code, cellAddress(v.row + origin.row, v.col + origin.col)]));
    return {
      ...empty,
      scoreCells: cellsOf(table.columns.score) ?? new Map(),
      ...(noteCells && { noteCells }),
      ...(evidenceCells && { evidenceCells }),
      ...(vetoCells && { vetoCells }),
    };
  });
}

/**
 * The experts' and the self-assessment's sheets as snapshots, for checking a
 * summary with its panel: the values inside TABLE_WINDOW of every sheet whose
 * marker says `assessment` or `self`, all in one context.sync().
 */
export async function panelSnapshots(context: Excel.RequestContext, sheets: readonly MarkedSheet[]): Promise<WorkbookSheet[]> {
  const members = sheets.filter((s) => s.marker?.role === "assessment" || s.marker?.role === "self");
  const blocks = members.map((s) => {
    const block = s.sheet.getRange(TABLE_WINDOW_ADDRESS).getUsedRangeOrNullObject(true);
    block.load("address,values");
    return block;
  });
  if (members.length > 0) await context.sync();
  return members.map((s, i) => {
    const block = blocks[i] as Excel.Range;
    const marker = s.marker && { marker: s.marker };
    if (block.isNullObject) return { name: s.name, snapshot: { values: [], ...marker } };
    return { name: s.name, snapshot: { values: block.values as Grid, origin: addressOrigin(block.address), ...marker } };
  });
}

/**
 * The active sheet checked with its panel when it is a summary (marker
 * `role=summary`): the expert and self-assessment sheets are read in three
 * syncs, however many they are. Undefined for any other sheet, with no sync.
 */
export async function activeSummary(context: Excel.RequestContext, sheet: WorkbookSheet, check: TableCheck, rubric: Rubric, locale: Locale): Promise<SummaryCheck | undefined> {
  if (sheet.snapshot.marker?.role !== "summary") return undefined;
  return checkSummary(sheet, check, await panelSnapshots(context, await markedSheets(context)), rubric, locale);
}
