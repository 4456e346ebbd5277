import type ExcelJS from "exceljs";

/** A defined name as ExcelJS's xlsx writer renders it; `localSheetId` scopes it to one worksheet. */
interface DefinedNameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

/**
 * Adds worksheet-scoped defined names. ExcelJS 4's public API only makes
 * workbook-scoped names, but its writer renders `localSheetId` for any
 * defined-name model that carries one, so the scoped names are appended to
 * the model it writes. `sheetIndex` is the worksheet's 0-based position.
 */
export function addScopedNames(workbook: ExcelJS.Workbook, sheetIndex: number, names: readonly { name: string; ref: string }[]): void {
  const definedNames = workbook.definedNames as unknown as { model: DefinedNameModel[] };
  const descriptor = findModelProperty(definedNames);
  const scoped: DefinedNameModel[] = names.map(({ name, ref }) => ({ name, ranges: [ref], localSheetId: sheetIndex }));
  Object.defineProperty(definedNames, "model", {
    configurable: true,
    get: () => [...(descriptor.get?.call(definedNames) as DefinedNameModel[]), ...scoped],
    set: (value: DefinedNameModel[]) => descriptor.set?.call(definedNames, value),
  });
}

function findModelProperty(target: object): PropertyDescriptor {
  for (let proto: object | null = target; proto !== null; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, "model");
    if (descriptor?.get) return descriptor;
  }
  throw new Error("This ExcelJS version has no defined-names model to extend");
}
