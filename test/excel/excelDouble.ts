import { OfficeMockObject } from "office-addin-mock";
import { addressOrigin, rectAddress } from "../../src/table/a1";

/** One thing the code under test did to the Excel double, in order. */
export interface Recorded {
  readonly seq: number;
  /** "set" of a property, "call" of a method, or a context "sync". */
  readonly kind: "set" | "call" | "sync";
  /** Address of the range the operation is on ("" for non-range objects). */
  readonly address: string;
  /** Property or method path, e.g. "format.font.name", "merge", "pageLayout.setPrintArea". */
  readonly path: string;
  readonly value: unknown;
}

export interface ExcelErrorLike extends Error {
  code: string;
}

export function excelError(code: string, message = code): ExcelErrorLike {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

const rangeTemplate = () => ({
  address: "",
  values: [],
  formulas: [],
  numberFormat: [],
  merge: () => undefined,
  clear: () => undefined,
  format: {
    columnWidth: 0,
    rowHeight: 0,
    horizontalAlignment: "",
    verticalAlignment: "",
    wrapText: false,
    font: { name: "", size: 0, bold: false, underline: "", color: "" },
    fill: { color: "" },
    protection: { locked: true },
    borders: { getItem: () => undefined },
  },
  dataValidation: { ignoreBlanks: true, rule: {}, errorAlert: {}, prompt: {} },
  conditionalFormats: { add: () => undefined },
});

const chartTemplate = () => ({
  name: "",
  title: { text: "" },
  legend: { visible: true },
  axes: { valueAxis: { minimum: 0, maximum: 0, numberFormat: "" } },
  dataLabels: { showValue: false, numberFormat: "" },
  series: { getItemAt: () => undefined },
  setPosition: () => undefined,
});

const seriesTemplate = () => ({ name: "", setXAxisValues: () => undefined, setValues: () => undefined });

/** The active sheet's cells, for code that reads it (as src/excel/readSheet.ts does) before writing. */
export interface ActiveSheet {
  readonly name: string;
  /** The used cells inside A1:AN400, and their address, e.g. "质量兴市评价!A1:I101". */
  readonly values: unknown[][];
  readonly address: string;
}

/** A sheet that is there before the code runs: its visibility (Excel.SheetVisibility) and values from A1. */
export interface ExistingSheet {
  readonly name: string;
  readonly visibility?: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
  readonly values?: unknown[][];
}

const sheetTemplate = (name: string, visibility: string) => ({
  name,
  visibility,
  isNullObject: false,
  charts: { add: () => undefined },
  getRangeByIndexes: () => undefined,
  getUsedRangeOrNullObject: () => undefined,
  activate: () => undefined,
  delete: () => undefined,
  getRange: () => undefined,
  names: { add: () => undefined },
  freezePanes: { freezeAt: () => undefined, freezeRows: () => undefined, freezeColumns: () => undefined },
  pageLayout: {
    paperSize: "",
    orientation: "",
    zoom: {},
    leftMargin: 0,
    rightMargin: 0,
    topMargin: 0,
    bottomMargin: 0,
    headerMargin: 0,
    footerMargin: 0,
    centerHorizontally: false,
    setPrintTitleRows: () => undefined,
    setPrintArea: () => undefined,
    headersFooters: { defaultForAllPages: { centerFooter: "" } },
  },
});

/**
 * An Excel double built on office-addin-mock, wrapped so that every property
 * set and method call is recorded in order with the address of the range it
 * targets. Setting a property the Excel API does not have throws, as does
 * adding a sheet whose name is taken (ignoring case) or invalid, at sync time
 * as Excel does. `failSyncs` makes the n-th sync (1-based) fail with an error code.
 * Sheets keep their visibility ("Visible" unless `sheets` says otherwise, e.g.
 * a VeryHidden QCITY_RUBRIC with its values): deleting a VeryHidden sheet
 * fails with InvalidOperation at sync, as in Excel.
 */
export function createExcelDouble(
  existingSheets: readonly string[],
  options: { failSyncs?: Record<number, string>; active?: ActiveSheet; sheets?: readonly ExistingSheet[] } = {},
) {
  const log: Recorded[] = [];
  const loads: unknown[] = [];
  const existing: ExistingSheet[] = [...existingSheets.map((name) => ({ name })), ...(options.sheets ?? [])];
  const sheetNames = existing.map((sheet) => sheet.name);
  /** Each sheet's visibility as the last sync left it, by name. */
  const visibility = new Map<string, string>(existing.map((sheet) => [sheet.name, sheet.visibility ?? "Visible"]));
  const valuesOf = new Map(existing.map((sheet) => [sheet.name.toLowerCase(), sheet.values]));
  const pending: (() => void)[] = [];
  let seq = 0;
  let syncs = 0;
  const record = (kind: Recorded["kind"], address: string, path: string, value: unknown) => {
    log.push({ seq: seq++, kind, address, path, value });
  };

  /** Wraps a mock so that sets and calls are recorded; unknown properties are refused. */
  function recorder<T extends object>(target: T, address: string, path: string, calls: Record<string, (...args: never[]) => unknown> = {}): T {
    return new Proxy(target, {
      get(object, property, receiver) {
        if (typeof property !== "string") return Reflect.get(object, property, receiver);
        const value: unknown = Reflect.get(object, property, receiver);
        const here = path ? `${path}.${property}` : property;
        if (typeof value === "function" && property !== "load" && property !== "sync") {
          return (...args: never[]) => {
            record("call", address, here, args);
            const handler = calls[here];
            return handler ? handler(...args) : (value as (...a: never[]) => unknown).apply(object, args);
          };
        }
        if (value !== null && typeof value === "object" && !Array.isArray(value)) return recorder(value, address, here, calls);
        return value;
      },
      set(object, property, value, receiver) {
        if (typeof property !== "string" || !(property in object)) {
          throw new TypeError(`${path ? `${path}.` : ""}${String(property)} is not a property of this Excel object`);
        }
        record("set", address, path ? `${path}.${property}` : property, value);
        return Reflect.set(object, property, value, receiver);
      },
    });
  }

  const addresses = new WeakMap<object, string>();
  /** The address a range double was made for (its `address` property is unloaded, as in Excel). */
  const addressOf = (range: unknown): string => {
    const address = typeof range === "object" && range !== null ? addresses.get(range) : undefined;
    if (address === undefined) throw new Error("not a range of this Excel double");
    return address;
  };

  const makeRange = (address: string): Excel.Range => {
    const conditional = () => new OfficeMockObject({ custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: { color: "" } } } });
    const border = () => new OfficeMockObject({ style: "", weight: "", color: "" });
    const range = recorder(new OfficeMockObject({ ...rangeTemplate(), address }), address, "", {
      "conditionalFormats.add": () => recorder(conditional(), address, "conditionalFormats[]"),
      "format.borders.getItem": (edge: never) => recorder(border(), address, `format.borders[${String(edge)}]`),
    });
    addresses.set(range, address);
    return range as unknown as Excel.Range;
  };

  const makeChart = (): Excel.Chart =>
    recorder(new OfficeMockObject(chartTemplate()), "", "chart", {
      "chart.series.getItemAt": (index: never) => recorder(new OfficeMockObject(seriesTemplate()), "", `chart.series[${String(index)}]`),
    }) as unknown as Excel.Chart;

  const makeSheet = (name: string): Excel.Worksheet => {
    const mock = new OfficeMockObject(sheetTemplate(name, visibility.get(name) ?? "Visible"));
    const sheet = recorder(mock, "", "", {
      getRange: (address: never) => makeRange(String(address)),
      getRangeByIndexes: (row: never, col: never, rows: never, cols: never) =>
        makeRange(rectAddress({ top: row, left: col, bottom: (row as number) + (rows as number) - 1, right: (col as number) + (cols as number) - 1 })),
      // The sheet's used range as Excel gives it: a null object for an empty sheet, values from A1 here.
      getUsedRangeOrNullObject: () => {
        const values = valuesOf.get(name.toLowerCase());
        return { isNullObject: values === undefined || values.length === 0, values, rowIndex: 0, columnIndex: 0, load: () => undefined };
      },
      "charts.add": () => makeChart(),
      delete: () =>
        pending.push(() => {
          const index = sheetNames.indexOf(name);
          if (index < 0) throw excelError("ItemNotFound");
          if (visibility.get(name) === "VeryHidden") throw excelError("InvalidOperation", "A very hidden sheet cannot be deleted");
          sheetNames.splice(index, 1);
          visibility.delete(name);
        }),
    }) as unknown as Excel.Worksheet;
    // A visibility set takes effect at the next sync, with the commands queued before it.
    return new Proxy(sheet, {
      set(target, property, value) {
        Reflect.set(target, property, value);
        if (property === "visibility") {
          if (!["Visible", "Hidden", "VeryHidden"].includes(String(value))) throw new TypeError(`${String(value)} is not an Excel.SheetVisibility`);
          pending.push(() => void visibility.set(name, String(value)));
        }
        return true;
      },
    });
  };

  const context = new OfficeMockObject({
    workbook: {
      application: {
        suspendApiCalculationUntilNextSync: () => record("call", "", "application.suspendApiCalculationUntilNextSync", []),
        calculate: (type: string) => record("call", "", "application.calculate", [type]),
      },
      worksheets: { items: existing.map(({ name }) => ({ name })), add: () => undefined, getItem: () => undefined, ...(options.active && activeSheetDouble(options.active)) },
    },
  });
  if (options.active) {
    const active = (context.workbook.worksheets as unknown as { active: { used: { isNullObject: boolean }; sheetUsed: { isNullObject: boolean } } }).active;
    active.used.isNullObject = false;
    active.sheetUsed.isNullObject = false;
  }
  const realSync = context.sync.bind(context);
  context.sync = async () => {
    syncs++;
    record("sync", "", "sync", syncs);
    // Like Excel, commands queued before the failing one take effect.
    for (const apply of pending.splice(0)) apply();
    const failure = options.failSyncs?.[syncs];
    if (failure !== undefined) throw excelError(failure);
    await realSync();
  };
  const worksheets = context.workbook.worksheets;
  const mockLoad = worksheets.load.bind(worksheets);
  // office-addin-mock cannot navigate into a collection's items; record the request and load the items.
  worksheets.load = (argument: unknown) => {
    loads.push(argument);
    return mockLoad(argument === "items/name" ? "items" : (argument as string));
  };
  worksheets.add = (name: string) => {
    record("call", "", "worksheets.add", [name]);
    pending.push(() => {
      if (sheetNames.some((taken) => taken.toLowerCase() === name.toLowerCase())) throw excelError("ItemAlreadyExists");
      if (name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) throw excelError("InvalidArgument");
      sheetNames.push(name);
      if (!visibility.has(name)) visibility.set(name, "Visible");
    });
    return makeSheet(name);
  };
  // As Office.js: a null object for a missing sheet (names compared without regard to case), whose used range is one too.
  (worksheets as unknown as { getItemOrNullObject: (name: string) => unknown }).getItemOrNullObject = (name: string) => {
    record("call", "", "worksheets.getItemOrNullObject", [name]);
    const taken = sheetNames.find((n) => n.toLowerCase() === name.toLowerCase());
    if (taken !== undefined) return makeSheet(taken);
    const none = { isNullObject: true, load: () => undefined };
    return { isNullObject: true, load: () => undefined, getUsedRangeOrNullObject: () => none };
  };
  worksheets.getItem = (name: string) => {
    record("call", "", "worksheets.getItem", [name]);
    const taken = sheetNames.find((n) => n.toLowerCase() === name.toLowerCase());
    if (taken === undefined) throw excelError("ItemNotFound");
    return makeSheet(taken);
  };

  return {
    context: context as unknown as Excel.RequestContext,
    log,
    loads,
    sheetNames,
    /** A sheet's visibility after the last sync (undefined for a sheet that is not there). */
    visibilityOf: (name: string) => visibility.get(name),
    addressOf,
    syncCount: () => syncs,
  };
}

/** Rows × columns an A1 address covers ("B2:D5" → 4 × 3; "A:C" and "3:4" are whole columns/rows). */
export function addressShape(address: string): { rows: number; columns: number } {
  const cell = /^\$?([A-Z]+)\$?(\d+)$/;
  const [from, to = from] = address.split(":");
  const a = cell.exec(from ?? "");
  const b = cell.exec(to ?? "");
  if (!a || !b) throw new Error(`Not a cell-range address: ${address}`);
  const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { rows: Number(b[2]) - Number(a[2]) + 1, columns: column(b[1] ?? "") - column(a[1] ?? "") + 1 };
}

/**
 * The Office.js calls readActiveSheet makes on the active sheet, answered from
 * `active` (no marker, no conditional formats), as office-addin-mock members.
 */
function activeSheetDouble(active: ActiveSheet) {
  const cols = Math.max(1, ...active.values.map((line) => line.length));
  const grid = active.values.map((line) => Array.from({ length: cols }, (_, i) => line[i] ?? ""));
  return {
    active: {
      name: active.name,
      used: { address: active.address, values: grid, formulas: grid, numberFormat: grid.map((line) => line.map(() => "General")) },
      sheetUsed: { address: active.address, values: grid, rowIndex: addressOrigin(active.address).row, columnIndex: addressOrigin(active.address).col },
      names: {
        getItemOrNullObject() {
          return { isNullObject: true, load() {} };
        },
      },
      getUsedRangeOrNullObject(this: { sheetUsed: unknown }) {
        return this.sheetUsed;
      },
      getRange(this: { used: unknown }, address?: string) {
        if (address === undefined) {
          return {
            conditionalFormats: {
              items: [],
              load() {
                return this;
              },
            },
          };
        }
        return { getUsedRangeOrNullObject: () => this.used };
      },
    },
    getActiveWorksheet(this: { active: unknown }) {
      return this.active;
    },
    // No carried rubric (QCITY_RUBRIC): a null object, whose getUsedRangeOrNullObject is one too, as in Office.js.
    getItemOrNullObject() {
      const none = { isNullObject: true, load() {} };
      return { isNullObject: true, getUsedRangeOrNullObject: () => none };
    },
  };
}
