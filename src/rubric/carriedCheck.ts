import { CARRIED_RUBRIC_SHEET, carriedRubricTexts } from "./carried";
import { formatRubricIssue, type RubricLocale } from "./issues";
import { RubricRegistry } from "./registry";
import type { Rubric } from "./types";
import { parseRubric } from "./validate";

export interface CarriedRubrics {
  readonly rubrics: RubricRegistry;
  /** Columns that do not hold a valid rubric: "QCITY_RUBRIC!B: categories[0].code：…". */
  readonly problems: readonly string[];
}

/**
 * The rubrics a carried sheet holds (its values from A1, as any reader
 * delivers them). A column whose JSON is damaged or not a valid rubric is
 * left out and named in `problems`; the others still count.
 */
export function readCarriedRubrics(values: readonly (readonly unknown[])[], locale: RubricLocale = "zh-CN"): CarriedRubrics {
  const rubrics: Rubric[] = [];
  const problems: string[] = [];
  for (const { column: c, id, json } of carriedRubricTexts(values)) {
    const where = `${CARRIED_RUBRIC_SHEET}!${String.fromCharCode(65 + (c % 26))}`;
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      problems.push(locale === "en-US" ? `${where}: the carried rubric ${id} is damaged (not JSON)` : `${where}：携带的评价标准 ${id} 已损坏（不是有效的 JSON）`);
      continue;
    }
    const result = parseRubric(data, locale);
    if (result.ok) rubrics.push(result.rubric);
    else problems.push(`${where}${locale === "en-US" ? ": " : "："}${result.issues.map((i) => formatRubricIssue(i, locale)).join("; ")}`);
  }
  return { rubrics: new RubricRegistry(rubrics), problems };
}

