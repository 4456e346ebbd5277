import type { RubricSource } from "../types";
import aqsiq2009 from "./aqsiq-2009.json";

/** Every rubric data file the add-in ships, in the order the task pane offers them. Add a rubric with a JSON file and one line here. */
export const SHIPPED_RUBRIC_DATA: readonly RubricSource[] = [aqsiq2009 as RubricSource];
