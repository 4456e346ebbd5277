import type { Locale } from "../../table/locale";
import { describeProblem } from "../messages";
import type { PanelFindingKind, PanelProblem } from "./panelFindings";

/** The name of each kind of panel finding, for group headers (task pane, CLI). */
export const PANEL_KIND_TITLES: Record<Locale, Record<PanelFindingKind, string>> = {
  "zh-CN": {
    "expert-disagreement": "专家分歧",
    "self-above": "自评偏高",
    "expert-unscored": "专家未打分",
    "self-over-cap": "自评超分值",
    "rubric-mismatch": "评价标准不一致",
  },
  "en-US": {
    "expert-disagreement": "Experts disagree",
    "self-above": "Self-assessment too high",
    "expert-unscored": "Expert did not score",
    "self-over-cap": "Self-assessment over the cap",
    "rubric-mismatch": "Different rubrics",
  },
};

/** Points as a message shows them: at most two decimals, no trailing zeros (6.5, 7.33). */
export function shownPoints(value: number): string {
  return String(Number(value.toFixed(2)));
}

/** A share of 分值 as a percentage: 0.3 → "30%". */
export function shownShare(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}

const ZH: { [K in PanelFindingKind]: (p: Extract<PanelProblem, { kind: K }>) => string } = {
  "expert-disagreement": (p) =>
    `${p.code} 专家分歧：${p.scores.map((s) => `${s.expert} ${shownPoints(s.score)}`).join("、")}（极差 ${shownPoints(p.spread)}，超过分值 ${p.cap} 的 ${shownShare(p.threshold)}）`,
  "self-above": (p) =>
    `${p.code} 自评偏高：自评 ${shownPoints(p.self)}，汇总得分 ${shownPoints(p.consensus)}（高出 ${shownPoints(p.self - p.consensus)}，超过分值 ${p.cap} 的 ${shownShare(p.threshold)}）`,
  "expert-unscored": (p) => `${p.code} 专家未打分：${p.missing.join("、")}（按已打分的 ${p.scored} 位专家汇总）`,
  "self-over-cap": (p) => `${p.code} 自评超分值：${describeProblem(p.problem, "zh-CN").replace(/^\S+ 得分/, "自评得分")}`,
  "rubric-mismatch": (p) => `评价标准不一致：${p.groups.map((g) => `${g.experts.join("、")} 用的是 ${g.rubricId}`).join("；")}`,
};

const EN: { [K in PanelFindingKind]: (p: Extract<PanelProblem, { kind: K }>) => string } = {
  "expert-disagreement": (p) =>
    `${p.code} experts disagree: ${p.scores.map((s) => `${s.expert} ${shownPoints(s.score)}`).join(", ")} (spread ${shownPoints(p.spread)}, over ${shownShare(p.threshold)} of the cap of ${p.cap})`,
  "self-above": (p) =>
    `${p.code} self-assessment too high: self ${shownPoints(p.self)}, consolidated ${shownPoints(p.consensus)} (${shownPoints(p.self - p.consensus)} higher, over ${shownShare(p.threshold)} of the cap of ${p.cap})`,
  "expert-unscored": (p) => `${p.code} not scored by ${p.missing.join(", ")} (consolidated over the ${p.scored} experts who scored)`,
  "self-over-cap": (p) => `${p.code} self-assessment: ${describeProblem(p.problem, "en-US").replace(/^\S+: score/, "score")}`,
  "rubric-mismatch": (p) => `Different rubrics: ${p.groups.map((g) => `${g.experts.join(", ")} used ${g.rubricId}`).join("; ")}`,
};

/** The message for one panel problem, naming the criterion, the experts and their scores. */
export function describePanelProblem(problem: PanelProblem, locale: Locale = "zh-CN"): string {
  const table = locale === "en-US" ? EN : ZH;
  return (table[problem.kind] as (p: PanelProblem) => string)(problem);
}
