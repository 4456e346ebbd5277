import { OfficeMockObject } from "office-addin-mock";
import { addressOrigin } from "../../src/table/a1";
import { TABLE_WINDOW_ADDRESS } from "../../src/table/window";

/** A conditional format held by the double, as Excel would list it. */
export interface MockConditionalFormat {
  id: string;
  type: string;
  addresses: string;
  customOrNullObject: { isNullObject: boolean; rule: { formula: string }; format: { fill: { color?: string }; font: { color?: string } } };
  /** A user's rule Excel fails to read (office-js #6827, #6835): loading its rule fails the whole sync, as there. */
  unreadable?: boolean;
}

export interface WorkbookState {
  values: unknown[][];
  formulas: unknown[][];
  numberFormats: unknown[][];
  /** Address of the cells given, e.g. "质量兴市评价!A1:I101": the used range inside A1:AN400. */
  address: string;
  /** The whole sheet's used range when it reaches past A1:AN400 (e.g. a stray value at XFD1048576); default `address`. */
  sheetUsedAddress?: string;
  /** The formula of the sheet's QCITY_SHEET name (its marker), e.g. '="qcity-sheet=1;…"'; none by default. */
  markerFormula?: string;
  /** Merged areas inside A1:AN400 as Excel gives their addresses, e.g. "质量兴市评价!H4:H6"; none by default. */
  merges?: string[];
  /** The values of the workbook's very hidden QCITY_RUBRIC sheet from A1; the workbook carries no rubric by default. */
  carriedValues?: unknown[][];
}

/** How the code under test asked for used ranges: on which range, and with which valuesOnly argument. */
export interface UsedRangeRequest {
  readonly on: string;
  readonly valuesOnly: boolean | undefined;
}

/**
 * An Excel workbook double built on office-addin-mock: the active sheet's used
 * range (values, formulas, number formats) loads and syncs like Office.js; the
 * conditional formats, cell writes, column inserts and event handlers are kept
 * in plain arrays the tests inspect.
 */
export function mockWorkbook(initial: WorkbookState, sheetName = "质量兴市评价") {
  // Office.context.requirements, for the API-set guards (every set supported unless a test installs its own).
  (globalThis as { Office?: unknown }).Office ??= { context: { requirements: { isSetSupported: () => true } } };
  const formats: MockConditionalFormat[] = [];
  const changedHandlers: ((event: object) => Promise<void>)[] = [];
  const activatedHandlers: ((event: object) => Promise<void>)[] = [];
  const writes: { address: string; values?: unknown; numberFormat?: unknown; copyFrom?: string }[] = [];
  const inserts: { address: string; shift: string }[] = [];
  const selections: string[] = [];
  const usedRequests: UsedRangeRequest[] = [];
  /** Addresses passed to getRanges (a list of ranges, whose separator depends on the locale). */
  const rangeLists: string[] = [];
  /** Rule loads queued since the last sync: the whole collection's (with or without rules) or one format's. */
  let ruleLoads: { ids: "all" | string[] } = { ids: [] };
  let nextId = 1;

  const addFormat = (addresses: string, type: string): MockConditionalFormat & { custom: MockConditionalFormat["customOrNullObject"] } => {
    const format = { id: `cf${nextId++}`, type, addresses, customOrNullObject: { isNullObject: false, rule: { formula: "" }, format: { fill: {}, font: {} } } };
    formats.push(format);
    return Object.assign(format, { custom: format.customOrNullObject });
  };
  const conditionalFormatsOf = (addresses: string) => ({
    add: (type: string) => addFormat(addresses, type),
  });
  const wholeSheet = {
    conditionalFormats: {
      get items() {
        return formats;
      },
      load(properties: string) {
        if (properties.includes("rule")) ruleLoads = { ids: "all" };
        return this;
      },
      getItem(id: string) {
        const format = formats.find((f) => f.id === id);
        return {
          get type() {
            return format?.type;
          },
          get customOrNullObject() {
            return format?.customOrNullObject;
          },
          load(properties: string) {
            if (properties.includes("rule") && ruleLoads.ids !== "all") ruleLoads.ids.push(id);
          },
          delete() {
            const at = formats.findIndex((f) => f.id === id);
            if (at < 0) throw new Error(`ItemNotFound: conditional format ${id}`);
            formats.splice(at, 1);
          },
        };
      },
    },
  };
  const cellValue = (grid: unknown[][], address: string): unknown => {
    if (!/^[A-Z]+\d+$/.test(address)) return "";
    const origin = addressOrigin(state().address);
    const cell = addressOrigin(address);
    return grid[cell.row - origin.row]?.[cell.col - origin.col] ?? "";
  };
  const cellRange = (address: string) => {
    const range = new OfficeMockObject({ values: [[cellValue(state().values, address)]], numberFormat: [[cellValue(state().numberFormats, address)]] }) as unknown as {
      values: unknown;
      numberFormat: unknown;
    } & object;
    return Object.assign(range, {
      conditionalFormats: conditionalFormatsOf(address),
      select: () => void selections.push(address),
      insert: (shift: string) => void inserts.push({ address, shift }),
      copyFrom: (source: string) => void writes.push({ address, copyFrom: source }),
    });
  };
  const ranges = new Map<string, ReturnType<typeof cellRange>>();

  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: {
            name: sheetName,
            // The used cells inside A1:AN400 (what the window's getUsedRangeOrNullObject gives), and the whole sheet's used range.
            used: { address: initial.address, values: initial.values, formulas: initial.formulas, numberFormat: initial.numberFormats },
            sheetUsed: { address: initial.sheetUsedAddress ?? initial.address },
            names: {
              marker: { formula: initial.markerFormula ?? "" },
              getItemOrNullObject(name: string) {
                return name === "QCITY_SHEET" ? this.marker : { isNullObject: true, load() {} };
              },
            },
            getUsedRangeOrNullObject(valuesOnly?: boolean) {
              usedRequests.push({ on: "sheet", valuesOnly });
              return this.sheetUsed;
            },
            getRange(address?: string) {
              if (address === undefined) return wholeSheet;
              if (address === TABLE_WINDOW_ADDRESS) {
                return {
                  getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
                    usedRequests.push({ on: address, valuesOnly });
                    return this.used;
                  },
                  // ExcelApi 1.13: a null object when no cell in the range is merged.
                  getMergedAreasOrNullObject: () => {
                    const merges = state().merges ?? [];
                    const items = merges.map((a) => ({ address: a }));
                    return { isNullObject: merges.length === 0, areas: { items, load: () => ({ items }) } };
                  },
                };
              }
              const range = ranges.get(address) ?? cellRange(address);
              ranges.set(address, range);
              return range;
            },
            getRanges(addresses: string) {
              rangeLists.push(addresses);
              return { conditionalFormats: conditionalFormatsOf(addresses) };
            },
            activate() {},
          },
          getActiveWorksheet() {
            return this.sheet;
          },
          // The carried rubric's sheet, QCITY_RUBRIC: a null object without one, whose getUsedRangeOrNullObject is one too (as Office.js).
          carried: { used: { values: initial.carriedValues ?? [], rowIndex: 0, columnIndex: 0 } },
          getItemOrNullObject(this: { carried: { used: unknown } }, name: string) {
            const used = this.carried.used;
            return name.toUpperCase() === "QCITY_RUBRIC" ? { isNullObject: initial.carriedValues === undefined, getUsedRangeOrNullObject: () => used } : { isNullObject: true };
          },
          getItem(name: string) {
            if (name !== sheetName) throw new Error(`ItemNotFound: ${name}`);
            return this.sheet;
          },
          onChanged: {
            add(handler: (event: object) => Promise<void>) {
              changedHandlers.push(handler);
              return { remove: () => changedHandlers.splice(changedHandlers.indexOf(handler), 1) };
            },
          },
          onActivated: {
            add(handler: (event: object) => Promise<void>) {
              activatedHandlers.push(handler);
              return { remove: () => activatedHandlers.splice(activatedHandlers.indexOf(handler), 1) };
            },
          },
        },
      },
    },
    run: async function (this: { context: unknown }, ...args: unknown[]) {
      const batch = args[args.length - 1] as (context: unknown) => Promise<unknown>;
      return batch(this.context);
    },
  }) as unknown as MockExcel;

  type MockRange = { isNullObject: boolean; setValue(name: string, value: unknown): void };
  const { used, sheetUsed, names } = (
    mock.context.workbook.worksheets as unknown as { sheet: { used: MockRange; sheetUsed: MockRange; names: { marker: MockRange } } }
  ).sheet;
  used.isNullObject = false;
  sheetUsed.isNullObject = false;
  (mock.context.workbook.worksheets as unknown as { carried: { used: MockRange } }).carried.used.isNullObject = initial.carriedValues === undefined;
  names.marker.isNullObject = initial.markerFormula === undefined;
  let current = initial;
  function state(): WorkbookState {
    return current;
  }
  // Ranges made by getRange() load and sync with the context, as in Office.js.
  const contextSync = mock.context.sync.bind(mock.context);
  const syncAll = async () => {
    const loads = ruleLoads.ids;
    ruleLoads = { ids: [] };
    const broken = formats.filter((f) => f.unreadable && (loads === "all" || loads.includes(f.id)));
    if (broken.length > 0) throw Object.assign(new Error("This operation is not permitted for the current object."), { code: "GeneralException" });
    await contextSync();
    for (const range of ranges.values()) await (range as unknown as OfficeMockObject).sync();
  };
  mock.context.sync = syncAll;
  const sync = jest.spyOn(mock.context, "sync");

  return {
    excel: mock,
    context: mock.context as unknown as Excel.RequestContext,
    sync,
    /** The double's own sync, for tests that wrap it. */
    syncAll,
    formats,
    writes,
    inserts,
    selections,
    ranges,
    usedRequests,
    rangeLists,
    /** Replaces the sheet's content, as a user's edit or paste would. */
    setSheet(next: WorkbookState) {
      current = next;
      used.setValue("values", next.values);
      used.setValue("formulas", next.formulas);
      used.setValue("numberFormat", next.numberFormats);
      used.setValue("address", next.address);
      sheetUsed.setValue("address", next.sheetUsedAddress ?? next.address);
      ranges.clear();
    },
    /** Fires worksheet onChanged as Excel does for a paste: an address and no per-cell details. */
    async fireChanged(event: object) {
      await Promise.all(changedHandlers.map((h) => h(event)));
    },
    async fireActivated() {
      await Promise.all(activatedHandlers.map((h) => h({})));
    },
    handlerCount: () => changedHandlers.length + activatedHandlers.length,
  };
}

interface MockExcel {
  context: OfficeMockObject & { sync(): Promise<void>; workbook: { worksheets: object } };
  run: typeof Excel.run;
}

/** A full grid in the double's shape, with formulas and General number formats. */
export function sheetState(grid: { values: unknown[][]; formulas: unknown[][] }, sheetName = "质量兴市评价"): WorkbookState {
  const rows = grid.values.length;
  const cols = Math.max(...grid.values.map((l) => l.length));
  const pad = (g: unknown[][]) => g.map((line) => Array.from({ length: cols }, (_, i) => line[i] ?? ""));
  const last = String.fromCharCode(64 + cols);
  return {
    values: pad(grid.values),
    formulas: pad(grid.formulas),
    numberFormats: grid.values.map(() => new Array(cols).fill("General")),
    address: `'${sheetName}'!A1:${last}${rows}`,
  };
}
