/** Rubric codes: "3" (category), "3.6" (item), "3.6.2" (criterion). */

const LEADING_CODE = /^\s*(\d{1,3}(?:\.\d{1,3}){0,2})(?![\d.]*\d)/;

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
 * The code at the start of a cell such as "3.6.2推动企业…" or a bare "3.6.2".
 * A trailing dot ("4.6.服务…") is not part of the code. Returns undefined when
 * the text does not start with a code.
 */
export function leadingCode(text: string): string | undefined {
  const match = LEADING_CODE.exec(text);
  return match ? match[1] : undefined;
}
