import type { Locale } from "../table/locale";

/** The words of the grade row, the 一票否决 block and the 不适用 criteria, in each locale. */
export interface GradeText {
  readonly applicableLabel: string;
  rescaledLabel(scale: number): string;
  readonly gradeLabel: string;
  /** After the lowest grade when a veto applies: "D（一票否决）". */
  readonly vetoedSuffix: string;
  readonly vetoTitle: string;
  readonly vetoHeaders: { readonly code: string; readonly text: string; readonly answer: string };
  readonly vetoErrorTitle: string;
  readonly vetoErrorMessage: string;
  readonly summaryApplicable: string;
  readonly optionalErrorTitle: string;
  optionalError(cap: number): string;
  optionalPrompt(cap: number): string;
}

export const GRADE_TEXT: Record<Locale, GradeText> = {
  "zh-CN": {
    applicableLabel: "适用分值：",
    rescaledLabel: (scale) => `折算得分（${scale}分制）：`,
    gradeLabel: "评价等级：",
    vetoedSuffix: "（一票否决）",
    vetoTitle: "一票否决",
    vetoHeaders: { code: "编号", text: "否决条件", answer: "是/否" },
    vetoErrorTitle: "请选择是或否",
    vetoErrorMessage: "一票否决条件请填“是”或“否”；任何一项为“是”，评价等级即为最低一档。",
    summaryApplicable: "适用分值",
    optionalErrorTitle: "得分超出分值",
    optionalError: (cap) => `得分须为 0 到 ${cap} 之间的数值，或“不适用”（缺项）：本项分值为 ${cap} 分。`,
    optionalPrompt: (cap) => `请输入 0～${cap} 分；本项不适用时填“不适用”`,
  },
  "en-US": {
    applicableLabel: "Applicable points:",
    rescaledLabel: (scale) => `Re-scaled (of ${scale}):`,
    gradeLabel: "Grade:",
    vetoedSuffix: " (veto)",
    vetoTitle: "Veto conditions (一票否决)",
    vetoHeaders: { code: "Code", text: "Condition", answer: "是/否" },
    vetoErrorTitle: "Choose 是 or 否",
    vetoErrorMessage: "Answer each veto condition with 是 (yes) or 否 (no); any 是 gives the lowest grade.",
    summaryApplicable: "Applicable",
    optionalErrorTitle: "Score above the cap",
    optionalError: (cap) => `The score must be a number from 0 to ${cap}, or N/A (不适用) when it does not apply: this criterion is worth ${cap} points.`,
    optionalPrompt: (cap) => `Enter 0 to ${cap} points, or N/A (不适用) when it does not apply`,
  },
};
