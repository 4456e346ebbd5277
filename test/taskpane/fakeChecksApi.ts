import { checkSheet, describeNoTable } from "../../src/scoring";
import type { Locale } from "../../src/table/locale";
import type { GridValue } from "../../src/table/grid";
import type { ChecksPort, CheckOutcome } from "../../src/ports/checks";

/** A ChecksPort over an in-memory grid, running the real pure checks; Excel calls are jest mocks. */
export function fakeChecksApi(initial: { values: GridValue[][]; formulas?: unknown[][] }, locale: Locale = "zh-CN", sheetName = "质量兴市评价") {
  let grid = initial;
  const listeners: (() => void)[] = [];
  const check = async (): Promise<CheckOutcome> => {
    const result = checkSheet(grid, { locale });
    return result.ok
      ? { status: "checked", sheetName, findings: result.check.findings, summary: result.check.summary }
      : { status: "no-table", sheetName, message: describeNoTable(result.noTable, locale, sheetName) };
  };
  const api = {
    check: jest.fn<Promise<CheckOutcome>, [{ highlight: boolean }]>(check),
    select: jest.fn<Promise<void>, [string, string]>(async () => undefined),
    clearHighlights: jest.fn(async () => 2),
    addEvidenceColumns: jest.fn<ReturnType<ChecksPort["addEvidenceColumns"]>, []>(async () => ({ status: "refused", reason: "already-present" })),
    fixNumberText: jest.fn<ReturnType<ChecksPort["fixNumberText"]>, Parameters<ChecksPort["fixNumberText"]>>(async (_, fixes) => ({ changed: fixes.length, skipped: 0 })),
    watch: jest.fn(async (onChange: () => void) => {
      listeners.push(onChange);
      return async () => void listeners.splice(listeners.indexOf(onChange), 1);
    }),
  } satisfies ChecksPort;
  return {
    api,
    /** The user edits the sheet: the grid changes and the watcher fires. */
    edit(next: { values: GridValue[][]; formulas?: unknown[][] }) {
      grid = next;
      listeners.forEach((l) => l());
    },
    listeners,
  };
}
