import type { LayoutBuilder } from "../excel/insertRubricSheet";

/**
 * The builder the task pane inserts the rubric sheet with. It becomes
 * src/layout/buildLayout's `buildLayout` once that module is part of the build;
 * until then inserting reports that the layout is unavailable.
 */
export const rubricLayoutBuilder: LayoutBuilder = () => {
  throw new Error("The rubric sheet layout is not part of this build.");
};
