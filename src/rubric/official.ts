import { buildRubric } from "./build";
import data from "./data/aqsiq-2009.json";
import type { RubricSource } from "./types";

/** 《质量兴市绩效评价指南（试行）》 (国质检质函〔2009〕203号): 4 categories, 28 items, 98 criteria, 1000 points. */
export const OFFICIAL_RUBRIC = buildRubric(data as RubricSource);
