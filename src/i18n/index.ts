import type { Locale } from "../table/locale";
import { EN_US } from "./en-US";
import type { UiStrings } from "./strings";
import { ZH_CN } from "./zh-CN";

export type { UiStrings } from "./strings";

/** en-* display languages get English; everything else, and no language at all, gets zh-CN. */
export function pickLocale(displayLanguage: string | undefined): Locale {
  return displayLanguage !== undefined && /^en(-|$)/i.test(displayLanguage.trim()) ? "en-US" : "zh-CN";
}

const STRINGS: Record<Locale, UiStrings> = { "zh-CN": ZH_CN, "en-US": EN_US };

export function uiStrings(locale: Locale): UiStrings {
  return STRINGS[locale];
}
