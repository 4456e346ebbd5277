/**
 * One 得分 (score) cell, classified. Every face of the add-in (custom
 * functions, task pane, CLI) reads score cells through `parseScore`, so they
 * agree on what counts as a score.
 */
export type ParsedScore =
  /** Empty: null, undefined, "" or only spaces. */
  | { readonly kind: "blank" }
  /** A real number, in points. */
  | { readonly kind: "number"; readonly value: number }
  /** Text that reads as a number once normalised: full-width digits ("５", "１２．５", "－５"), "'8", " 8 ". Excel's SUM ignores it. */
  | { readonly kind: "number-like-text"; readonly text: string; readonly value: number }
  /** Any other text, including NaN-like text ("NaN", "1e999"). */
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** A value Excel turned into a date (read as a JS Date, e.g. by ExcelJS). */
  | { readonly kind: "date"; readonly value: Date }
  /** A non-finite number (NaN, ±Infinity), or any other value. */
  | { readonly kind: "invalid"; readonly value: unknown };

const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/** Classifies one score cell value as Excel, Office.js or ExcelJS delivers it. */
export function parseScore(value: unknown): ParsedScore {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "number") {
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid", value };
  }
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) return { kind: "date", value };
  if (typeof value === "string") {
    if (value.trim() === "") return { kind: "blank" };
    const normalised = normaliseNumberText(value);
    if (PLAIN_NUMBER.test(normalised)) {
      const number = Number(normalised);
      if (Number.isFinite(number)) return { kind: "number-like-text", text: value, value: number };
    }
    return { kind: "text", text: value };
  }
  return { kind: "invalid", value };
}

/** Full-width digits, point and sign to ASCII (NFKC), a leading apostrophe and spaces removed. */
export function normaliseNumberText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2212\u2012\u2013\uFE63]/g, "-")
    .replace(/^\s*'/, "")
    .replace(/\s+/g, "");
}
