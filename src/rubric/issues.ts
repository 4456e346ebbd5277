/** A problem with a rubric file: where (a JSON path such as `categories[2].items[0].criteria[3].points`) and what. */
export interface RubricIssue {
  /** JSON path from the file's root: `categories[2].items[0].code`; "" for the root itself. */
  readonly path: string;
  readonly message: string;
}

/** Message language of rubric issues; zh-CN unless asked. */
export type RubricLocale = "zh-CN" | "en-US";

/** `categories[2].points：应为大于 0 的数字`, the way every rubric issue is printed. */
export function formatRubricIssue(issue: RubricIssue, locale: RubricLocale = "zh-CN"): string {
  const root = locale === "en-US" ? "(root)" : "（根）";
  return `${issue.path === "" ? root : issue.path}${locale === "en-US" ? ": " : "："}${issue.message}`;
}

/** A JSON Pointer ("/categories/2/items/0") as a path (`categories[2].items[0]`). */
export function pathOfPointer(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path === "" ? part : `${path}.${part}`), "");
}

/** `path` extended by a property name: ("categories[0]", "code") → "categories[0].code". */
export function childPath(path: string, property: string | number): string {
  if (typeof property === "number") return `${path}[${property}]`;
  return path === "" ? property : `${path}.${property}`;
}
