import type { LayoutCell, Rect, WorksheetLayout } from "../../src/layout/types";

const rect = (top: number, left: number, bottom = top, right = left): Rect => ({ top, left, bottom, right });

/**
 * A small hand-made rubric sheet in the shape buildLayout produces: title rows,
 * a header, `criteria` criterion rows (two items under one category, 评价方法
 * merged over its run), a total, validation on every 得分 cell, names, a
 * conditional format, freeze panes and print setup. 9 columns (evidence on).
 */
export function fixtureLayout(criteria = 4, sheetName = "质量兴市评价"): WorksheetLayout {
  const columnCount = 9;
  const header = 3;
  const first = header + 1;
  const last = header + criteria;
  const totalRow = last + 1;
  const rowCount = totalRow + 1;
  const half = Math.max(1, Math.floor(criteria / 2));
  const cells: LayoutCell[][] = Array.from({ length: rowCount }, () => Array<LayoutCell>(columnCount).fill(null));
  const put = (row: number, col: number, value: LayoutCell) => {
    const line = cells[row];
    if (!line) throw new Error(`fixture row ${row} out of range`);
    line[col] = value;
  };
  put(0, 0, "质量兴市绩效评价指南（试行）");
  put(1, 0, "省（自治区、直辖市）：=河北省");
  put(1, 1, "=河北省");
  put(1, 4, "市（区、县）：");
  put(2, 0, "总评分");
  put(2, 6, { formula: `SUM(G${first + 1}:G${last + 1})` });
  ["评价项目", "评价内容", "评价准则", "评价方法", "分值", "评价打分", "得分", "佐证材料", "扣分说明"].forEach((title, col) => put(header, col, title));
  put(first, 0, "1领导重视（140分）");
  put(first, 1, "1.1工作方案");
  if (criteria > half) put(first + half, 1, "1.2组织机构");
  for (let i = 0; i < criteria; i++) {
    put(first + i, 2, `1.${i < half ? 1 : 2}.${i + 1}准则文字`);
    put(first + i, 4, 10);
  }
  put(first, 3, "查阅文件");
  put(first, 5, "有得分，无不得分");
  put(totalRow, 0, "合计");
  put(totalRow, 4, { formula: `=SUM(E${first + 1}:E${last + 1})` });
  put(totalRow, 6, { formula: `SUM(G${first + 1}:G${last + 1})` });
  const merges: Rect[] = [rect(0, 0, 0, columnCount - 1), rect(first, 0, last, 0), rect(first, 1, first + half - 1, 1), rect(first, 3, last, 3), rect(first, 5, last, 5)];
  if (criteria > half) merges.push(rect(first + half, 1, last, 1));
  return {
    sheetName,
    rowCount,
    columnCount,
    cells,
    merges,
    styles: [
      { rect: rect(0, 0, rowCount - 1, columnCount - 1), style: { font: { name: "宋体", size: 10 }, wrap: true, vertical: "center" } },
      { rect: rect(0, 0), style: { font: { name: "黑体", size: 16, bold: true }, horizontal: "center" } },
      { rect: rect(header, 0, header, columnCount - 1), style: { font: { name: "黑体", bold: true }, fill: "#D9E1F2", horizontal: "center" } },
      { rect: rect(header, 0, totalRow, columnCount - 1), style: { border: true } },
      { rect: rect(first, 6, last, 8), style: { input: true } },
      { rect: rect(totalRow + 0, 6), style: { numberFormat: "0.0" } },
      { rect: rect(first, 4, last, 4), style: { numberFormat: "0" } },
    ],
    columnWidths: [12, 12, 40, 24, 6, 24, 8, 20, 20],
    rowHeights: [
      { row: 0, height: 30 },
      { row: header, height: 24 },
      { row: 1, height: 20 },
      { row: 2, height: 20 },
    ],
    validations: Array.from({ length: criteria }, (_, i) => ({
      rect: rect(first + i, 6),
      min: 0,
      max: 10,
      errorTitle: "得分超出范围",
      errorMessage: `1.${i < half ? 1 : 2}.${i + 1} 的得分应在 0 到 10 分之间（分值 10 分）。`,
    })),
    conditionalFormats: [{ rect: rect(first, 7, last, 7), formula: `AND($G${first + 1}<>"",$H${first + 1}="")`, fill: "#FFF2CC" }],
    names: [
      { name: "QCity_Criteria", rect: rect(first, 2, last, 2) },
      { name: "QCity_Scores", rect: rect(first, 6, last, 6) },
      { name: "QCity_Evidence", rect: rect(first, 7, last, 7) },
    ],
    marker: { rubric: "aqsiq-2009", role: "assessment", assessor: "张三" },
    freeze: { rows: header + 1, columns: 0 },
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: 0, last: header },
      footerCenter: "第 &P 页 共 &N 页",
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      horizontalCentered: true,
      printArea: rect(0, 0, totalRow, columnCount - 1),
    },
    table: {
      headerRow: header,
      firstCriterionRow: first,
      lastCriterionRow: last,
      columns: { category: 0, item: 1, criterion: 2, method: 3, points: 4, guidance: 5, score: 6, evidence: 7, note: 8 },
      grandTotalCell: { row: 2, col: 6 },
      summary: { titleRow: totalRow, headerRow: totalRow, rows: [{ section: "", row: totalRow, capCol: 4, scoreCol: 6, rateCol: 7 }] },
    },
  };
}
