/* global window, location, URLSearchParams, setTimeout */
/*
 * A stand-in for office.js in the browser test: reports host Excel, zh-CN,
 * and serves an in-memory workbook through Excel.run / RequestContext. Writes
 * apply at once; reads see the live workbook. Formatting the add-in writes
 * (fonts, borders, validation, print setup…) is accepted and ignored. The test
 * drives it through window.__excelDouble: type into cells (firing onChanged as
 * Excel does), read the selection and the conditional formats.
 */
(function () {
  "use strict";

  // Accepts any property write and any method call; used for formatting APIs the checks never read back.
  function sink() {
    const target = function () {};
    return new Proxy(target, {
      get: (_, key) => (key === "then" ? undefined : key === "load" ? () => sink() : sink()),
      set: () => true,
      apply: () => sink(),
    });
  }

  function colIndex(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  }
  function colLetters(col) {
    let s = "";
    for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }
  function cellName(r, c) {
    return colLetters(c) + (r + 1);
  }
  // "A1:B2", "$A$1", "A:C", "3:5" → { top, left, bottom, right } (0-based, inclusive).
  function parseRect(address) {
    const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
    const [a, b = a] = local.split(":");
    const part = (p) => {
      const m = /^([A-Z]*)(\d*)$/i.exec(p);
      if (!m) throw new Error("Bad address " + address);
      return { col: m[1] ? colIndex(m[1]) : undefined, row: m[2] ? Number(m[2]) - 1 : undefined };
    };
    const p = part(a);
    const q = part(b);
    return { top: p.row ?? 0, left: p.col ?? 0, bottom: q.row ?? 1048575, right: q.col ?? 16383 };
  }

  let nextId = 1;
  const changed = [];
  const activated = [];
  let selection = null;
  const sheets = [];
  let active = null;

  function fire(list, event) {
    setTimeout(() => list.slice().forEach((h) => h(event)), 0);
  }

  class Sheet {
    constructor(name) {
      this.name = name;
      this.id = "{sheet-" + nextId++ + "}";
      this.cells = new Map(); // "r,c" → { value, formula, numberFormat }
      this.formats = []; // conditional formats
      this.charts = []; // charts.add(…) and what was set on them
      this.names = new Map(); // worksheet-scoped names: name → formula ("=…")
      this.merges = []; // merged rectangles
      this.protected = false;
      this.visibility = "Visible"; // Excel.SheetVisibility: Visible, Hidden or VeryHidden
    }
    cell(r, c) {
      return this.cells.get(r + "," + c);
    }
    put(r, c, patch) {
      const old = this.cell(r, c) || { value: "", formula: undefined, numberFormat: "General" };
      const next = Object.assign({}, old, patch);
      if (next.value === "" && next.formula === undefined && next.numberFormat === "General") this.cells.delete(r + "," + c);
      else this.cells.set(r + "," + c, next);
    }
    // The used range, values only (as getUsedRangeOrNullObject(true)), inside `within` when given.
    used(within) {
      let top = Infinity, left = Infinity, bottom = -1, right = -1;
      for (const [key, cell] of this.cells) {
        if (cell.value === "" && cell.formula === undefined) continue;
        const [r, c] = key.split(",").map(Number);
        if (within && (r < within.top || r > within.bottom || c < within.left || c > within.right)) continue;
        top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
      }
      return bottom < 0 ? undefined : { top, left, bottom, right };
    }
    insertColumns(rect) {
      const width = rect.right - rect.left + 1;
      const moved = new Map();
      for (const [key, cell] of this.cells) {
        const [r, c] = key.split(",").map(Number);
        moved.set(r + "," + (c >= rect.left ? c + width : c), cell);
      }
      this.cells = moved;
    }
  }

  function conditionalFormatCollection(sheet, address) {
    return {
      get items() {
        return sheet.formats;
      },
      load() {
        return this;
      },
      add(type) {
        const custom = { rule: { formula: "" }, format: { fill: { color: undefined }, font: { color: undefined } }, isNullObject: false };
        const format = { id: "cf" + nextId++, type, address, custom, customOrNullObject: custom };
        sheet.formats.push(format);
        return format;
      },
      getItem(id) {
        return {
          delete() {
            const at = sheet.formats.findIndex((f) => f.id === id);
            if (at < 0) throw Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" });
            sheet.formats.splice(at, 1);
          },
        };
      },
    };
  }

  function range(sheet, rect, batch) {
    const rows = () => Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => rect.top + i);
    const cols = () => Array.from({ length: rect.right - rect.left + 1 }, (_, i) => rect.left + i);
    const grid = (pick) => rows().map((r) => cols().map((c) => pick(sheet.cell(r, c))));
    const write = (matrix, patch) => {
      if (matrix.length !== rect.bottom - rect.top + 1 || matrix.some((line) => line.length !== rect.right - rect.left + 1)) {
        throw Object.assign(new Error("The number of rows or columns in the input array doesn't match the size of the range."), { code: "InvalidArgument" });
      }
      matrix.forEach((line, i) => line.forEach((v, j) => sheet.put(rect.top + i, rect.left + j, patch(v))));
      batch.wrote.push(sheet.name + "!" + address);
    };
    const address = rect.top === rect.bottom && rect.left === rect.right ? cellName(rect.top, rect.left) : cellName(rect.top, rect.left) + ":" + cellName(rect.bottom, rect.right);
    return {
      isNullObject: false,
      get address() {
        return "'" + sheet.name + "'!" + address;
      },
      // ExcelApi 1.1: the 0-based row and column of the range's top-left cell.
      rowIndex: rect.top,
      columnIndex: rect.left,
      get values() {
        return grid((cell) => (cell ? cell.value : ""));
      },
      set values(matrix) {
        write(matrix, (v) => ({ value: v === null ? "" : v, formula: undefined }));
      },
      get formulas() {
        return grid((cell) => (cell ? (cell.formula !== undefined ? cell.formula : cell.value) : ""));
      },
      set formulas(matrix) {
        write(matrix, (v) => (typeof v === "string" && v.startsWith("=") ? { formula: v, value: 0 } : { value: v === null ? "" : v, formula: undefined }));
      },
      get numberFormat() {
        return grid((cell) => (cell ? cell.numberFormat : "General"));
      },
      set numberFormat(matrix) {
        matrix.forEach((line, i) => line.forEach((f, j) => sheet.put(rect.top + i, rect.left + j, { numberFormat: f })));
      },
      load() {
        return this;
      },
      select() {
        active = sheet;
        selection = { sheet: sheet.name, address };
      },
      insert(shift) {
        if (shift !== "Right") throw new Error("The double inserts whole columns only");
        sheet.insertColumns(rect);
        return this;
      },
      getUsedRangeOrNullObject() {
        const used = sheet.used(rect);
        return used ? range(sheet, used, batch) : { isNullObject: true, load() { return this; } };
      },
      merge() {
        sheet.merges.push(rect);
      },
      unmerge() {
        const inside = (m) => m.top >= rect.top && m.bottom <= rect.bottom && m.left >= rect.left && m.right <= rect.right;
        sheet.merges = sheet.merges.filter((m) => !inside(m));
      },
      clear() {
        for (const r of rows()) for (const c of cols()) sheet.cells.delete(r + "," + c);
      },
      // ExcelApi 1.13: the merged areas that meet this range, or a null object.
      getMergedAreasOrNullObject() {
        const meets = (m) => m.left <= rect.right && rect.left <= m.right && m.top <= rect.bottom && rect.top <= m.bottom;
        const items = sheet.merges.filter(meets).map((m) => range(sheet, m, batch));
        return { isNullObject: items.length === 0, areas: { items, load() { return this; } }, load() { return this; } };
      },
      copyFrom() {},
      conditionalFormats: conditionalFormatCollection(sheet, address),
      format: sink(),
      dataValidation: sink(),
    };
  }

  function worksheet(sheet, batch) {
    return {
      get name() {
        return sheet.name;
      },
      get id() {
        return sheet.id;
      },
      load() {
        return this;
      },
      activate() {
        if (active !== sheet) {
          active = sheet;
          fire(activated, { type: "WorksheetActivated", worksheetId: sheet.id });
        }
      },
      get visibility() {
        return sheet.visibility;
      },
      set visibility(value) {
        if (!["Visible", "Hidden", "VeryHidden"].includes(value)) throw Object.assign(new Error("Bad visibility " + value), { code: "InvalidArgument" });
        sheet.visibility = value;
      },
      delete() {
        // As Excel: a very hidden sheet must be made hidden or visible before it can be deleted.
        if (sheet.visibility === "VeryHidden") throw Object.assign(new Error("The sheet is very hidden."), { code: "InvalidOperation" });
        sheets.splice(sheets.indexOf(sheet), 1);
        if (active === sheet) active = sheets[0] || null;
      },
      getRange(address) {
        return range(sheet, address === undefined ? { top: 0, left: 0, bottom: 1048575, right: 16383 } : parseRect(address), batch);
      },
      getRangeByIndexes(row, col, rows, cols) {
        return range(sheet, { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }, batch);
      },
      getRanges(addresses) {
        return { conditionalFormats: conditionalFormatCollection(sheet, addresses) };
      },
      getUsedRangeOrNullObject() {
        const used = sheet.used();
        return used ? range(sheet, used, batch) : { isNullObject: true, load() { return this; } };
      },
      charts: {
        add(type, source, seriesBy) {
          const record = { type, source: source.address, seriesBy, labels: null, position: null, title: {}, legend: {}, axes: { valueAxis: {} }, dataLabels: {} };
          sheet.charts.push(record);
          return {
            title: record.title,
            legend: record.legend,
            axes: record.axes,
            dataLabels: record.dataLabels,
            series: { getItemAt: () => ({ setXAxisValues: (labels) => (record.labels = labels.address) }) },
            setPosition: (from, to) => (record.position = [from, to]),
          };
        },
      },
      names: {
        add(name, reference) {
          if (sheet.names.has(name)) throw Object.assign(new Error("A name with this value already exists."), { code: "ItemAlreadyExists" });
          sheet.names.set(name, typeof reference === "string" ? reference : "=" + reference.address);
        },
        getItemOrNullObject(name) {
          if (!sheet.names.has(name)) return { isNullObject: true, load() { return this; } };
          return { isNullObject: false, name, formula: sheet.names.get(name), load() { return this; } };
        },
        get items() {
          return [...sheet.names.keys()].map((name) => ({ name, delete: () => sheet.names.delete(name) }));
        },
        load() {
          return this;
        },
      },
      protection: {
        get protected() {
          return sheet.protected;
        },
        load() {
          return this;
        },
        protect() {
          sheet.protected = true;
        },
        unprotect() {
          sheet.protected = false;
        },
      },
      freezePanes: sink(),
      pageLayout: sink(),
    };
  }

  function requestContext() {
    const batch = { wrote: [] };
    const worksheets = {
      get items() {
        return sheets.map((s) => worksheet(s, batch));
      },
      load() {
        return this;
      },
      add(name) {
        if (sheets.some((s) => s.name.toLowerCase() === String(name).toLowerCase())) {
          throw Object.assign(new Error("A sheet with this name already exists."), { code: "ItemAlreadyExists" });
        }
        const sheet = new Sheet(name);
        sheets.push(sheet);
        return worksheet(sheet, batch);
      },
      getItem(name) {
        const sheet = sheets.find((s) => s.name === name);
        if (!sheet) throw Object.assign(new Error("ItemNotFound: " + name), { code: "ItemNotFound" });
        return worksheet(sheet, batch);
      },
      // As Office.js: a null object (isNullObject true) for a missing sheet, names compared without regard to case.
      getItemOrNullObject(name) {
        const sheet = sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase());
        // A method of a null object gives a null object too (Office.js), e.g. getUsedRangeOrNullObject.
        const none = { isNullObject: true, load() { return this; } };
        return sheet ? Object.assign(worksheet(sheet, batch), { isNullObject: false }) : { ...none, getUsedRangeOrNullObject: () => none };
      },
      getActiveWorksheet() {
        return worksheet(active, batch);
      },
      onChanged: {
        add(handler) {
          changed.push(handler);
          return { context: null, remove: () => changed.splice(changed.indexOf(handler), 1) };
        },
      },
      onActivated: {
        add(handler) {
          activated.push(handler);
          return { context: null, remove: () => activated.splice(activated.indexOf(handler), 1) };
        },
      },
    };
    return {
      workbook: { worksheets, application: sink() },
      async sync() {
        // The add-in's own writes fire onChanged too, marked as such (ExcelApi 1.14).
        for (const address of batch.wrote.splice(0)) {
          const sheet = sheets.find((s) => address.startsWith(s.name + "!"));
          if (sheet) fire(changed, { type: "WorksheetChanged", worksheetId: sheet.id, address: address.slice(sheet.name.length + 1), changeType: "RangeEdited", source: "Local", triggerSource: "ThisLocalAddin" });
        }
      },
    };
  }

  const start = new Sheet("Sheet1");
  sheets.push(start);
  active = start;

  window.Excel = {
    run(contextOrBatch, maybeBatch) {
      const batch = typeof contextOrBatch === "function" ? contextOrBatch : maybeBatch;
      return Promise.resolve().then(() => batch(requestContext()));
    },
  };
  const visibilityHandlers = [];
  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    context: {
      displayLanguage: new URLSearchParams(location.search).get("lang") || "zh-CN",
      requirements: { isSetSupported: () => true },
    },
    // SharedRuntime 1.1: the pane's visibility; the test hides and shows it through __excelDouble.setPaneVisible.
    addin: {
      onVisibilityModeChanged(handler) {
        visibilityHandlers.push(handler);
        return Promise.resolve(() => {
          visibilityHandlers.splice(visibilityHandlers.indexOf(handler), 1);
          return Promise.resolve();
        });
      },
    },
    onReady(callback) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      return Promise.resolve().then(() => {
        if (callback) callback(info);
        return info;
      });
    },
  };
  window.CustomFunctions = { associate() {}, Error: Error };

  window.__excelDouble = {
    /** Closes (false) or opens (true) the task pane, as Office reports it to a shared runtime. */
    setPaneVisible(visible) {
      const message = { visibilityMode: visible ? "Taskpane" : "Hidden" };
      visibilityHandlers.slice().forEach((handler) => handler(message));
    },
    /** Types into a cell of the active sheet as a user would: "45" becomes a number, "５" stays text; fires onChanged. */
    type(address, text) {
      const rect = parseRect(address);
      const value = /^[-+]?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
      active.put(rect.top, rect.left, { value, formula: undefined });
      fire(changed, { type: "WorksheetChanged", worksheetId: active.id, address, changeType: "RangeEdited", source: "Local", triggerSource: "Unknown" });
    },
    /** Pastes a grid of values into the active sheet from `address` (its top-left cell); fires one onChanged, as a paste does. */
    paste(address, values) {
      const at = parseRect(address);
      values.forEach((line, r) => line.forEach((value, c) => active.put(at.top + r, at.left + c, { value: value === null ? "" : value, formula: undefined })));
      fire(changed, { type: "WorksheetChanged", worksheetId: active.id, address, changeType: "RangeEdited", source: "Local", triggerSource: "Unknown" });
    },
    /** A sheet's visibility (Excel.SheetVisibility), or undefined when there is no such sheet. */
    visibility: (sheetName) => sheets.find((s) => s.name === sheetName)?.visibility,
    value(address) {
      const rect = parseRect(address);
      const cell = active.cell(rect.top, rect.left);
      return cell ? cell.value : "";
    },
    selection: () => selection,
    sheetNames: () => sheets.map((s) => s.name),
    /** The charts on the active sheet, as added: type, source and label addresses, position, and what was set on them. */
    charts: () => (active ? active.charts : []),
    activeSheet: () => (active ? active.name : null),
    marker: (sheetName) => sheets.find((s) => s.name === sheetName)?.names.get("QCITY_SHEET"),
    cellOf: (sheetName, address) => {
      const rect = parseRect(address);
      const cell = sheets.find((s) => s.name === sheetName)?.cell(rect.top, rect.left);
      return cell ? (cell.formula !== undefined ? cell.formula : cell.value) : "";
    },
    /** Every text value on a sheet, in no particular order (for asserting what a written sheet says). */
    texts: (sheetName) => [...(sheets.find((s) => s.name === sheetName)?.cells.values() ?? [])].map((c) => c.value).filter((v) => typeof v === "string"),
    conditionalFormats: () => active.formats.map((f) => ({ address: f.address, formula: f.custom.rule.formula, fill: f.custom.format.fill.color })),
  };
})();
