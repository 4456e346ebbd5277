/** Width of the default font's widest digit, in pixels (Calibri/等线 11 at 96 dpi), the unit Excel's column widths count in. */
const MAX_DIGIT_PX = 7;
const POINTS_PER_PIXEL = 0.75;

/**
 * Points for a column width given in Excel character units, the `width` of the
 * .xlsx file (as ExcelJS writes it), so the sheet in Excel and the exported
 * .xlsx get the same pixel widths: pixels = trunc((256·w + trunc(128/7)) / 256 · 7).
 */
export function columnWidthPoints(characters: number): number {
  if (!(Number.isFinite(characters) && characters >= 0)) throw new RangeError(`Bad column width ${characters}`);
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / MAX_DIGIT_PX)) / 256) * MAX_DIGIT_PX);
  return pixels * POINTS_PER_PIXEL;
}

/** Points in `inches`, to 1/100 pt (page margins: Office.js takes points, the layout gives inches). */
export function inchesToPoints(inches: number): number {
  return Math.round(inches * 7200) / 100;
}
