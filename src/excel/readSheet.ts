import { addressOrigin } from "../layout/a1";
import type { Grid } from "../layout/readTable";
import { isHighlightFormula } from "../scoring/highlights";
import type { SheetSnapshot } from "../scoring/snapshot";

/** A highlight conditional format the add-in wrote earlier. */
export interface ExistingHighlight {
  readonly id: string;
  readonly formula: string;
}

export interface SheetRead {
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  readonly snapshot: SheetSnapshot;
  readonly highlights: readonly ExistingHighlight[];
}

/**
 * Reads the active worksheet's used range (values, formulas, number formats,
 * address) and the add-in's own highlight conditional formats, in one
 * context.sync(). An empty sheet gives an empty snapshot.
 */
export async function readActiveSheet(context: Excel.RequestContext): Promise<SheetRead> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject();
  used.load("address,values,formulas,numberFormat");
  const formats = sheet.getRange().conditionalFormats.load("items/id,items/type,items/customOrNullObject/rule/formula");
  await context.sync();

  const snapshot: SheetSnapshot = used.isNullObject
    ? { values: [] }
    : { values: used.values as Grid, formulas: used.formulas, numberFormats: used.numberFormat, origin: addressOrigin(used.address) };
  const highlights = formats.items.flatMap((format) => {
    const formula = format.type === "Custom" && !format.customOrNullObject.isNullObject ? format.customOrNullObject.rule.formula : undefined;
    return isHighlightFormula(formula) ? [{ id: format.id, formula: formula as string }] : [];
  });
  return { sheet, sheetName: sheet.name, snapshot, highlights };
}
