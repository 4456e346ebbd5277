import type ExcelJS from "exceljs";
import { cellAddress, parseRect, rectAddress, rowsAddress } from "../../src/table/a1";
import type { PrintSetup, Rect } from "../../src/layout/types";
import { columnWidthPoints } from "../../src/layout/units";
import type { CellValue, MemorySheet } from "../../src/memory";
import { MARKER_NAME, parseMarker, type SheetMarker } from "../../src/table/marker";

/** What a sheet looks like to a user, in one form for every writer, so that two writers' sheets compare with toEqual. */
export interface SheetPicture {
  /** Address → "=formula" for a formula, or the constant; empty cells and non-anchor cells of merged areas left out. */
  readonly cells: Record<string, { formula: string } | { value: CellValue }>;
  readonly merges: string[];
  /**
   * Every drawn border line segment: "-r,c" is the line above row r over column c
   * (the line below row r-1), "|r,c" the line left of column c beside row r
   * (right of column c-1), so that a border set on either neighbour counts once.
   */
  readonly borders: string[];
  /** Cells that are not locked (locked is Excel's default). */
  readonly unlocked: string[];
  /** Address → number format, for cells with one other than General. */
  readonly numberFormats: Record<string, string>;
  /** Address → the font, fill and alignment a cell shows, for cells with any. */
  readonly styles: Record<string, CellLook>;
  /** Column widths and row heights in points (what Excel shows), for those set. */
  readonly columnWidths: Record<number, number>;
  readonly rowHeights: Record<number, number>;
  /** Address → the decimal validation of that cell. */
  readonly validations: Record<string, { min: number; max: number; errorTitle: string; errorMessage: string; promptTitle?: string; promptMessage?: string }>;
  readonly conditionalFormats: { address: string; formula: string; fill: string; fontColor?: string }[];
  /** Worksheet-scoped names: name → range address (without $). */
  readonly names: Record<string, string>;
  readonly freeze: { rows: number; columns: number };
  readonly print: PrintPicture;
  /** The sheet marker (rubric, role, assessor), read back from the QCITY_SHEET name. */
  readonly marker: SheetMarker | undefined;
}

export interface PrintPicture {
  readonly paperSize: string;
  readonly orientation: string;
  readonly fitToWidth: number;
  /** 0: as many pages tall as needed. */
  readonly fitToHeight: number;
  /** Inches, to 1/100. */
  readonly margins: Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>;
  readonly horizontalCentered: boolean;
  /** "$1:$4". */
  readonly titleRows: string;
  /** "A1:I109". */
  readonly printArea: string;
  readonly centerFooter: string;
}

const inches = (value: number) => Math.round(value * 100) / 100;
const noDollars = (address: string) => address.replace(/\$/g, "").slice(address.lastIndexOf("!") + 1);
const sortedKeys = <T,>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
const eachCell = (rect: Rect, visit: (address: string) => void) => {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) visit(cellAddress(r, c));
};

type Sides = { top: boolean; bottom: boolean; left: boolean; right: boolean };

/** A cell's font, fill and alignment, only what is set. */
export type CellLook = Partial<{ font: string; size: number; bold: boolean; underline: boolean; color: string; fill: string; horizontal: string; vertical: string; wrap: boolean }>;

/**
 * Drops the unset parts of a look; undefined when nothing is set. Font sizes
 * are compared in whole points: ExcelJS 4 reads <sz val="10.5"/> back as 10
 * (an integer attribute), though it writes 10.5.
 */
function look(parts: CellLook): CellLook | undefined {
  const whole = parts.size === undefined ? parts : { ...parts, size: Math.trunc(parts.size) };
  const set = Object.fromEntries(Object.entries(whole).filter(([, v]) => v !== undefined)) as CellLook;
  return Object.keys(set).length > 0 ? set : undefined;
}

/** Collects the per-cell parts of a picture, cell by cell, in either writer's terms. */
function cellParts() {
  const cells: SheetPicture["cells"] = {};
  const borders = new Set<string>();
  const unlocked: string[] = [];
  const numberFormats: Record<string, string> = {};
  const styles: Record<string, CellLook> = {};
  return {
    add(row: number, col: number, cell: { content?: { formula: string } | { value: CellValue }; sides: Sides; locked: boolean; numberFormat?: string; look?: CellLook }) {
      const address = cellAddress(row, col);
      if (cell.look !== undefined) styles[address] = cell.look;
      if (cell.content !== undefined) cells[address] = cell.content;
      if (cell.sides.top) borders.add(`-${row},${col}`);
      if (cell.sides.bottom) borders.add(`-${row + 1},${col}`);
      if (cell.sides.left) borders.add(`|${row},${col}`);
      if (cell.sides.right) borders.add(`|${row},${col + 1}`);
      if (!cell.locked) unlocked.push(address);
      if (cell.numberFormat !== undefined && cell.numberFormat !== "General") numberFormats[address] = cell.numberFormat;
    },
    parts: () => ({ cells: sortedKeys(cells), borders: [...borders].sort(), unlocked: unlocked.sort(), numberFormats: sortedKeys(numberFormats), styles: sortedKeys(styles) }),
  };
}

/** The picture of a memory sheet: what the memory writer wrote, or what the Office.js double applied; `print` given for the latter. */
export function memoryPicture(sheet: MemorySheet, print?: PrintPicture): SheetPicture {
  const collected = cellParts();
  const anchorsOnly = (row: number, col: number) => !sheet.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
  for (const { row, col, cell } of sheet.entries()) {
    const filled = anchorsOnly(row, col) && (cell.formula !== undefined || (cell.value !== null && cell.value !== ""));
    const content = filled ? (cell.formula !== undefined ? { formula: cell.formula } : { value: cell.value }) : undefined;
    const { font, fill, horizontal, vertical, wrap } = cell.format;
    const shown = look({ font: font.name, size: font.size, bold: font.bold, underline: font.underline, color: font.color?.toUpperCase(), fill: fill?.toUpperCase(), horizontal, vertical, wrap });
    collected.add(row, col, {
      ...(content && { content }),
      sides: cell.format.borders,
      locked: cell.format.locked,
      ...(cell.format.numberFormat !== undefined && { numberFormat: cell.format.numberFormat }),
      ...(shown && { look: shown }),
    });
  }
  const validations: SheetPicture["validations"] = {};
  for (const { rect, min, max, errorTitle, errorMessage, promptTitle, promptMessage } of sheet.validations) {
    eachCell(rect, (address) => (validations[address] = { min, max, errorTitle, errorMessage, ...(promptTitle !== undefined && { promptTitle }), ...(promptMessage !== undefined && { promptMessage }) }));
  }
  return {
    ...collected.parts(),
    columnWidths: Object.fromEntries([...sheet.columnWidths].sort(([a], [b]) => a - b)),
    rowHeights: Object.fromEntries([...sheet.rowHeights].sort(([a], [b]) => a - b)),
    merges: sheet.merges.map((m) => rectAddress(m)).sort(),
    validations: sortedKeys(validations),
    conditionalFormats: sheet.conditionalFormats.map((f) => ({
      address: f.ranges.map((r) => rectAddress(r)).join(","),
      formula: f.formula.replace(/^=/, ""),
      fill: f.fill.toUpperCase(),
      ...(f.fontColor !== undefined && { fontColor: f.fontColor.toUpperCase() }),
    })),
    names: sortedKeys(Object.fromEntries(sheet.names.map((n) => [n.name, rectAddress(n.rect)]))),
    freeze: { ...sheet.freeze },
    print: print ?? layoutPrint(sheet.print as PrintSetup),
    marker: sheet.marker,
  };
}

/** A layout's print setup as a picture (what the memory writer keeps as given). */
export function layoutPrint(print: PrintSetup): PrintPicture {
  const { left, right, top, bottom, header, footer } = print.margins;
  return {
    paperSize: print.paperSize,
    orientation: print.orientation,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    margins: { left: inches(left), right: inches(right), top: inches(top), bottom: inches(bottom), header: inches(header), footer: inches(footer) },
    horizontalCentered: print.horizontalCentered,
    titleRows: rowsAddress(print.titleRows.first, print.titleRows.last, true),
    printArea: rectAddress(print.printArea),
    centerFooter: print.footerCenter,
  };
}

/** Page setup as set through Office.js pageLayout (points, "Landscape", zoom) as a picture. */
export function officePrint(set: Record<string, unknown>): PrintPicture {
  const zoom = set.zoom as { horizontalFitToPages: number; verticalFitToPages?: number };
  const points = (name: string) => inches((set[name] as number) / 72);
  return {
    paperSize: String(set.paperSize),
    orientation: String(set.orientation).toLowerCase(),
    fitToWidth: zoom.horizontalFitToPages,
    fitToHeight: zoom.verticalFitToPages ?? 0,
    margins: { left: points("leftMargin"), right: points("rightMargin"), top: points("topMargin"), bottom: points("bottomMargin"), header: points("headerMargin"), footer: points("footerMargin") },
    horizontalCentered: set.centerHorizontally as boolean,
    titleRows: String(set.titleRows),
    printArea: String(set.printArea),
    centerFooter: String(set.centerFooter),
  };
}

const hex = (argb: string | undefined) => (argb === undefined ? undefined : `#${argb.slice(-6).toUpperCase()}`);

function exceljsContent(value: ExcelJS.CellValue): { formula: string } | { value: CellValue } | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { value };
  if (typeof value === "object" && "formula" in value) return { formula: `=${String(value.formula).replace(/^=/, "")}` };
  if (typeof value === "object" && "richText" in value) return { value: value.richText.map((run) => run.text).join("") };
  throw new Error(`Unexpected cell value ${JSON.stringify(value)}`);
}

/**
 * The picture of an ExcelJS worksheet read back from a .xlsx, with the
 * workbook's defined names (from xl/workbook.xml, since ExcelJS does not read
 * worksheet-scoped names back): `definedNames` as [name, localSheetId, ref].
 */
export function exceljsPicture(ws: ExcelJS.Worksheet, definedNames: readonly [string, string | undefined, string][]): SheetPicture {
  const collected = cellParts();
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const content = cell.master === cell ? exceljsContent(cell.value) : undefined;
      const b = cell.border ?? {};
      const sides = { top: b.top?.style === "thin", bottom: b.bottom?.style === "thin", left: b.left?.style === "thin", right: b.right?.style === "thin" };
      const { font, alignment } = cell;
      const fill = cell.fill?.type === "pattern" ? hex(cell.fill.fgColor?.argb) : undefined;
      const shown = look({
        font: font?.name,
        size: font?.size,
        bold: font?.bold,
        underline: font?.underline === undefined ? undefined : Boolean(font.underline),
        color: hex(font?.color?.argb),
        fill,
        horizontal: alignment?.horizontal,
        vertical: alignment?.vertical === "middle" ? "center" : alignment?.vertical,
        wrap: alignment?.wrapText,
      });
      collected.add(rowNumber - 1, colNumber - 1, {
        ...(content && { content }),
        sides,
        locked: cell.protection?.locked !== false,
        ...(cell.numFmt !== undefined && { numberFormat: cell.numFmt }),
        ...(shown && { look: shown }),
      });
    });
  });
  const validations: SheetPicture["validations"] = {};
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation & { promptTitle?: string; errorTitle?: string }> } }).dataValidations.model;
  for (const [ref, v] of Object.entries(model)) {
    if (v.type !== "decimal" || v.operator !== "between") throw new Error(`Unexpected validation ${JSON.stringify(v)}`);
    const entry = {
      min: Number(v.formulae[0]),
      max: Number(v.formulae[1]),
      errorTitle: v.errorTitle ?? "",
      errorMessage: v.error ?? "",
      ...(v.promptTitle !== undefined && { promptTitle: v.promptTitle }),
      ...(v.prompt !== undefined && { promptMessage: v.prompt }),
    };
    for (const part of ref.replace(/^range:/, "").split(" ")) eachCell(parseRect(part), (address) => (validations[address] = entry));
  }
  const formats = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[]; style: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } }[] }[] }).conditionalFormattings;
  const conditionalFormats = formats.flatMap(({ ref, rules }) =>
    rules.map((rule) => {
      if (rule.type !== "expression") throw new Error(`Unexpected conditional format ${rule.type}`);
      const fontColor = hex(rule.style.font?.color?.argb);
      return { address: ref.split(" ").join(","), formula: String(rule.formulae[0]).replace(/^=/, ""), fill: hex(rule.style.fill?.bgColor?.argb) ?? "", ...(fontColor !== undefined && { fontColor }) };
    }),
  );
  const sheetId = String(ws.workbook.worksheets.indexOf(ws));
  const scoped = definedNames.filter(([, local]) => local === sheetId);
  const named = (name: string) => scoped.find(([n]) => n === name)?.[2] ?? "";
  const view = ws.views[0] as { xSplit?: number; ySplit?: number } | undefined;
  const page = ws.pageSetup;
  const margins = page.margins as PrintSetup["margins"];
  return {
    ...collected.parts(),
    columnWidths: Object.fromEntries(ws.columns.flatMap((column, c) => (column.width === undefined ? [] : [[c, columnWidthPoints(column.width)]]))),
    rowHeights: Object.fromEntries(
      Array.from({ length: ws.rowCount }, (_, r) => [r, ws.getRow(r + 1).height] as const).filter((entry): entry is readonly [number, number] => entry[1] !== undefined),
    ),
    merges: Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges)
      .map((anchor) => noDollars(String((ws as unknown as { _merges: Record<string, { range: string }> })._merges[anchor]?.range)))
      .sort(),
    validations: sortedKeys(validations),
    conditionalFormats,
    names: sortedKeys(Object.fromEntries(scoped.filter(([n]) => !n.startsWith("_xlnm.") && n !== MARKER_NAME).map(([n, , ref]) => [n, noDollars(ref)]))),
    marker: parseMarker(named(MARKER_NAME)),
    freeze: { rows: view?.ySplit ?? 0, columns: view?.xSplit ?? 0 },
    print: {
      paperSize: page.paperSize === 9 ? "A4" : String(page.paperSize),
      orientation: String(page.orientation),
      fitToWidth: Number(page.fitToWidth),
      fitToHeight: Number(page.fitToHeight),
      margins: { left: inches(margins.left), right: inches(margins.right), top: inches(margins.top), bottom: inches(margins.bottom), header: inches(margins.header), footer: inches(margins.footer) },
      horizontalCentered: Boolean(page.horizontalCentered),
      titleRows: named("_xlnm.Print_Titles").slice(named("_xlnm.Print_Titles").lastIndexOf("!") + 1),
      printArea: noDollars(named("_xlnm.Print_Area")),
      centerFooter: String(ws.headerFooter.oddFooter ?? "").replace(/^&C/, ""),
    },
  };
}
