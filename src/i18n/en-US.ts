import type { UiStrings } from "./strings";

export const EN_US: UiStrings = {
  appTitle: "QCity Assessor",
  tabs: { insert: "Insert rubric", checks: "Checks" },
  insert: {
    intro: "Inserts the official Quality City performance rubric (2009): 4 categories, 98 criteria, 1000 points. Existing sheets are never overwritten.",
    province: "Province",
    provincePlaceholder: "e.g. Zhejiang",
    city: "City or county",
    cityPlaceholder: "e.g. Hangzhou",
    evidenceColumns: "Add Evidence and Deduction note columns",
    evidenceColumnsHint: "Recommended: checks look for evidence behind every score.",
    button: "Insert rubric sheet",
    busy: "Inserting…",
    done: (sheetName) => `Inserted sheet "${sheetName}".`,
  },
  errors: {
    title: "Could not finish",
    cellEditMode: "Finish editing the cell first, then try again.",
    apiNotSupported: (requirement) => `This version of Excel lacks a required feature (${requirement}). Update Office and try again.`,
    accessDenied: "The workbook is protected or read-only, so no sheet can be inserted.",
    generic: (message) => `Excel reported an error: ${message}`,
  },
};
