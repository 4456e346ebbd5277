import { codeTextOfNumber, leadingCode } from "../rubric/codes";
import { unknownSectionMessage } from "./argumentMessages";
import { isBlankCell, type CriteriaIndex, type Section } from "./criteriaIndex";
import type { Locale } from "../table/locale";
import { notAvailable, ok, type FunctionResult } from "./result";

/**
 * The category, item or criterion a `section` argument names: a code ("3",
 * "3.6", "3.6.2"), the printed label that starts with one ("3措施到位（465分）"),
 * or a number (3, 3.6; note Excel turns a typed 3.10 into 3.1, so item 3.10
 * must be given as text). Spaces around it, full-width digits and stops
 * ("３．６", "3。6") and a trailing dot ("3.") are accepted. Blank (null, "" or 0)
 * or "total" names the whole rubric. Errors: #N/A naming the value when the
 * rubric has no such code, including numbers that print with an exponent
 * (1e308, 1.1e-7) and negative numbers.
 */
export function resolveSection(value: unknown, locale: Locale, index: CriteriaIndex): FunctionResult<Section> {
  if (isBlankCell(value)) return ok(index.whole);
  const text = typeof value === "string" ? value.trim() : typeof value === "number" ? codeTextOfNumber(value) : undefined;
  if (text === undefined) return notAvailable(unknownSectionMessage(value, locale));
  if (text.toLowerCase() === "total") return ok(index.whole);
  const code = leadingCode(text);
  const section = code === undefined ? undefined : index.sections.get(code);
  return section === undefined ? notAvailable(unknownSectionMessage(value, locale)) : ok(section);
}

/**
 * QCITY.MAXPOINTS: the 分值 (cap) of a criterion, item or category, in points,
 * from the rubric's own table (rubric row "3.6.2" → 10); 1000 for the whole
 * rubric. Errors: #N/A naming an unknown code.
 */
export function maxPoints(code: unknown, locale: Locale, index: CriteriaIndex): FunctionResult<number> {
  const section = resolveSection(code, locale, index);
  return section.ok ? ok(section.value.points) : section;
}
