import { addressEnd, addressOrigin, rect, type Rect } from "../table/a1";
import { isSetSupported } from "./requirements";
import type { Grid } from "../table/grid";
import { TABLE_WINDOW, TABLE_WINDOW_ADDRESS } from "../table/window";
import { MARKER_NAME, parseMarker } from "../table/marker";
import { isHighlightFormula } from "../scoring/highlights";
import type { SheetSnapshot } from "../scoring/snapshot";
import { isCellEditModeError } from "../ports/errors";

/** A highlight conditional format the add-in wrote earlier. */
export interface ExistingHighlight {
  readonly id: string;
  readonly formula: string;
}

export interface SheetRead {
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  readonly snapshot: SheetSnapshot;
  readonly highlights: readonly ExistingHighlight[];
  /**
   * Custom conditional formats whose rule Excel failed to read (office-js #6827, #6835: one
   * user's rule can fail a whole read). The check runs without them; 0 almost always.
   */
  readonly unreadableFormats: number;
}

const ALL_RULES = "items/id,items/type,items/customOrNullObject/rule/formula";
const IDS_ONLY = "items/id,items/type";

/**
 * Reads the active worksheet for the checks in one context.sync(): values,
 * formulas and number formats of the cells with values inside TABLE_WINDOW
 * (A1:AN400, at most 16,000 cells, however far the sheet's used range reaches),
 * the address of the sheet's used range (values only: a formatted but empty
 * cell does not count) so a table beyond the window is reported rather than
 * read in part, the add-in's own highlight conditional formats, and the sheet's
 * marker (the worksheet-scoped name QCITY_SHEET, ExcelApi 1.4) and, where
 * ExcelApi 1.13 is supported, the merged areas inside the block. An empty sheet
 * gives an empty snapshot.
 *
 * When that sync fails (other than in cell-edit mode), a conditional format
 * Excel cannot enumerate is the known cause: the sheet is read again with the
 * formats' ids and types only, then each custom format's rule in a batch of
 * its own, all sent at once; the ones that still fail are counted in
 * `unreadableFormats` and left alone. A second failure of the sheet read
 * itself is thrown.
 */
export async function readActiveSheet(context: Excel.RequestContext): Promise<SheetRead> {
  try {
    const read = queueSheetRead(context, ALL_RULES);
    await context.sync();
    return sheetRead(read, highlightsOf(read.formats.items.map((f) => ({ id: f.id, formula: ruleFormula(f) }))), 0);
  } catch (error) {
    if (isCellEditModeError(error)) throw error;
  }
  const read = queueSheetRead(context, IDS_ONLY);
  await context.sync();
  const custom = read.formats.items.filter((format) => format.type === "Custom").map((format) => format.id);
  const rules = await Promise.allSettled(custom.map((id) => readRuleAlone(context, read.sheet, id)));
  const readable = rules.flatMap((rule) => (rule.status === "fulfilled" ? [rule.value] : []));
  return sheetRead(read, highlightsOf(readable), rules.length - readable.length);
}

interface QueuedRead {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly block: Excel.Range;
  readonly formats: Excel.ConditionalFormatCollection;
  readonly markerName: Excel.NamedItem;
  readonly merged: Excel.RangeAreas | undefined;
  readonly mergedAreas: Excel.RangeCollection | undefined;
}

/** Queues the sheet read with the conditional formats loaded as `formatsLoad` (no sync). */
function queueSheetRead(context: Excel.RequestContext, formatsLoad: string): QueuedRead {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address");
  const block = sheet.getRange(TABLE_WINDOW_ADDRESS).getUsedRangeOrNullObject(true);
  block.load("address,values,formulas,numberFormat");
  const formats = sheet.getRange().conditionalFormats.load(formatsLoad);
  const markerName = sheet.names.getItemOrNullObject(MARKER_NAME);
  markerName.load("formula");
  // Merged areas need ExcelApi 1.13; without it a merged 佐证材料 cell counts for its first row only.
  const merged = isSetSupported("ExcelApi", "1.13") ? sheet.getRange(TABLE_WINDOW_ADDRESS).getMergedAreasOrNullObject() : undefined;
  const mergedAreas = merged?.areas.load("items/address");
  return { sheet, used, block, formats, markerName, merged, mergedAreas };
}

/** The SheetRead of a queued read, after its sync. */
function sheetRead(read: QueuedRead, highlights: ExistingHighlight[], unreadableFormats: number): SheetRead {
  const marker = read.markerName.isNullObject ? undefined : parseMarker(read.markerName.formula);
  const snapshot = snapshotOf(read.used, read.block);
  const { merged, mergedAreas } = read;
  const merges = merged === undefined || merged.isNullObject || mergedAreas === undefined ? [] : mergesOf(mergedAreas.items, snapshot.origin);
  return {
    sheet: read.sheet,
    sheetName: read.sheet.name,
    snapshot: { ...snapshot, ...(marker && { marker }), ...(merges.length > 0 && { merges }) },
    highlights,
    unreadableFormats,
  };
}

/** One custom format's rule formula, in a batch of its own so that its failure is its own. */
async function readRuleAlone(context: Excel.RequestContext, sheet: Excel.Worksheet, id: string): Promise<{ id: string; formula: string | undefined }> {
  const format = sheet.getRange().conditionalFormats.getItem(id);
  format.load("type,customOrNullObject/rule/formula");
  await context.sync();
  return { id, formula: ruleFormula(format) };
}

function ruleFormula(format: Excel.ConditionalFormat): string | undefined {
  return format.type === "Custom" && !format.customOrNullObject.isNullObject ? format.customOrNullObject.rule.formula : undefined;
}

function highlightsOf(rules: readonly { id: string; formula: string | undefined }[]): ExistingHighlight[] {
  return rules.flatMap(({ id, formula }) => (isHighlightFormula(formula) ? [{ id, formula: formula as string }] : []));
}

/** Merged areas in snapshot coordinates (relative to the block's top-left cell). */
function mergesOf(areas: readonly Excel.Range[], origin = { row: 0, col: 0 }): Rect[] {
  return areas.map((area) => {
    const start = addressOrigin(area.address);
    const end = addressEnd(area.address);
    return rect(start.row - origin.row, start.col - origin.col, end.row - origin.row, end.col - origin.col);
  });
}

function snapshotOf(used: Excel.Range, block: Excel.Range): SheetSnapshot {
  const end = used.isNullObject ? { row: -1, col: -1 } : addressEnd(used.address);
  const bounds = { window: TABLE_WINDOW, used: { rows: end.row + 1, cols: end.col + 1 } };
  if (used.isNullObject || block.isNullObject) return { values: [], bounds };
  return { values: block.values as Grid, formulas: block.formulas, numberFormats: block.numberFormat, origin: addressOrigin(block.address), bounds };
}
