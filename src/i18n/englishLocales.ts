/**
 * The English Office display languages the manifest gives English names, descriptions and
 * functions metadata (functions.en-US.json). Office matches a manifest <Override Locale> exactly
 * and falls back to the zh-CN default otherwise, so each one is listed; the pane itself switches
 * to English for any en-* language (pickLocale).
 */
export const ENGLISH_OFFICE_LOCALES = ["en-US", "en-GB", "en-AU", "en-CA", "en-IE", "en-IN", "en-MY", "en-NZ", "en-PH", "en-SG", "en-ZA"] as const;
