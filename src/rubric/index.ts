export * from "./types";
export * from "./codes";
export { buildRubric } from "./build";
export { OFFICIAL_RUBRIC } from "./official";
export { categoryLabel, criterionLabel, itemLabel } from "./labels";
