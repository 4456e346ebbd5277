import { insertRubricSheet, type InsertResult, type LayoutBuilder } from "../excel/insertRubricSheet";
import { requireExcelApi } from "../excel/requirements";
import type { LayoutOptions } from "../layout/types";
import { OFFICIAL_RUBRIC } from "../rubric";
import type { Rubric } from "../rubric/types";

/** What the task pane can ask of Excel; components receive these as props. */
export interface ExcelActions {
  insertRubricSheet(options: LayoutOptions): Promise<InsertResult>;
}

/** Binds the task pane's actions to Office.js and the src/excel adapter. */
export function bindExcelActions(build: LayoutBuilder, rubric: Rubric = OFFICIAL_RUBRIC): ExcelActions {
  return {
    insertRubricSheet: async (options) => {
      requireExcelApi((name, version) => Office.context.requirements.isSetSupported(name, version));
      return Excel.run((context) => insertRubricSheet(context, { rubric, build, options }));
    },
  };
}
