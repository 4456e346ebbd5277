import { parseRect, rectShape } from "../../src/table/a1";
import { MemorySheet, type CellFormat } from "../../src/memory";
import { WorkbookError } from "../../src/ports/errors";
import type { Rect } from "../../src/layout/types";
import { MARKER_NAME, parseMarker } from "../../src/table/marker";

/** One thing the code under test did through Office.js, in order. */
export interface OfficeCall {
  /** Address of the range it is on ("" for the sheet, page layout, application). */
  readonly address: string;
  /** "formulas", "format.font.name", "merge", "pageLayout.setPrintArea"… */
  readonly path: string;
  readonly value: unknown;
}

/**
 * An Office.js double for the writers' contract test: the subset of
 * Excel.Worksheet that applyLayout uses, applied at context.sync() to a
 * MemorySheet, following Excel's documented behaviour:
 * - commands are queued and take effect at sync, in order; a failing command
 *   rejects the sync with its error code, and the ones before it stay done;
 * - writing a 2-D array (formulas, numberFormat) whose shape differs from the
 *   range fails with InvalidArgument;
 * - writes to non-anchor cells of a merged area are dropped;
 * - a leading apostrophe makes the rest literal text; "=…" is a formula;
 *   null leaves a cell as it was;
 * - border edges: EdgeTop is the top side of the range's top row,
 *   InsideHorizontal every side between two of its rows, and so on;
 * - setting a property Office.js does not have throws a TypeError at once.
 */
export function officeRecorder(sheetName = "质量兴市评价") {
  const sheet = new MemorySheet(sheetName);
  const calls: OfficeCall[] = [];
  let queue: (() => void)[] = [];
  const rangeOf = new WeakMap<object, Rect>();

  const enqueue = (address: string, path: string, value: unknown, apply: () => void) => {
    calls.push({ address, path, value });
    queue.push(apply);
  };
  /** An object whose listed properties queue `apply`; any other property set is refused, as Office.js types refuse it. */
  function setters(address: string, prefix: string, props: Record<string, (value: never) => void>, extra: object = {}, queued = true): object {
    return new Proxy(extra, {
      set(_, property, value) {
        const apply = props[String(property)];
        if (apply === undefined) throw new TypeError(`${prefix}${String(property)} is not a settable property of this Office.js object`);
        if (queued) enqueue(address, `${prefix}${String(property)}`, value, () => apply(value as never));
        else {
          calls.push({ address, path: `${prefix}${String(property)}`, value });
          apply(value as never);
        }
        return true;
      },
      get(target, property) {
        return Reflect.get(target, property) as unknown;
      },
    });
  }

  const eachCell = (rect: Rect, change: (format: CellFormat, row: number, col: number) => void) => {
    const bottom = Math.min(rect.bottom, 10_000);
    const right = Math.min(rect.right, 500);
    for (let r = rect.top; r <= bottom; r++) for (let c = rect.left; c <= right; c++) sheet.setFormat(r, c, (f) => change(f, r, c));
  };
  const checkShape = (rect: Rect, grid: unknown) => {
    const { rows, columns } = rectShape(rect);
    if (!Array.isArray(grid) || grid.length !== rows || grid.some((line) => !Array.isArray(line) || line.length !== columns)) {
      throw new WorkbookError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size of the range.");
    }
  };

  const EDGES: Record<string, (rect: Rect, r: number, c: number) => (keyof CellFormat["borders"])[]> = {
    EdgeTop: (x, r) => (r === x.top ? ["top"] : []),
    EdgeBottom: (x, r) => (r === x.bottom ? ["bottom"] : []),
    EdgeLeft: (x, _, c) => (c === x.left ? ["left"] : []),
    EdgeRight: (x, _, c) => (c === x.right ? ["right"] : []),
    InsideHorizontal: (x, r) => [...(r > x.top ? (["top"] as const) : []), ...(r < x.bottom ? (["bottom"] as const) : [])],
    InsideVertical: (x, _, c) => [...(c > x.left ? (["left"] as const) : []), ...(c < x.right ? (["right"] as const) : [])],
  };

  function border(address: string, rect: Rect, edge: string) {
    const sides = EDGES[edge];
    if (sides === undefined) throw new TypeError(`No border edge ${edge}`);
    // A side is drawn once the line has a style; weight and colour are recorded (the layout only draws thin black lines).
    return setters(address, `format.borders[${edge}].`, {
      style: (style: string) => eachCell(rect, (f, r, c) => sides(rect, r, c).forEach((side) => (f.borders[side] = style !== "None"))),
      weight: () => undefined,
      color: () => undefined,
    });
  }

  function range(address: string) {
    const rect = parseRect(address);
    const font = setters(address, "format.font.", {
      name: (v: string) => eachCell(rect, (f) => (f.font.name = v)),
      size: (v: number) => eachCell(rect, (f) => (f.font.size = v)),
      bold: (v: boolean) => eachCell(rect, (f) => (f.font.bold = v)),
      underline: (v: string) => eachCell(rect, (f) => (f.font.underline = v !== "None")),
      color: (v: string) => eachCell(rect, (f) => (f.font.color = v)),
    });
    const fill = setters(address, "format.fill.", { color: (v: string) => eachCell(rect, (f) => (f.fill = v)) });
    const protection = setters(address, "format.protection.", { locked: (v: boolean) => eachCell(rect, (f) => (f.locked = v)) });
    const ALIGN = { Left: "left", Center: "center", Right: "right", Top: "top", Bottom: "bottom" } as const;
    const format = setters(
      address,
      "format.",
      {
        horizontalAlignment: (v: "Left" | "Center" | "Right") => eachCell(rect, (f) => (f.horizontal = ALIGN[v] as CellFormat["horizontal"])),
        verticalAlignment: (v: "Top" | "Center" | "Bottom") => eachCell(rect, (f) => (f.vertical = ALIGN[v] as CellFormat["vertical"])),
        wrapText: (v: boolean) => eachCell(rect, (f) => (f.wrap = v)),
        columnWidth: (v: number) => {
          for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, v);
        },
        rowHeight: (v: number) => {
          for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, v);
        },
      },
      { font, fill, protection, borders: { getItem: (edge: string) => border(address, rect, edge) } },
    );
    const validation: { min?: number; max?: number; errorTitle?: string; errorMessage?: string; promptTitle?: string; promptMessage?: string } = {};
    const dataValidation = setters(address, "dataValidation.", {
      ignoreBlanks: () => undefined,
      rule: (v: { decimal: { formula1: number; formula2: number; operator: string } }) => {
        if (v.decimal.operator !== "Between") throw new TypeError("Only Between rules are modelled");
        Object.assign(validation, { min: v.decimal.formula1, max: v.decimal.formula2 });
        sheet.validations = sheet.validations.filter((x) => x.rect !== rect);
        sheet.validations.push(Object.assign(validation, { rect }) as never);
      },
      errorAlert: (v: { title: string; message: string }) => Object.assign(validation, { errorTitle: v.title, errorMessage: v.message }),
      prompt: (v: { title: string; message: string }) => Object.assign(validation, { promptTitle: v.title, promptMessage: v.message }),
    });
    const conditionalFormats = {
      add(type: string) {
        if (type !== "Custom") throw new TypeError(`Only Custom conditional formats are modelled, not ${type}`);
        const added = { formula: "", fill: "", fontColor: undefined as string | undefined };
        enqueue(address, "conditionalFormats.add", [type], () => sheet.addConditionalFormat({ ranges: [rect], ...added }));
        // The rule's parts are set after add() is queued and belong to it: they fill in the format that the sync adds.
        const part = (prefix: string, apply: (v: string) => void) => setters(address, `conditionalFormats[].custom.${prefix}`, { [prefix.endsWith("rule.") ? "formula" : "color"]: apply }, {}, false);
        return {
          custom: {
            rule: part("rule.", (v) => (added.formula = v)),
            format: { fill: part("format.fill.", (v) => (added.fill = v)), font: part("format.font.", (v) => (added.fontColor = v)) },
          },
        };
      },
    };
    const target = setters(
      address,
      "",
      {
        formulas: (grid: unknown[][]) => {
          checkShape(rect, grid);
          grid.forEach((line, i) =>
            line.forEach((input, j) => {
              if (input === null) return;
              const r = rect.top + i;
              const c = rect.left + j;
              if (typeof input === "string" && input.startsWith("=")) sheet.setContent(r, c, null, input);
              else if (typeof input === "string" && input.startsWith("'")) sheet.setContent(r, c, input.slice(1));
              else sheet.setContent(r, c, input as string | number | boolean);
            }),
          );
        },
        numberFormat: (grid: string[][]) => {
          checkShape(rect, grid);
          grid.forEach((line, i) => line.forEach((fmt, j) => sheet.setFormat(rect.top + i, rect.left + j, (f) => (f.numberFormat = fmt === "General" ? undefined : fmt))));
        },
      },
      {
        format,
        dataValidation,
        conditionalFormats,
        merge: (across: boolean) => {
          if (across) throw new TypeError("merge(true) is not modelled");
          enqueue(address, "merge", [across], () => sheet.merge(rect));
        },
      },
    );
    rangeOf.set(target, rect);
    return target;
  }

  const pageProps: Record<string, (value: never) => void> = {};
  const print: Record<string, unknown> = {};
  for (const name of ["paperSize", "orientation", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin", "centerHorizontally"]) {
    pageProps[name] = (value: never) => void (print[name] = value);
  }
  const pageLayout = setters("", "pageLayout.", pageProps, {
    setPrintTitleRows: (rows: string) => enqueue("", "pageLayout.setPrintTitleRows", [rows], () => (print.titleRows = rows)),
    setPrintArea: (area: string) => enqueue("", "pageLayout.setPrintArea", [area], () => (print.printArea = area)),
    headersFooters: {
      defaultForAllPages: setters("", "pageLayout.headersFooters.defaultForAllPages.", { centerFooter: (v: string) => (print.centerFooter = v) }),
    },
  });

  const worksheet = {
    name: sheetName,
    getRange: (address: string) => range(address),
    activate: () => enqueue("", "activate", [], () => undefined),
    names: {
      // Office.js: names.add(name, reference: Range | string); a string is a formula such as the sheet marker's text constant.
      add: (name: string, target: object | string) => {
        if (typeof target === "string") {
          if (name !== MARKER_NAME) throw new TypeError(`Only the sheet marker is modelled as a formula name, not ${name}`);
          enqueue("", "names.add", [name, target], () => (sheet.marker = parseMarker(target)));
          return;
        }
        const rect = rangeOf.get(target);
        if (rect === undefined) throw new TypeError("names.add needs a Range of this sheet");
        enqueue("", "names.add", [name], () => sheet.names.push({ name, rect }));
      },
    },
    freezePanes: {
      freezeRows: (rows: number) => enqueue("", "freezePanes.freezeRows", [rows], () => (sheet.freeze = { rows, columns: 0 })),
      freezeColumns: (columns: number) => enqueue("", "freezePanes.freezeColumns", [columns], () => (sheet.freeze = { rows: 0, columns })),
      freezeAt: (target: object) =>
        enqueue("", "freezePanes.freezeAt", [], () => {
          const rect = rangeOf.get(target) as Rect;
          sheet.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
        }),
    },
    pageLayout,
  };

  const context = {
    workbook: {
      application: {
        suspendApiCalculationUntilNextSync: () => enqueue("", "application.suspendApiCalculationUntilNextSync", [], () => undefined),
        // The memory sheet keeps formulas, not results: a recalculation changes nothing this test compares.
        calculate: (type: string) => enqueue("", "application.calculate", [type], () => undefined),
      },
    },
    async sync() {
      const pending = queue;
      queue = [];
      for (const apply of pending) apply();
    },
  };

  return {
    context: context as unknown as Excel.RequestContext,
    worksheet: worksheet as unknown as Excel.Worksheet,
    /** The sheet as Excel would hold it after the syncs so far. */
    sheet,
    /** Page setup as set through pageLayout, in Office.js terms (points, "Landscape", "$1:$4"). */
    print,
    calls,
  };
}
