import type { NoTable } from "./locateTable";
import type { Locale } from "../table/locale";

type HeaderSearch = Extract<NoTable, { kind: "no-header" }>;
type Describe = (noTable: NoTable, sheetName?: string) => string;

const HINT_ZH = (search: HeaderSearch): string =>
  "需要一行表头同时含“评价准则”和“得分”（英文表头为 Criterion 和 Score；可带单位，如“得分（分）”）" +
  (search.window !== undefined ? `，在 ${search.window} 范围内查找。` : "。") +
  (search.beyond ? `${search.window ?? "该范围"} 之外的单元格未读取；如评价表在那里，请把它移到工作表左上方。` : "");

const HINT_EN = (search: HeaderSearch): string =>
  "it needs a header row with both 评价准则 and 得分 (or Criterion and Score; a unit in brackets such as 得分（分） is fine)" +
  (search.window !== undefined ? `, looked for in ${search.window}.` : ".") +
  (search.beyond ? ` Cells outside ${search.window ?? "that block"} were not read; if the table is there, move it to the top left of the sheet.` : "");

const ZH: Describe = (noTable, sheetName) => {
  const on = sheetName !== undefined ? `工作表“${sheetName}”中` : "";
  const table = `${on}${on === "" ? "" : "的"}评价表`;
  switch (noTable.kind) {
    case "no-header":
      return `${on}没有找到评价表：${HINT_ZH(noTable)}`;
    case "duplicate-titles":
      return (
        `${table}无法检查：` +
        noTable.duplicates.map((d) => `表头“${d.title}”出现了 ${d.columns.length} 次（${d.columns.map((c) => `${c} 列`).join("、")}）`).join("；") +
        "，无法确定检查哪一列。请删除多余的列或给它改名，再检查。"
      );
    case "no-score-column":
      return (
        `${table}无法检查：有 ${noTable.titles.length} 个专家得分列（${noTable.titles.map((t, i) => `${noTable.columns[i]} 列“${t}”`).join("、")}），` +
        "但没有“得分”列，无法确定检查哪一列。请分别检查每位专家的工作表，或加一列“得分”。"
      );
    case "cut-off":
      return (
        `${table}超出了读取范围 ${noTable.window}（${edgeZh(noTable)}被截断），无法完整检查。` +
        `请删除表格上方多余的行或左侧多余的列，使整张评价表位于 ${noTable.window} 之内。`
      );
  }
};

const EN: Describe = (noTable, sheetName) => {
  const on = sheetName !== undefined ? ` on sheet "${sheetName}"` : "";
  switch (noTable.kind) {
    case "no-header":
      return `No rubric table found${on}: ${HINT_EN(noTable)}`;
    case "duplicate-titles":
      return (
        `The rubric table${on} cannot be checked: ` +
        noTable.duplicates.map((d) => `the header "${d.title}" appears ${d.columns.length} times (columns ${d.columns.join(", ")})`).join("; ") +
        ", so it is not clear which column to check. Delete or rename the extra column, then check again."
      );
    case "no-score-column":
      return (
        `The rubric table${on} cannot be checked: it has ${noTable.titles.length} assessors' score columns ` +
        `(${noTable.titles.map((t, i) => `"${t}" in column ${noTable.columns[i]}`).join(", ")}) and no Score column, so it is not clear which column to check. ` +
        "Check each assessor's sheet on its own, or add a Score column."
      );
    case "cut-off":
      return (
        `The rubric table${on} runs past ${noTable.window}, the block that is read (cut off ${edgeEn(noTable)}), so it cannot be checked in full. ` +
        `Delete extra rows above the table or columns left of it, so the whole table lies inside ${noTable.window}.`
      );
  }
};

function edgeZh(cut: { rows: boolean; cols: boolean }): string {
  return cut.rows && cut.cols ? "下方和右侧" : cut.rows ? "下方" : "右侧";
}

function edgeEn(cut: { rows: boolean; cols: boolean }): string {
  return cut.rows && cut.cols ? "at the bottom and at the right" : cut.rows ? "at the bottom" : "at the right";
}

/**
 * Why a sheet holds no table that can be checked, in the UI language, naming
 * what was looked for and where: e.g. `工作表“评价”中的评价表无法检查：表头“得分”出现了 2 次（G 列、H 列）…`.
 */
export function describeNoTable(noTable: NoTable, locale: Locale, sheetName?: string): string {
  return locale === "en-US" ? EN(noTable, sheetName) : ZH(noTable, sheetName);
}

/** What the header search looked for and where, e.g. `需要一行表头同时含“评价准则”和“得分”…，在 A1:AN400 范围内查找。` */
export function describeHeaderSearch(search: HeaderSearch, locale: Locale): string {
  return locale === "en-US" ? HINT_EN(search) : HINT_ZH(search);
}
