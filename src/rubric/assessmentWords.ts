/** The words an assessor types on the sheet, the same in every locale (formulas compare them). */

/**
 * What 得分 says for a criterion that does not apply: the Chinese words, and the English ones an en-US sheet's
 * assessor types. Compared as Excel compares text (TRIM, case ignored): see isNotApplicable.
 */
export const NOT_APPLICABLE_WORDS: readonly string[] = ["不适用", "缺项", "N/A", "Not applicable"];

/** The two answers of a veto cell's list. */
export const VETO_YES = "是";
export const VETO_NO = "否";
