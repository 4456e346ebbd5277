/**
 * The QCITY custom functions registered in HyperFormula (a real formula engine
 * with dependency tracking), calling the very wrappers Excel calls. Test-only:
 * HyperFormula is GPL-3.0 and a devDependency, never part of the add-in bundle.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import * as qcity from "../../../src/functions/functions";
import { installCustomFunctionsStub, StubCustomFunctionsError } from "../../functions/customFunctionsStub";

/** What Excel sends for a blank cell inside a range: null (web), 0 (desktop) or "" (some builds). */
export type BlankCell = null | 0 | "";

let blankCell: BlankCell = null;

/** Chooses how blank cells of ranges reach the functions, to mimic an Excel build. */
export function sendBlankCellsAs(blank: BlankCell): void {
  blankCell = blank;
}

/** An engine value as Excel's custom-function runtime would pass it. */
function excelValue(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return blankCell;
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: number }).val; // HyperFormula's rich numbers (dates, percents)
  return value;
}

/** A range argument as a rows × columns matrix; an error cell in it is the result, as in Excel. */
function matrixOf(range: unknown): unknown[][] | CellError {
  if (!(range instanceof SimpleRangeValue)) return [[excelValue(range)]];
  const rows = range.rawData();
  const matrix: unknown[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as unknown[];
    const out = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell instanceof CellError) return cell;
      out[c] = excelValue(cell);
    }
    matrix[r] = out;
  }
  return matrix;
}

/** Runs a wrapper; a CustomFunctions.Error becomes the engine's error with the same message. */
function call(run: () => number): number | CellError {
  try {
    return run();
  } catch (error) {
    if (error instanceof StubCustomFunctionsError) {
      return new CellError(error.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, error.message);
    }
    throw error;
  }
}

const scalar = { argumentType: FunctionArgumentType.SCALAR };
const range = { argumentType: FunctionArgumentType.RANGE };

type Procedure = { readonly args: never };

export class QcityPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    "QCITY.MAXPOINTS": { method: "maxPoints", parameters: [{ ...scalar, optionalArg: true }] },
    "QCITY.SECTIONTOTAL": { method: "sectionTotal", parameters: [scalar, range, range] },
    "QCITY.TOTAL": { method: "total", parameters: [range, range] },
    "QCITY.SCORERATE": { method: "scoreRate", parameters: [scalar, range, range] },
    "QCITY.PROGRESS": { method: "progress", parameters: [range, range] },
  };

  maxPoints(ast: Procedure, state: never) {
    return this.runFunction(ast.args, state, this.metadata("QCITY.MAXPOINTS"), (code: unknown) => call(() => qcity.maxPoints(excelValue(code))));
  }

  sectionTotal(ast: Procedure, state: never) {
    return this.runFunction(ast.args, state, this.metadata("QCITY.SECTIONTOTAL"), (section: unknown, criteria: unknown, scores: unknown) =>
      withMatrices(criteria, scores, (c, s) => call(() => qcity.sectionTotal(excelValue(section), c, s))),
    );
  }

  total(ast: Procedure, state: never) {
    return this.runFunction(ast.args, state, this.metadata("QCITY.TOTAL"), (criteria: unknown, scores: unknown) =>
      withMatrices(criteria, scores, (c, s) => call(() => qcity.total(c, s))),
    );
  }

  scoreRate(ast: Procedure, state: never) {
    return this.runFunction(ast.args, state, this.metadata("QCITY.SCORERATE"), (section: unknown, criteria: unknown, scores: unknown) =>
      withMatrices(criteria, scores, (c, s) => call(() => qcity.scoreRate(excelValue(section), c, s))),
    );
  }

  progress(ast: Procedure, state: never) {
    return this.runFunction(ast.args, state, this.metadata("QCITY.PROGRESS"), (criteria: unknown, scores: unknown) =>
      withMatrices(criteria, scores, (c, s) => call(() => qcity.progress(c, s))),
    );
  }
}

function withMatrices(criteria: unknown, scores: unknown, run: (c: unknown[][], s: unknown[][]) => number | CellError): number | CellError {
  const c = matrixOf(criteria);
  if (c instanceof CellError) return c;
  const s = matrixOf(scores);
  if (s instanceof CellError) return s;
  return run(c, s);
}

let registered = false;

/** Registers the plugin once per process, with the CustomFunctions stub the wrappers throw through. */
export function registerQcityPlugin(): void {
  installCustomFunctionsStub();
  if (registered) return;
  const names = Object.keys(QcityPlugin.implementedFunctions);
  HyperFormula.registerFunctionPlugin(QcityPlugin, { enGB: Object.fromEntries(names.map((n) => [n, n])) });
  registered = true;
}
