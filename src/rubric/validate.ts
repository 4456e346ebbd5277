import Ajv, { type ErrorObject } from "ajv";
import { buildRubric } from "./build";
import { childPath, pathOfPointer, type RubricIssue, type RubricLocale } from "./issues";
import { rubricRuleIssues } from "./rubricRules";
import schema from "./rubric.schema.json";
import type { Rubric, RubricSource } from "./types";

const TEXT = {
  "zh-CN": {
    missing: "缺少此字段",
    unknownField: "未知字段（字段名须与规定一致：grades、veto、optional、scale 等）",
    positive: "应为大于 0 的数字",
    percent: "应为 0 到 100 之间的数字（占适用分值的百分比）",
    type: { string: "应为文本", number: "应为数字", array: "应为数组", object: "应为对象", boolean: "应为 true 或 false", "string,null": "应为文本或 null（null 表示延续上一格）" } as Record<string, string>,
    empty: "不能为空",
    noEntries: "至少应有一项",
    categoryCode: "应为一级编号，如 “1”",
    itemCode: "应为二级编号，如 “1.1”",
    criterionCode: "应为三级编号，如 “1.1.1”",
    id: "应由字母、数字、点、下划线或连字符组成（以字母或数字开头，不超过 64 个字符）",
    issued: "应为 YYYY-MM-DD 格式的日期，或空文本",
    other: (detail: string) => `不符合规定（${detail}）`,
    notJson: (reason: string) => `不是有效的 JSON：${reason}`,
  },
  "en-US": {
    missing: "this field is missing",
    unknownField: "unknown field (names must be exactly as specified: grades, veto, optional, scale…)",
    positive: "should be a number greater than 0",
    percent: "should be a number from 0 to 100 (a percentage of the applicable points)",
    type: { string: "should be text", number: "should be a number", array: "should be an array", object: "should be an object", boolean: "should be true or false", "string,null": "should be text or null (null continues the cell above)" } as Record<string, string>,
    empty: "cannot be empty",
    noEntries: "should have at least one entry",
    categoryCode: 'should be a one-level code such as "1"',
    itemCode: 'should be a two-level code such as "1.1"',
    criterionCode: 'should be a three-level code such as "1.1.1"',
    id: "should be letters, digits, dots, underscores or hyphens (starting with a letter or digit, at most 64 characters)",
    issued: "should be a date as YYYY-MM-DD, or empty",
    other: (detail: string) => `is not valid (${detail})`,
    notJson: (reason: string) => `is not valid JSON: ${reason}`,
  },
} as const;

// Compiled once, on first use: the task pane loads this module only when it reads a rubric.
let compiled: ReturnType<Ajv["compile"]> | undefined;
function schemaValidator(): ReturnType<Ajv["compile"]> {
  compiled ??= new Ajv({ allErrors: true }).compile(schema);
  return compiled;
}

/** One ajv error as our issue: the JSON path it names, and what is wrong there in the message language. */
function schemaIssue(error: ErrorObject, locale: RubricLocale): RubricIssue {
  const text = TEXT[locale];
  const path = pathOfPointer(error.instancePath);
  const field = path.split(".").pop()?.replace(/\[\d+\]$/, "") ?? "";
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { path: childPath(path, String(params.missingProperty)), message: text.missing };
    case "additionalProperties":
      return { path: childPath(path, String(params.additionalProperty)), message: text.unknownField };
    case "type":
    case "exclusiveMinimum":
    case "minimum":
    case "maximum":
      if (field === "points" || field === "scale") return { path, message: text.positive };
      if (field === "min") return { path, message: text.percent };
      return { path, message: text.type[String(params.type)] ?? text.other(error.message ?? error.keyword) };
    case "minLength":
      return { path, message: text.empty };
    case "minItems":
      return { path, message: text.noEntries };
    case "pattern":
      return { path, message: patternMessage(path, field, locale) };
    default:
      return { path, message: text.other(error.message ?? error.keyword) };
  }
}

function patternMessage(path: string, field: string, locale: RubricLocale): string {
  const text = TEXT[locale];
  if (field === "id") return text.id;
  if (field === "issued") return text.issued;
  const depth = (path.match(/\[\d+\]/g) ?? []).length;
  return depth >= 3 ? text.criterionCode : depth === 2 ? text.itemCode : text.categoryCode;
}

/** ajv reports a wrong `type` once per alternative and a failed keyword once per error; one message per path and wording is enough. */
function unique(issues: readonly RubricIssue[]): RubricIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type RubricCheck = { readonly ok: true; readonly rubric: Rubric } | { readonly ok: false; readonly issues: readonly RubricIssue[] };

/**
 * Validates rubric data (a parsed JSON value) against the committed JSON
 * Schema (src/rubric/rubric.schema.json, with ajv), then against the
 * rubric's own rules (rubricRuleIssues), and builds it. Every issue names
 * its JSON path and says what is wrong, in zh-CN unless asked. Never throws.
 */
export function parseRubric(data: unknown, locale: RubricLocale = "zh-CN"): RubricCheck {
  const validate = schemaValidator();
  if (!validate(data)) return { ok: false, issues: unique((validate.errors ?? []).map((e) => schemaIssue(e, locale))) };
  const source = data as RubricSource;
  const issues = rubricRuleIssues(source, locale);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, rubric: buildRubric(source) };
}

/** parseRubric over a file's text; text that is not JSON is one issue at the root. */
export function parseRubricText(text: string, locale: RubricLocale = "zh-CN"): RubricCheck {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, issues: [{ path: "", message: TEXT[locale].notJson((error as Error).message) }] };
  }
  return parseRubric(data, locale);
}
