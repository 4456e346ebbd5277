/** The two languages of QCity Assessor: the sheet's words, the messages, the task pane and the CLI. */
export type Locale = "zh-CN" | "en-US";

/** Every locale, the default (zh-CN) first. */
export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];
