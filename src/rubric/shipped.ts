import { buildRubric } from "./build";
import { SHIPPED_RUBRIC_DATA } from "./data";
import { RubricRegistry } from "./registry";

let shipped: RubricRegistry | undefined;

/**
 * The rubrics the add-in ships, one per data file listed in data/index.ts,
 * built on first use. The files are checked against the schema and the
 * rubric's rules by a test, so building them here cannot fail.
 */
export function shippedRubrics(): RubricRegistry {
  shipped ??= new RubricRegistry(SHIPPED_RUBRIC_DATA.map(buildRubric));
  return shipped;
}
