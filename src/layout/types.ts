/**
 * The worksheet description: everything a writer needs to produce the rubric
 * sheet. The Office.js adapter (src/excel) and the ExcelJS adapter (src/xlsx)
 * both consume it, so the sheet in Excel and the exported .xlsx cannot drift.
 *
 * Coordinates are 0-based (row 0 is Excel row 1, column 0 is column A).
 */

import type { Rect } from "../table/a1";
import type { Locale } from "../table/locale";
import type { SheetMarker, SheetRole } from "../table/marker";
import type { ColumnRole, TableSchema } from "../table/schema";

export type { Rect };

/** A formula, written without locale translation (English function names, comma separators). */
export interface Formula {
  readonly formula: string;
}

/** A cell's content. `null` is an empty cell. Strings are always literal text, even when they start with "=". */
export type LayoutCell = string | number | Formula | null;

export interface CellStyle {
  readonly font?: { readonly name?: string; readonly size?: number; readonly bold?: boolean; readonly underline?: boolean; readonly color?: string };
  /** Solid fill, "#RRGGBB". */
  readonly fill?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "center" | "bottom";
  readonly wrap?: boolean;
  /** Thin borders on every edge of every cell in the rectangle. */
  readonly border?: boolean;
  /** Excel number format, e.g. "0.0%". */
  readonly numberFormat?: string;
  /** Cells an assessor fills in; the sheet may leave them unlocked. */
  readonly input?: boolean;
}

/** Data validation: a decimal between `min` and `max` inclusive. */
export interface DecimalValidation {
  readonly rect: Rect;
  readonly min: number;
  readonly max: number;
  readonly errorTitle: string;
  readonly errorMessage: string;
  readonly promptTitle?: string;
  readonly promptMessage?: string;
}

/** Data validation: a drop-down list of `values` (e.g. 是/否 for a veto cell). */
export interface ListValidation {
  readonly rect: Rect;
  readonly values: readonly string[];
  readonly errorTitle: string;
  readonly errorMessage: string;
}

/** Data validation by a formula written for the rectangle's top-left cell (e.g. a score or 不适用). */
export interface CustomValidation {
  readonly rect: Rect;
  readonly formula: string;
  readonly errorTitle: string;
  readonly errorMessage: string;
  readonly promptTitle?: string;
  readonly promptMessage?: string;
}

/** A conditional format driven by a formula written for the rectangle's top-left cell. */
export interface FormulaConditionalFormat {
  readonly rect: Rect;
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
}

/** A named range, scoped to the worksheet. */
export interface NamedRange {
  readonly name: string;
  readonly rect: Rect;
}

export interface PrintSetup {
  readonly paperSize: "A4";
  readonly orientation: "landscape" | "portrait";
  /** Pages wide; 1 = fit all columns on one page. */
  readonly fitToWidth: number;
  /** Pages tall; 0 = as many as needed. */
  readonly fitToHeight: number;
  /** Rows repeated at the top of every printed page (inclusive, 0-based). */
  readonly titleRows: { readonly first: number; readonly last: number };
  /** Centre footer, with Excel header/footer codes such as &P and &N. */
  readonly footerCenter: string;
  /** Margins in inches. */
  readonly margins: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly header: number; readonly footer: number };
  readonly horizontalCentered: boolean;
  readonly printArea: Rect;
}

/** Where the rubric table sits in the layout. */
export interface TablePlacement {
  readonly headerRow: number;
  readonly firstCriterionRow: number;
  readonly lastCriterionRow: number;
  /** Column index of the first column of each role present. */
  readonly columns: Partial<Record<ColumnRole, number>>;
  /** The cell holding 总评分's grand total. */
  readonly grandTotalCell: { readonly row: number; readonly col: number };
  /** The summary block below the table. */
  readonly summary: SummaryPlacement;
  /** The 评价人 / 复核人 / 日期 line under the summary block, the cells 完成评分 fills in; absent on a layout without one. */
  readonly signOff?: SignOffPlacement;
  /** The grade row (适用分值, 折算得分, 评价等级) and the veto cells, when the rubric has grades, a scale, a veto or 不适用 criteria. */
  readonly grade?: import("./gradeBlock").GradePlacement;
}

/** One line of the summary block: a category's cap (points), score and score rate cells. */
export interface SummaryRow {
  /** Category code, e.g. "3"; "" for the 合计 (grand total) line. */
  readonly section: string;
  readonly row: number;
  readonly capCol: number;
  readonly scoreCol: number;
  readonly rateCol: number;
  /** The applicable points cell (分值 less criteria marked 不适用), when the rubric has optional criteria. */
  readonly applicableCol?: number;
}

/** The sign-off line: each label's value cell, right of the label (0-based). */
export interface SignOffPlacement {
  readonly row: number;
  readonly assessorCol: number;
  readonly reviewerCol: number;
  readonly dateCol: number;
}

export interface SummaryPlacement {
  readonly titleRow: number;
  readonly headerRow: number;
  /** The categories in rubric order, then 合计. */
  readonly rows: readonly SummaryRow[];
}

/**
 * The cells, merges, formats and page setup of a sheet: what every written
 * sheet has, rubric table or not (the 评价报告 sheet is one without a table).
 */
export interface SheetContent {
  /** The preferred sheet name (the Excel adapter makes it unique). */
  readonly sheetName: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Dense grid, rowCount × columnCount. */
  readonly cells: readonly (readonly LayoutCell[])[];
  /** Merged areas; no two overlap. */
  readonly merges: readonly Rect[];
  /**
   * Styles, applied in order; where they overlap a later entry overrides an
   * earlier one property by property (font properties one by one), as
   * successive Office.js format writes do.
   */
  readonly styles: readonly { readonly rect: Rect; readonly style: CellStyle }[];
  /** Column widths in Excel character units, one per column. */
  readonly columnWidths: readonly number[];
  /** Row heights in points, for rows that need one; other rows autofit. */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  /** Panes frozen above this many rows (and left of this many columns). */
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly print: PrintSetup;
}

/** The rubric sheet: its content, with the table's validation, highlights, names, placement and marker. */
export interface WorksheetLayout extends SheetContent {
  readonly validations: readonly DecimalValidation[];
  /** Drop-down lists (the veto cells); absent or empty on most sheets. */
  readonly listValidations?: readonly ListValidation[];
  /** Formula validations (the 得分 cells of criteria that may be 不适用). */
  readonly customValidations?: readonly CustomValidation[];
  readonly conditionalFormats: readonly FormulaConditionalFormat[];
  readonly names: readonly NamedRange[];
  readonly table: TablePlacement;
  /** What the sheet is; every writer writes it as the worksheet-scoped name MARKER_NAME (src/table/marker.ts). */
  readonly marker: SheetMarker;
}

/** How the totals are written: native Excel formulas (SUMIF…), or the add-in's QCITY.* custom functions. */
export type FormulaStyle = "native" | "qcity";

/** What the assessor chooses when inserting or exporting the rubric sheet. */
export interface LayoutOptions {
  /** 省（自治区、直辖市）, written into the 省/市 line; literal text, never a formula. */
  readonly province?: string;
  /** 市（区、县）. */
  readonly city?: string;
  /** Add the 佐证材料 and 扣分说明 columns beside the official table; default true. Ignored when `schema` is given. */
  readonly evidenceColumns?: boolean;
  /**
   * The table's columns, left to right; it must hold the seven official ones.
   * Default: officialSchema({ evidenceColumns }).
   */
  readonly schema?: TableSchema;
  /** Language of the title, labels and messages; the rubric text itself stays as printed. Default "zh-CN". */
  readonly locale?: Locale;
  /** Default "native". */
  readonly formulaStyle?: FormulaStyle;
  /** What the sheet is, for its marker; default "assessment". */
  readonly role?: SheetRole;
  /** The assessor whose sheet it is, for its marker. */
  readonly assessor?: string;
}
