import { buildRubric } from "../../src/rubric/build";
import { carriedRubricCells } from "../../src/rubric/carriedCells";
import { provincialSource } from "../helpers/provincialRubric";
import { installCustomFunctionsStub } from "./customFunctionsStub";

/**
 * The runtime's start-up over a small Excel double: Office.onReady, Excel.run
 * with a request context whose worksheets.getItemOrNullObject gives a null
 * object (isNullObject true) for a missing sheet, values read only after
 * sync(), and application.calculate recorded. No task pane is involved.
 */
function installExcel(sheetValues: () => unknown[][] | undefined) {
  const log: string[] = [];
  const context = {
    sync: async () => void log.push("sync"),
    workbook: {
      application: { calculate: (type: string) => void log.push(`calculate ${type}`) },
      worksheets: {
        getItemOrNullObject: (name: string) => {
          log.push(`getItemOrNullObject ${name}`);
          const values = sheetValues();
          return {
            isNullObject: values === undefined,
            getUsedRangeOrNullObject: () => ({ load: () => undefined, isNullObject: false, rowIndex: 0, columnIndex: 0, values }),
          };
        },
      },
    },
  };
  const target = new EventTarget();
  Object.assign(globalThis, {
    Office: { onReady: (callback: () => void) => Promise.resolve().then(callback) },
    Excel: { run: <T>(batch: (c: typeof context) => Promise<T>) => batch(context), CalculationType: { full: "Full" } },
    window: { addEventListener: target.addEventListener.bind(target), dispatchEvent: target.dispatchEvent.bind(target) },
  });
  return { log, target };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the functions runtime at start-up", () => {
  beforeAll(installCustomFunctionsStub);

  it("reads the carried rubric before the task pane ever opens, and again when the pane says it changed", async () => {
    const workbook: { carried?: unknown[][] } = {};
    const { log, target } = installExcel(() => workbook.carried);
    const functions = await import("../../src/functions/functions");
    expect(functions.maxPoints("1.1.1")).toBe(40);
    await import("../../src/functions/startup");
    await flush();
    expect(log).toEqual(["getItemOrNullObject QCITY_RUBRIC", "sync"]);
    expect(functions.maxPoints("1.1.1")).toBe(40);

    workbook.carried = carriedRubricCells([buildRubric(provincialSource())]);
    target.dispatchEvent(new Event("qcity-rubric-changed"));
    await flush();
    expect(functions.maxPoints("1.1.1")).toBe(10);
    // A function ran with the old caps, so Excel recalculates everything once.
    expect(log.slice(2)).toEqual(["getItemOrNullObject QCITY_RUBRIC", "sync", "sync", "calculate Full", "sync"]);
  });
});
