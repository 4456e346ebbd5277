import type { GridValue } from "../../src/table/grid";
import { buildLayout } from "../../src/layout/buildLayout";
import { rect, rectAddress } from "../../src/table/a1";
import { cellValueOf, loadGrid, memoryPorts, MemoryWorkbook } from "../../src/memory";
import type { ChecksPort } from "../../src/ports/checks";
import type { Locale } from "../../src/table/locale";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

type SheetGrid = { values: GridValue[][]; formulas?: unknown[][] };

/** Each port method as a jest mock that calls the real one, so tests can assert calls or make one fail. */
function spied<T extends object>(port: T): { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? jest.Mock<R, A> : T[K] } {
  return Object.fromEntries(Object.entries(port).map(([name, method]) => [name, jest.fn(method as (...args: unknown[]) => unknown)])) as never;
}

/**
 * The checks port over a memory workbook whose active sheet holds `initial`,
 * running the real checks, highlights and column plans; every call is a jest mock.
 */
export function memoryChecks(initial: SheetGrid, locale: Locale = "zh-CN", sheetName = "质量兴市评价") {
  const book = new MemoryWorkbook([sheetName]);
  loadGrid(book.active, initial);
  const api = spied<ChecksPort>(memoryPorts(book, { locale, rubric: OFFICIAL_RUBRIC, build: buildLayout }).checks);
  let shown = initial;
  return {
    api,
    book,
    /** The user pastes a new version of the whole sheet: the grid changes and the watchers hear one change. */
    edit(next: SheetGrid) {
      const rows = Math.max(shown.values.length, next.values.length);
      const cols = Math.max(...[...shown.values, ...next.values].map((line) => line.length));
      book.paste(rectAddress(rect(0, 0, rows - 1, cols - 1)), Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (__, c) => cellValueOf(next.values[r]?.[c]))));
      shown = next;
    },
    watchers: () => book.watcherCount,
  };
}
