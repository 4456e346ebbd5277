import type { Locale } from "../table/locale";

/**
 * The words of the insert tab's rubric picker and of 以本表为评价标准 (the import of a typed table), loaded with
 * those components rather than in the first view.
 */
export interface RubricStrings {
  /** The picker's label, and what follows the title of a rubric the workbook carries. */
  readonly rubric: string;
  readonly carried: string;
  readonly button: string;
  readonly hint: string;
  readonly busy: string;
  readonly done: (title: string, criteria: number, points: number, sheetName: string) => string;
  /** Above the list of problems: nothing was written. */
  readonly invalid: (sheetName: string, count: number) => string;
  readonly errorTitle: string;
  /** One line after an insert when the workbook's QCITY functions score another rubric, so the totals are native formulas. */
  readonly nativeForRubric: string;
}

export const RUBRIC_STRINGS: Record<Locale, RubricStrings> = {
  "zh-CN": {
    rubric: "评价标准",
    carried: "（随本工作簿）",
    button: "以本表为评价标准",
    hint: "把当前工作表中录入的评价细则表（表头如 评价项目、评价内容、评价准则、分值，或 考核项目、考核内容、评分标准）作为本工作簿的评价标准，并按它插入评价表。当前工作表不会被修改。",
    busy: "正在导入…",
    done: (title, criteria, points, sheetName) => `已将“${title}”（${criteria} 条评价准则，满分 ${points} 分）作为本工作簿的评价标准，并插入工作表“${sheetName}”。`,
    invalid: (sheetName, count) => `工作表“${sheetName}”有 ${count} 处问题，不能作为评价标准，未写入任何内容：`,
    errorTitle: "无法导入",
    nativeForRubric: "本工作簿的 QCITY 函数按它携带的另一评价标准计分，此表的总分已写成普通公式（SUMIF）。",
  },
  "en-US": {
    rubric: "Rubric",
    carried: " (this workbook's)",
    button: "Use this table as the rubric",
    hint: "Makes the rubric table typed on the active sheet (headers such as 评价项目, 评价内容, 评价准则, 分值, or 考核项目, 考核内容, 评分标准) this workbook's rubric, and inserts the formatted sheet from it. The active sheet is not changed.",
    busy: "Importing…",
    done: (title, criteria, points, sheetName) => `"${title}" (${criteria} criteria, ${points} points) is now this workbook's rubric; inserted sheet "${sheetName}".`,
    invalid: (sheetName, count) => `Sheet "${sheetName}" has ${count} problem${count === 1 ? "" : "s"} and cannot be the rubric; nothing was written:`,
    errorTitle: "Could not import",
    nativeForRubric: "This workbook's QCITY functions score another rubric it carries, so this sheet's totals are plain SUMIF formulas.",
  },
};
