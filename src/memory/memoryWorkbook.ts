import { parseRect } from "../table/a1";
import { MAX_SHEET_NAME_LENGTH, sheetNameKey } from "../layout/sheetName";
import { WorkbookError } from "../ports/errors";
import { MemorySheet, type CellValue } from "./memorySheet";

/** What a watcher hears: a user's edit, or another sheet activated. */
export type WorkbookEvent = { readonly type: "changed"; readonly sheetName: string; readonly address: string } | { readonly type: "activated"; readonly sheetName: string };

/** Text typed into a cell becomes a number when Excel would make it one (ASCII digits only: "５" stays text, as in Excel). */
function typedValue(text: string): string | number {
  return /^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*$/.test(text) ? Number(text) : text;
}

/**
 * A workbook held in memory: sheets in order, the active sheet, the selection,
 * and watchers. It stands in for Excel in tests and in the browser preview;
 * `memoryPorts` gives it the task pane's ports. Sheet names follow Excel's
 * rules (unique without regard to case, 31 characters, none of []:*?/\), and
 * `cellEditMode` makes every port call reject as Excel does while a user is
 * typing in a cell.
 */
export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  private activeSheet: MemorySheet | undefined;
  /** The selected cell, as the last select() left it. */
  selection: { readonly sheetName: string; readonly address: string } | undefined;
  /** While true, port calls reject with InvalidOperationInCellEditMode. */
  cellEditMode = false;
  private readonly watchers = new Set<(event: WorkbookEvent) => void>();

  constructor(sheetNames: readonly string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.addSheet(name);
    this.activeSheet = this.sheets[0];
  }

  get active(): MemorySheet {
    if (this.activeSheet === undefined) throw new WorkbookError("ItemNotFound", "The workbook has no sheet");
    return this.activeSheet;
  }

  /** Adds a sheet at the end; throws ItemAlreadyExists for a taken name (ignoring case), InvalidArgument for an invalid one. */
  addSheet(name: string): MemorySheet {
    if (this.sheets.some((s) => sheetNameKey(s.name) === sheetNameKey(name))) throw new WorkbookError("ItemAlreadyExists", `A sheet named "${name}" exists`);
    if (name === "" || name.length > MAX_SHEET_NAME_LENGTH || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
      throw new WorkbookError("InvalidArgument", `"${name}" is not a valid sheet name`);
    }
    const sheet = new MemorySheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** The sheet of that name (ignoring case); throws ItemNotFound. */
  sheet(name: string): MemorySheet {
    const found = this.sheets.find((s) => sheetNameKey(s.name) === sheetNameKey(name));
    if (found === undefined) throw new WorkbookError("ItemNotFound", `No sheet named "${name}"`);
    return found;
  }

  /** Deletes a sheet; throws InvalidOperation for a very hidden one, as Excel does (make it hidden first). */
  removeSheet(name: string): void {
    const sheet = this.sheet(name);
    if (sheet.visibility === "VeryHidden") throw new WorkbookError("InvalidOperation", `The sheet "${name}" is very hidden`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
  }

  /** Activates a sheet; watchers hear of it when it was not active. */
  activate(name: string): void {
    const sheet = this.sheet(name);
    if (sheet === this.activeSheet) return;
    this.activeSheet = sheet;
    this.emit({ type: "activated", sheetName: sheet.name });
  }

  /** A user types into one cell of the active sheet ("45" becomes a number, "５" stays text); watchers hear one change. */
  type(address: string, text: string): void {
    this.paste(address, [[text === "" ? null : typedValue(text)]]);
  }

  /**
   * A user pastes values into the active sheet (a grid of the range's shape;
   * null empties a cell); watchers hear one change for the whole range, as
   * Excel reports a paste, with no per-cell details.
   */
  paste(address: string, values: readonly (readonly CellValue[])[]): void {
    const area = parseRect(address);
    const sheet = this.active;
    if (values.length !== area.bottom - area.top + 1 || values.some((line) => line.length !== area.right - area.left + 1)) {
      throw new WorkbookError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size of the range.");
    }
    values.forEach((line, r) => line.forEach((value, c) => sheet.setContent(area.top + r, area.left + c, value)));
    this.emit({ type: "changed", sheetName: sheet.name, address });
  }

  /** Calls `watcher` on every user edit and sheet activation; returns a function that stops it. */
  watch(watcher: (event: WorkbookEvent) => void): () => void {
    this.watchers.add(watcher);
    return () => void this.watchers.delete(watcher);
  }

  get watcherCount(): number {
    return this.watchers.size;
  }

  /** Throws InvalidOperationInCellEditMode while `cellEditMode` is set. */
  ensureNotEditing(): void {
    if (this.cellEditMode) throw new WorkbookError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode");
  }

  private emit(event: WorkbookEvent): void {
    for (const watcher of [...this.watchers]) watcher(event);
  }
}
