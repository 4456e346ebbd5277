/** Rubric codes: "3" (category), "3.6" (item), "3.6.2" (criterion). */

// Not followed by more digits ("3.6.2.1") or an exponent ("1.1e-7" is a number written as text, not item 1.1).
const LEADING_CODE = /^\s*(\d{1,3}(?:\.\d{1,3}){0,2})(?![\d.]*\d)(?![eE][+-]?\d)/;

/**
 * Full-width digits "０"–"９" and the full-width full stop "．" (NFKC), and the
 * ideographic full stop "。" a Chinese input method types for ".". Only these:
 * full NFKC would also turn "①" or "¹" into a digit and make a code of them.
 */
const CODE_CHARACTERS = /[\uFF10-\uFF19\uFF0E\u3002]/g;

/** Text with the characters a code may be typed in turned to ASCII: "３．６．２" and "3。6。2" → "3.6.2". */
export function normaliseCodeText(text: string): string {
  return text.replace(CODE_CHARACTERS, (c) => (c === "\u3002" ? "." : c.normalize("NFKC")));
}

/**
 * The text of a number that prints as a plain code: integers and decimals
 * such as 3 or 3.1 (Excel stores a typed 3.1 as a number). Undefined for
 * numbers JavaScript prints with an exponent (1e+308, 1.1e-7), negative or
 * non-finite numbers, which name no code.
 */
export function codeTextOfNumber(value: number): string | undefined {
  const text = String(value);
  return /^\d+(\.\d+)?$/.test(text) ? text : undefined;
}

/** Number of levels in a code: 1, 2 or 3. */
export function codeLevel(code: string): number {
  return code.split(".").length;
}

/** The code of the parent node: "3.6.2" → "3.6", "3" → "". */
export function parentCode(code: string): string {
  const dot = code.lastIndexOf(".");
  return dot < 0 ? "" : code.slice(0, dot);
}

/** True when `code` is `section` itself or lies below it ("3.6.2" is within "3" and "3.6", not "3.1"). */
export function isWithin(code: string, section: string): boolean {
  return section === "" || code === section || code.startsWith(section + ".");
}

/**
 * The code at the start of a cell such as "3.6.2推动企业…" or a bare "3.6.2",
 * in ASCII also when typed with full-width digits or stops ("１．１．１",
 * "1。1。1" → "1.1.1"). A trailing dot ("4.6.服务…", "3.") is not part of the
 * code. Returns undefined when the text does not start with a code.
 */
export function leadingCode(text: string): string | undefined {
  const match = LEADING_CODE.exec(normaliseCodeText(text));
  return match ? match[1] : undefined;
}
