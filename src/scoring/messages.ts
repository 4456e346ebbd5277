import type { FindingKind, RowProblem } from "./findings";
import { parseScore } from "./parseScore";
import type { Locale } from "../table/locale";

/** The line under the totals when some scores are invalid and left out of them (task pane, CLI). */
export const INVALID_LEFT_OUT: Record<Locale, (count: number) => string> = {
  "zh-CN": (count) => `${count} 项得分无效，未计入合计。`,
  "en-US": (count) => `${count} invalid score(s) left out of the totals.`,
};

/** The name of each kind of finding, for group headers (task pane, CLI) and QCITY.CHECK's kind column. */
export const KIND_TITLES: Record<Locale, Record<FindingKind, string>> = {
  "zh-CN": {
    "over-cap": "超过分值",
    negative: "负分",
    "not-a-number": "不是数字",
    "changed-rubric": "评价表被改动",
    "merged-score": "合并的得分单元格",
    "missing-evidence": "缺少佐证材料",
    "missing-deduction-note": "缺少扣分说明",
    "missing-evidence-column": "缺少佐证材料列",
    unscored: "未打分",
    "not-applicable": "不能标为不适用",
    "veto-unanswered": "一票否决未填写",
  },
  "en-US": {
    "over-cap": "Over the cap",
    negative: "Negative",
    "not-a-number": "Not a number",
    "changed-rubric": "Rubric changed",
    "merged-score": "Merged score cell",
    "missing-evidence": "Missing evidence",
    "missing-deduction-note": "Missing deduction note",
    "missing-evidence-column": "Missing evidence column",
    unscored: "Not scored",
    "not-applicable": "Cannot be not applicable",
    "veto-unanswered": "Veto not answered",
  },
};

/** A value as the user typed it, for messages: text in quotes, dates as dates. */
function shown(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "string") return `"${value}"`;
  return String(value);
}

type Template = (p: RowProblem) => string;

/** A text score already in half-width digits ("8", " 8 "): a number stored as text, not one typed in full-width or with an apostrophe. */
function typedAsDigits(p: RowProblem): boolean {
  return typeof p.value === "string" && /^\s*[0-9]+(\.[0-9]+)?\s*$/.test(p.value);
}

/** The criteria a merged cell spans, e.g. "1.1.1–1.2.1" (or the one code). */
function spanOf(p: RowProblem, dash: string): string {
  const codes = p.merged?.codes ?? [p.code];
  return codes.length > 1 ? `${codes[0]}${dash}${codes[codes.length - 1]}` : p.code;
}

const ZH: Record<FindingKind, Template> = {
  "over-cap": (p) => `${p.code} 得分 ${shown(p.value)} 超过分值 ${p.cap}`,
  negative: (p) => `${p.code} 得分 ${shown(p.value)} 为负数，应在 0 到 ${p.cap} 之间`,
  "not-a-number": (p) => {
    if (p.suggested !== undefined && typedAsDigits(p)) return `${p.code} 得分 ${shown(p.value)} 是存为文本的数字；请改为数字 ${p.suggested}`;
    if (p.suggested !== undefined) return `${p.code} 得分 ${shown(p.value)} 是文本，不是数字；请改为半角数字 ${p.suggested}`;
    if (p.readsAs !== undefined) {
      const range = p.readsAs < 0 ? "为负数" : `超过分值 ${p.cap}`;
      return `${p.code} 得分 ${shown(p.value)} 是文本，且读作 ${p.readsAs}，${range}；请填写 0 到 ${p.cap} 之间的半角数字`;
    }
    return `${p.code} 得分 ${shown(p.value)} 不是数字；请填写 0 到 ${p.cap} 之间的数字`;
  },
  unscored: (p) => `${p.code} 尚未打分（分值 ${p.cap}）`,
  "merged-score": (p) =>
    `${spanOf(p, "–")} 的得分在同一个合并单元格 ${p.merged?.address ?? ""} 中：一个得分不能同时是几条评价准则的得分。请取消合并，逐条填写得分`,
  "not-applicable": (p) => `${p.code} 得分为 ${shown(p.value)}，但本条评价准则不可标为不适用；请填写 0 到 ${p.cap} 之间的数字`,
  "veto-unanswered": (p) => `一票否决条件 ${p.code} 未填写；请填“是”或“否”`,
  "missing-evidence": (p) => `${p.code} 已打分 ${shown(p.value)}，但佐证材料为空`,
  "missing-deduction-note": (p) => `${p.code} 得分 ${shown(p.value)} 低于分值 ${p.cap}，但扣分说明为空`,
  "missing-evidence-column": (p) =>
    p.column === "evidence" ? "表中没有佐证材料列" : p.column === "note" ? "表中没有扣分说明列" : "表中没有佐证材料或扣分说明列",
  "changed-rubric": (p) => {
    switch (p.detail) {
      case "points":
        return `${p.code} 分值 ${shown(p.value)} 与评价标准的分值（${p.cap}）不一致`;
      case "text":
        return `${p.code} 评价准则文字与评价标准不一致`;
      case "missing-row":
        return `缺少评价准则 ${p.code} 所在行`;
      case "duplicate-row":
        return `评价准则 ${p.code} 出现了不止一次`;
      case "total-overwritten": {
        const formula = p.code === "" ? "总评分公式" : `${p.code} 的得分合计公式`;
        if (p.formula !== undefined) return `${formula}已被改为 ${p.formula}，不再引用任何单元格`;
        const kind = parseScore(p.value).kind;
        if (kind === "blank") return `${formula}已被清空`;
        return `${formula}已被${kind === "number" ? "数值" : typeof p.value === "string" ? "文本" : "值"} ${shown(p.value)} 覆盖`;
      }
      case "unknown-code":
        return `${p.code} 不是评价标准中的评价准则`;
      default:
        return `${p.code} 与评价标准不一致`;
    }
  },
};

const EN: Record<FindingKind, Template> = {
  "over-cap": (p) => `${p.code}: score ${shown(p.value)} exceeds the cap of ${p.cap} points`,
  negative: (p) => `${p.code}: score ${shown(p.value)} is negative; it must be between 0 and ${p.cap}`,
  "not-a-number": (p) => {
    if (p.suggested !== undefined && typedAsDigits(p)) return `${p.code}: score ${shown(p.value)} is a number stored as text; make it the number ${p.suggested}`;
    if (p.suggested !== undefined) return `${p.code}: score ${shown(p.value)} is text, not a number; enter ${p.suggested} with half-width digits`;
    if (p.readsAs !== undefined) {
      const range = p.readsAs < 0 ? "is negative" : `exceeds the cap of ${p.cap} points`;
      return `${p.code}: score ${shown(p.value)} is text, and as a number (${p.readsAs}) it ${range}; enter a number from 0 to ${p.cap} with half-width digits`;
    }
    return `${p.code}: score ${shown(p.value)} is not a number; enter a number from 0 to ${p.cap}`;
  },
  unscored: (p) => `${p.code}: not scored yet (cap ${p.cap} points)`,
  "merged-score": (p) =>
    `${spanOf(p, "–")}: the scores share one merged cell, ${p.merged?.address ?? ""}; one score cannot be the score of several criteria. Unmerge the cells and score each criterion`,
  "not-applicable": (p) => `${p.code}: score ${shown(p.value)}, but this criterion may not be marked not applicable; enter a number from 0 to ${p.cap}`,
  "veto-unanswered": (p) => `Veto condition ${p.code} is not answered; enter 是 (yes) or 否 (no)`,
  "missing-evidence": (p) => `${p.code}: scored ${shown(p.value)} but the evidence cell is empty`,
  "missing-deduction-note": (p) => `${p.code}: score ${shown(p.value)} is below the cap of ${p.cap} but the deduction note is empty`,
  "missing-evidence-column": (p) =>
    p.column === "evidence"
      ? "The table has no evidence column"
      : p.column === "note"
        ? "The table has no deduction-note column"
        : "The table has no evidence or deduction-note column",
  "changed-rubric": (p) => {
    switch (p.detail) {
      case "points":
        return `${p.code}: points ${shown(p.value)} differ from the rubric's (${p.cap})`;
      case "text":
        return `${p.code}: the criterion text differs from the rubric`;
      case "missing-row":
        return `The row for criterion ${p.code} is missing`;
      case "duplicate-row":
        return `Criterion ${p.code} appears more than once`;
      case "total-overwritten": {
        const formula = p.code === "" ? "The grand total formula" : `The total formula of ${p.code}`;
        if (p.formula !== undefined) return `${formula} was replaced by ${p.formula}, which refers to no cell`;
        const kind = parseScore(p.value).kind;
        if (kind === "blank") return `${formula} was cleared`;
        return `${formula} was overwritten with the ${typeof p.value === "string" && kind !== "number" ? "text" : "value"} ${shown(p.value)}`;
      }
      case "unknown-code":
        return `${p.code} is not a criterion of the rubric`;
      default:
        return `${p.code} differs from the rubric`;
    }
  },
};

/** The message for one problem, in the UI language (zh-CN by default). */
export function describeProblem(problem: RowProblem, locale: Locale = "zh-CN"): string {
  return (locale === "en-US" ? EN : ZH)[problem.kind](problem);
}
