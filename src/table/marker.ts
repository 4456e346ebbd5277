/**
 * The marker a sheet written by QCity Assessor carries: which rubric built it,
 * what the sheet is, and whose it is. It is a worksheet-scoped defined name,
 * MARKER_NAME, whose formula is a text constant, e.g.
 * `="qcity-sheet=1;rubric=aqsiq-2009;role=assessment;assessor=张三"`.
 * A scoped name travels with its sheet (renamed, moved, copied to another
 * workbook), cannot be typed over, and is read alike by Office.js
 * (`worksheet.names`), LibreOffice (a sheet-local named expression) and a .xlsx
 * reader (`<definedName localSheetId=…>` in xl/workbook.xml).
 */

/** What a sheet is: one assessor's score sheet, a city's self-assessment, or the panel's summary. */
export type SheetRole = "assessment" | "self" | "summary";

export const SHEET_ROLES: readonly SheetRole[] = ["assessment", "self", "summary"];

export interface SheetMarker {
  /** The rubric's id, e.g. "aqsiq-2009". */
  readonly rubric: string;
  readonly role: SheetRole;
  /** The assessor's name, where there is one (an assessment sheet). */
  readonly assessor?: string;
}

/** The worksheet-scoped name that holds the marker. */
export const MARKER_NAME = "QCITY_SHEET";

const VERSION_FIELD = "qcity-sheet";
const VERSION = "1";

/** Excel refuses a text constant longer than this in a formula. */
const MAX_CONSTANT = 255;

/** The characters that would break the `key=value;…` text or its quoting, percent-encoded. */
const RESERVED = /[%;="\u0000-\u001f]/g;

function encode(value: string): string {
  return value.replace(RESERVED, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

function decode(value: string): string {
  return value.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The marker as text: "qcity-sheet=1;rubric=aqsiq-2009;role=assessment;assessor=张三". */
export function markerText(marker: SheetMarker): string {
  const fields: [string, string][] = [
    [VERSION_FIELD, VERSION],
    ["rubric", marker.rubric],
    ["role", marker.role],
  ];
  if (marker.assessor !== undefined && marker.assessor.trim() !== "") fields.push(["assessor", marker.assessor.trim()]);
  return fields.map(([key, value]) => `${key}=${encode(value)}`).join(";");
}

/**
 * The marker as the text constant a defined name refers to, quotes included:
 * `"qcity-sheet=1;…"` (ExcelJS writes it as is; Office.js takes `=` before it).
 * Throws a RangeError when it is longer than Excel allows (255 characters),
 * e.g. for an assessor's name of 200 characters.
 */
export function markerConstant(marker: SheetMarker): string {
  const text = markerText(marker);
  if (text.length > MAX_CONSTANT) throw new RangeError(`The sheet marker is ${text.length} characters long; Excel allows ${MAX_CONSTANT}`);
  return `"${text}"`;
}

/**
 * The marker in a defined name's value as any reader gives it: the text
 * (Office.js `value`), the quoted constant (xlsx), or the formula `="…"`
 * (Office.js `formula`). Undefined for anything else: another version, an
 * unknown role, no rubric id.
 */
export function parseMarker(value: unknown): SheetMarker | undefined {
  if (typeof value !== "string") return undefined;
  let text = value.trim();
  if (text.startsWith("=")) text = text.slice(1).trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
  const fields = new Map<string, string>();
  for (const part of text.split(";")) {
    const at = part.indexOf("=");
    if (at > 0) fields.set(part.slice(0, at).trim(), decode(part.slice(at + 1)));
  }
  if (fields.get(VERSION_FIELD) !== VERSION) return undefined;
  const rubric = fields.get("rubric") ?? "";
  const role = fields.get("role") as SheetRole | undefined;
  if (rubric === "" || role === undefined || !SHEET_ROLES.includes(role)) return undefined;
  const assessor = fields.get("assessor")?.trim();
  return { rubric, role, ...(assessor !== undefined && assessor !== "" && { assessor }) };
}
