import type { SheetLocale } from "../layout/headers";
import { EN_US } from "./en-US";
import type { UiStrings } from "./strings";
import { ZH_CN } from "./zh-CN";

export type { UiStrings } from "./strings";

/** The UI language; the same two the sheet supports. */
export type UiLocale = SheetLocale;

/** en-* display languages get English; everything else, and no language at all, gets zh-CN. */
export function pickLocale(displayLanguage: string | undefined): UiLocale {
  return displayLanguage !== undefined && /^en(-|$)/i.test(displayLanguage.trim()) ? "en-US" : "zh-CN";
}

const STRINGS: Record<UiLocale, UiStrings> = { "zh-CN": ZH_CN, "en-US": EN_US };

export function uiStrings(locale: UiLocale): UiStrings {
  return STRINGS[locale];
}
