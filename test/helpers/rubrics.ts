import { buildCriteriaIndex } from "../../src/scoring/criteriaIndex";
import { shippedRubrics } from "../../src/rubric/shipped";
import type { Rubric } from "../../src/rubric/types";

/** The 2009 guide, as the composition roots pick it by default. */
export const OFFICIAL_RUBRIC: Rubric = shippedRubrics().get("aqsiq-2009") as Rubric;

/** The 2009 guide's lookups for the scoring functions. */
export const OFFICIAL_INDEX = buildCriteriaIndex(OFFICIAL_RUBRIC);
