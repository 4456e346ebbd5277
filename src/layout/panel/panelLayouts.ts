import type { Rubric } from "../../rubric/types";
import type { ConsensusMethod } from "../../scoring/panel/consensus";
import { buildLayout } from "../buildLayout";
import type { Locale } from "../../table/locale";
import type { WorksheetLayout } from "../types";
import { buildSummaryLayout } from "./buildSummaryLayout";
import { fillRows, layoutSheetRef, type RowEntry } from "./filledSheet";
import type { SummaryLayout } from "./panelTypes";
import type { Rounding } from "./summaryFormulas";
import { SUMMARY_TEXT } from "./summaryText";

/** One assessor's values, by criterion code, and the sheet name they go under (already valid and unique). */
export interface PanelMember {
  readonly name: string;
  readonly sheetName: string;
  readonly entries: ReadonlyMap<string, RowEntry>;
  /** Their 一票否决 answers (是/否), by condition code; none by default. */
  readonly vetoes?: ReadonlyMap<string, string | number | null>;
}

export interface PanelWorkbookOptions {
  readonly experts: readonly PanelMember[];
  readonly self?: PanelMember;
  readonly method: ConsensusMethod;
  readonly rounding?: Rounding;
  readonly locale?: Locale;
}

/** The self-assessment sheet's name in each locale. */
export const SELF_SHEET_NAME: Record<Locale, string> = { "zh-CN": "自评表", "en-US": "Self-assessment" };

/**
 * A panel workbook's sheets, in order: the summary (native formulas over the
 * other sheets), the self-assessment, then each expert's sheet, each a rubric
 * sheet with the assessor's values copied in as literal values. Pure.
 */
export function panelLayouts(rubric: Rubric, options: PanelWorkbookOptions): { summary: SummaryLayout; sheets: WorksheetLayout[] } {
  const locale = options.locale ?? "zh-CN";
  const member = (m: PanelMember, role: "assessment" | "self") => {
    const base = buildLayout(rubric, { locale, formulaStyle: "native", role, ...(role === "assessment" && { assessor: m.name }) });
    return { layout: fillRows(base, rubric, m.entries, m.sheetName, m.vetoes), ref: layoutSheetRef(base, rubric, m.name, m.sheetName) };
  };
  const experts = options.experts.map((m) => member(m, "assessment"));
  const self = options.self && member(options.self, "self");
  const summary = buildSummaryLayout(rubric, {
    experts: experts.map((e) => e.ref),
    ...(self && { self: self.ref }),
    method: options.method,
    ...(options.rounding && { rounding: options.rounding }),
    locale,
  });
  return { summary, sheets: [summary, ...(self ? [self.layout] : []), ...experts.map((e) => e.layout)] };
}

/** The summary sheet's name in `locale`, reserved before expert sheets are named. */
export function summarySheetName(locale: Locale): string {
  return SUMMARY_TEXT[locale].sheetName;
}
