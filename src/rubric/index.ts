export * from "./types";
export * from "./codes";
export { buildRubric } from "./build";
export { categoryLabel, criterionLabel, itemLabel } from "./labels";
