/**
 * Excel worksheet names: at most 31 characters, none of []:*?/\, no leading or
 * trailing apostrophe, not "History", unique without regard to case.
 */

export const MAX_SHEET_NAME_LENGTH = 31;
export const DEFAULT_SHEET_NAME = "质量兴市评价";

const FORBIDDEN = /[[\]:*?/\\]/g;
const RESERVED = "history";

/** Case-insensitive key under which Excel compares sheet names. */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("en-US");
}

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair (Excel counts UTF-16 units). */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function trimApostrophes(text: string): string {
  return text.replace(/^'+/, "").replace(/'+$/, "");
}

/**
 * A valid sheet name made from `input` (e.g. built from the city typed by the
 * user): forbidden characters and control characters become spaces, runs of
 * spaces collapse, apostrophes are stripped from both ends, and the result is
 * cut to 31 characters. Falls back to `fallback` (default 质量兴市评价) when
 * nothing usable is left or the name is the reserved "History".
 */
export function sanitizeSheetName(input: string, fallback: string = DEFAULT_SHEET_NAME): string {
  const cleaned = input
    .normalize("NFC")
    .replace(FORBIDDEN, " ")
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const name = trimApostrophes(clip(trimApostrophes(cleaned).trim(), MAX_SHEET_NAME_LENGTH)).trim();
  if (name === "" || sheetNameKey(name) === RESERVED) return fallback;
  return name;
}

/**
 * The first of `base`, `base (2)`, `base (3)`… that no existing sheet uses
 * (compared without regard to case). The base is shortened, never the suffix,
 * so every candidate fits in 31 characters. Existing sheets are never renamed.
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map(sheetNameKey));
  const valid = sanitizeSheetName(base);
  if (!taken.has(sheetNameKey(valid))) return valid;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = trimApostrophes(clip(valid, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd());
    const candidate = `${stem}${suffix}`;
    if (!taken.has(sheetNameKey(candidate))) return candidate;
  }
}
