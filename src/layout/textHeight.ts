/**
 * Row heights estimated from text, so that wrapped rubric text shows in full
 * without relying on a spreadsheet's autofit (Excel does not autofit rows of
 * files it did not write, and merged cells never autofit).
 */

/** Width of one character in Excel column units at 11 pt: CJK and full-width forms take two. */
function charUnits(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000;
  return wide ? 2 : 1.1;
}

/** Number of lines `text` wraps to in a cell `widthUnits` wide (Excel character units) at `fontSize` points. */
export function wrappedLines(text: string, widthUnits: number, fontSize: number): number {
  const scale = fontSize / 11;
  // Cell padding and the spreadsheet's rounding eat about one unit.
  const usable = Math.max(1, widthUnits - 1.2);
  return text.split("\n").reduce((lines, paragraph) => {
    let units = 0;
    for (const ch of paragraph) units += charUnits(ch) * scale;
    return lines + Math.max(1, Math.ceil(units / usable));
  }, 0);
}

/** Line height in points for CJK fonts, whose ascent and descent are larger than Latin fonts'. */
export function lineHeight(fontSize: number): number {
  return fontSize * 1.4;
}

/** Row height in points that shows `lines` lines of `fontSize` text, with padding. */
export function heightForLines(lines: number, fontSize: number): number {
  return Math.ceil(lines * lineHeight(fontSize) + 4);
}
