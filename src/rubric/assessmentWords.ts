/** The words an assessor types on the sheet, the same in every locale (formulas compare them). */

/** What 得分 says for a criterion that does not apply. */
export const NOT_APPLICABLE_WORDS: readonly string[] = ["不适用", "缺项"];

/** The two answers of a veto cell's list. */
export const VETO_YES = "是";
export const VETO_NO = "否";
