import type { MetadataTranslations } from "./localizeMetadata";

const CRITERIA = "The criteria column (one column): each cell a code or a criterion text that starts with its code.";
const SCORES = "The scores column (one column), with as many rows as the criteria; a blank cell is not scored.";
const SECTION = 'A code such as "3", "3.6" or "3.6.2"; blank for the whole table.';

/** English descriptions of the QCITY functions, for the en-US functions.json. */
export const EN_US_FUNCTION_DESCRIPTIONS: MetadataTranslations = {
  MAXPOINTS: {
    description: 'The cap in points of a criterion, item or category from the workbook\'s rubric; its total points (1000 for the 2009 guide) for a blank code or "total". #N/A for an unknown code.',
    parameters: { code: 'A code such as "3.6.2", "3.6" or "3"; blank or "total" for the whole table.' },
  },
  SECTIONTOTAL: {
    description: "The sum in points of the scores in a category, item or criterion. #VALUE! naming the criterion when a score is over its cap, negative or not a number.",
    parameters: { section: SECTION, criteria: CRITERIA, scores: SCORES },
  },
  TOTAL: {
    description: "The grand total, out of the rubric's total points (1000 for the 2009 guide). #VALUE! naming the criterion when a score is over its cap, negative or not a number.",
    parameters: { criteria: CRITERIA, scores: SCORES },
  },
  SCORERATE: {
    description: "The score rate: a section's total divided by its cap (0 to 1). #VALUE! when a score is wrong.",
    parameters: { section: SECTION, criteria: CRITERIA, scores: SCORES },
  },
  PROGRESS: {
    description: "The share of the criteria in the range that have a score (0 to 1); a 0 cannot be told from a blank cell and counts as not scored.",
    parameters: { criteria: CRITERIA, scores: "The scores column (one column), with as many rows as the criteria." },
  },
  GRADE: {
    description: "The grade (评价等级) of a total: the highest band of the workbook's rubric whose minimum score rate it reaches. #N/A when the rubric has no grades; #VALUE! for a total that is not a number.",
    parameters: {
      total: "The total, in points.",
      applicable: "The applicable points (the total points less criteria marked 不适用); blank for all the rubric's points.",
    },
  },
  CHECK: {
    description: "Checks the score table and spills its problems as code, kind, message (over the cap, negative, not a number, no evidence, no deduction note), in Chinese; 无问题 when there are none.",
    parameters: {
      criteria: CRITERIA,
      scores: "The scores column (one column), with as many rows as the criteria.",
      evidence: "The evidence column (one column); optional.",
      notes: "The deduction-notes column (one column); optional.",
    },
  },
  CONSENSUS: {
    description:
      "The consolidated score in points of each criterion. One range: a row per criterion, a column per expert; several ranges (e.g. each expert's scores column): the cells at one position are one criterion. Blank, 0 and \"\" are not scored; blank where nobody scored.",
    parameters: {
      method: 'The method: "mean", "trimmed" (drop one highest and one lowest score; the mean below 5 scores) or "median".',
      scores: "Ranges of scores, one per expert, or one range with a column per expert.",
    },
  },
  SPREAD: {
    description: "The spread (highest minus lowest score, in points) of each criterion; ranges as for QCITY.CONSENSUS. Blank, 0 and \"\" are not scored.",
    parameters: { scores: "Ranges of scores, one per expert, or one range with a column per expert." },
  },
};
