import ExcelJS from "exceljs";
import { provincialSource } from "./provincialRubric";

/** A typed provincial table, with merged category and item cells, written with ExcelJS. */
export async function writeTypedTable(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("细则");
  ws.addRow(["浙江省质量工作考核评分细则"]);
  ws.addRow(["考核项目", "考核内容", "评分标准", "考核方法", "分值", "评分细则", "得分", "可不适用"]);
  const source = provincialSource();
  for (const category of source.categories) {
    const categoryTop = ws.rowCount + 1;
    const points = category.items.flatMap((i) => i.criteria).reduce((s, c) => s + c.points, 0);
    for (const item of category.items) {
      const itemTop = ws.rowCount + 1;
      for (const c of item.criteria) {
        ws.addRow([`${category.code}${category.name}（${points}分）`, `${item.code}${item.name}`, `${c.code}${c.text}`, c.method, c.points, c.guidance, null, c.optional ? "是" : null]);
      }
      if (ws.rowCount > itemTop) ws.mergeCells(itemTop, 2, ws.rowCount, 2);
    }
    if (ws.rowCount > categoryTop) ws.mergeCells(categoryTop, 1, ws.rowCount, 1);
  }
  await wb.xlsx.writeFile(path);
}

