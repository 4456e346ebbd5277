import type { UiStrings } from "./strings";

/** One wording for cell-edit mode everywhere in the pane. */
const CELL_EDIT_MODE = "Excel is in cell-edit mode. Press Enter or Esc to finish editing";

export const EN_US: UiStrings = {
  appTitle: "QCity Assessor",
  tabs: { insert: "Insert rubric", checks: "Checks", panel: "Panel" },
  insert: {
    intro: "Inserts the chosen rubric as a formatted sheet. Existing sheets are never overwritten.",
    province: "Province",
    provincePlaceholder: "e.g. Zhejiang",
    city: "City or county",
    cityPlaceholder: "e.g. Hangzhou",
    evidenceColumns: "Add Evidence and Deduction note columns",
    evidenceColumnsHint: "Recommended: checks look for evidence behind every score.",
    button: "Insert rubric sheet",
    busy: "Inserting…",
    done: (sheetName) => `Inserted sheet "${sheetName}".`,
    nativeFallback: "This Excel has no custom functions runtime (CustomFunctionsRuntime 1.3), so the totals are plain SUMIF formulas that need no add-in.",
  },
  convert: {
    button: "Convert to plain formulas",
    hint: "Rewrites this sheet's QCITY totals as Excel's own formulas (SUM, SUMIF), so people without the add-in still see the scores.",
    busy: "Converting…",
    done: (count) => `Converted ${count} ${count === 1 ? "formula" : "formulas"} to plain formulas.`,
    nothingToConvert: "This sheet has no QCITY totals to convert.",
    errorTitle: "Could not convert",
  },
  errors: {
    title: "Could not finish",
    cellEditMode: `${CELL_EDIT_MODE}, then try again.`,
    cellEditModeWaiting: `${CELL_EDIT_MODE}; the action then continues.`,
    apiNotSupported: (requirement) => `This version of Excel lacks a required feature (${requirement}). Update Office and try again.`,
    accessDenied: "The workbook or sheet is protected (or read-only), so it cannot be changed. Unprotect it and try again.",
    generic: (message) => `Excel reported an error: ${message}`,
  },
};
