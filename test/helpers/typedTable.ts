import ExcelJS from "exceljs";
import { provincialSource } from "./provincialRubric";

/** The typed provincial table's rows (row 1 the title) and its merged category and item cells (1-based rows and columns). */
function typedTable(): { rows: (string | number | null)[][]; merges: { top: number; bottom: number; col: number }[] } {
  const rows: (string | number | null)[][] = [["浙江省质量工作考核评分细则"], ["考核项目", "考核内容", "评分标准", "考核方法", "分值", "评分细则", "得分", "可不适用"]];
  const merges: { top: number; bottom: number; col: number }[] = [];
  const source = provincialSource();
  for (const category of source.categories) {
    const categoryTop = rows.length + 1;
    const points = category.items.flatMap((i) => i.criteria).reduce((s, c) => s + c.points, 0);
    for (const item of category.items) {
      const itemTop = rows.length + 1;
      for (const c of item.criteria) {
        rows.push([`${category.code}${category.name}（${points}分）`, `${item.code}${item.name}`, `${c.code}${c.text}`, c.method, c.points, c.guidance, null, c.optional ? "是" : null]);
      }
      if (rows.length > itemTop) merges.push({ top: itemTop, bottom: rows.length, col: 2 });
    }
    if (rows.length > categoryTop) merges.push({ top: categoryTop, bottom: rows.length, col: 1 });
  }
  return { rows, merges };
}

/** A typed provincial table, with merged category and item cells, written with ExcelJS. */
export async function writeTypedTable(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("细则");
  const { rows, merges } = typedTable();
  for (const row of rows) ws.addRow(row);
  for (const m of merges) ws.mergeCells(m.top, m.col, m.bottom, m.col);
  await wb.xlsx.writeFile(path);
}

/** The same table as Excel's `values` give it from A1: "" for empty cells and for merged cells other than the anchor. */
export function typedTableValues(): unknown[][] {
  const { rows, merges } = typedTable();
  const width = Math.max(...rows.map((r) => r.length));
  const grid = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
  for (const m of merges) for (let r = m.top + 1; r <= m.bottom; r += 1) grid[r - 1]![m.col - 1] = "";
  return grid;
}
