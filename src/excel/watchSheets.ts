import { isSetSupported } from "./requirements";

/**
 * Calls `onChange` when a worksheet's data changes or another worksheet is
 * activated. A multi-cell paste arrives as one event without per-cell details,
 * so the event is only a signal: the caller rechecks the whole sheet. Changes
 * the add-in made itself (triggerSource "ThisLocalAddin", ExcelApi 1.14) are
 * ignored; on older builds such an event costs one recheck, which writes
 * nothing when the findings are unchanged, so it cannot loop. One sync.
 * Returns a function that stops watching, to be run in a batch on the same
 * context (Excel.run(context, stop)), as Office.js requires for removing handlers.
 */
export async function watchSheets(context: Excel.RequestContext, onChange: () => void): Promise<(batch: Excel.RequestContext) => Promise<void>> {
  const sheets = context.workbook.worksheets;
  const changed = sheets.onChanged.add(async (event) => {
    const ownWrite = isSetSupported("ExcelApi", "1.14") && event.triggerSource === "ThisLocalAddin";
    if (!ownWrite) onChange();
  });
  const activated = sheets.onActivated.add(async () => {
    onChange();
  });
  await context.sync();
  return async (batch) => {
    changed.remove();
    activated.remove();
    await batch.sync();
  };
}
