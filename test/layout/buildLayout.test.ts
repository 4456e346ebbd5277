
import type { RubricSource } from "../../src/rubric";
import data from "../../src/rubric/data/aqsiq-2009.json";
import { buildLayout } from "../../src/layout/buildLayout";
import { rect, rectAddress, rectsOverlap } from "../../src/table/a1";
import { officialSchema } from "../../src/table/schema";
import type { Formula, LayoutCell, Rect, WorksheetLayout } from "../../src/layout/types";
import { FONT_SIZE } from "../../src/layout/styles";
import { heightForLines, wrappedLines } from "../../src/layout/textHeight";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

const source = data as RubricSource;
const layout = buildLayout(OFFICIAL_RUBRIC, {});
const FIRST = layout.table.firstCriterionRow;
const col = layout.table.columns as Required<typeof layout.table.columns>;

const rowOf = (code: string): number => FIRST + OFFICIAL_RUBRIC.criteria.findIndex((c) => c.code === code);
const columnRect = (key: keyof typeof col, fromCode: string, toCode: string): Rect => rect(rowOf(fromCode), col[key], rowOf(toCode), col[key]);
const mergesIn = (l: WorksheetLayout, c: number) => l.merges.filter((m) => m.left === c && m.right === c);
const isFormula = (cell: LayoutCell): cell is Formula => cell !== null && typeof cell === "object";
const sourceCriteria = source.categories.flatMap((cat) => cat.items.flatMap((item) => item.criteria));

/** Vertical runs computed straight from the data file: a run starts wherever the printed cell is not blank. */
function runsFromSource(field: "method" | "guidance"): Rect[] {
  const starts = sourceCriteria.map((c, i) => (c[field] !== null ? i : -1)).filter((i) => i >= 0);
  return starts
    .map((start, k) => [start, (starts[k + 1] ?? sourceCriteria.length) - 1] as const)
    .filter(([a, b]) => b > a)
    .map(([a, b]) => rect(FIRST + a, col[field], FIRST + b, col[field]));
}

describe("buildLayout: title rows and header", () => {
  it("puts the title in A1, merged across the table", () => {
    expect(layout.cells[0]?.[0]).toBe("质量兴市绩效评价指南（试行）");
    expect(layout.merges).toContainEqual(rect(0, 0, 0, layout.columnCount - 1));
  });

  it("writes the 省/市 line and 总评分 with a grand total formula right of its label", () => {
    const info = layout.cells[1]!;
    expect(info).toContain("省（自治区、直辖市）");
    expect(info).toContain("市（区、县）");
    const { row, col: c } = layout.table.grandTotalCell;
    expect(row).toBe(1);
    expect(layout.cells[row]?.[c - 1]).toBe("总评分：");
    expect(layout.cells[row]?.[c]).toEqual({ formula: "SUM(QCITY_SCORES)" });
  });

  it("has the seven official headers in order, then 佐证材料 and 扣分说明", () => {
    expect(layout.cells[layout.table.headerRow]).toEqual(["评价项目", "评价内容", "评价准则", "评价方法", "分值", "评价打分", "得分", "佐证材料", "扣分说明"]);
    expect(layout.columnCount).toBe(9);
  });

  it("leaves out 佐证材料 and 扣分说明 when evidenceColumns is false", () => {
    const bare = buildLayout(OFFICIAL_RUBRIC, { evidenceColumns: false });
    expect(bare.columnCount).toBe(7);
    expect(bare.cells[bare.table.headerRow]).toEqual(["评价项目", "评价内容", "评价准则", "评价方法", "分值", "评价打分", "得分"]);
    expect(bare.names.map((n) => n.name)).toEqual(["QCITY_CRITERIA", "QCITY_POINTS", "QCITY_SCORES"]);
    expect(bare.conditionalFormats).toHaveLength(1);
    expect(bare.merges).toContainEqual(rect(0, 0, 0, 6));
  });

  it("shows 分 after the 总评分 value with and without the evidence columns", () => {
    const totalStyle = (l: WorksheetLayout) => {
      const { row, col: c } = l.table.grandTotalCell;
      return Object.assign({}, ...l.styles.filter((s) => s.rect.top <= row && row <= s.rect.bottom && s.rect.left <= c && c <= s.rect.right).map((s) => s.style));
    };
    const { row, col: c } = layout.table.grandTotalCell;
    expect([layout.cells[row]?.[c + 1], totalStyle(layout).numberFormat]).toEqual(["分", undefined]);
    const bare = buildLayout(OFFICIAL_RUBRIC, { evidenceColumns: false });
    expect(bare.table.grandTotalCell.col).toBe(bare.columnCount - 1);
    expect(totalStyle(bare).numberFormat).toBe('General"分"');
    expect(totalStyle(buildLayout(OFFICIAL_RUBRIC, { evidenceColumns: false, locale: "en-US" })).numberFormat).toBe('General" pts"');
  });

  it("fits the longest province name on one line of the 省/市 line, which stays one line high", () => {
    const l = buildLayout(OFFICIAL_RUBRIC, { province: "新疆维吾尔自治区", city: "克孜勒苏柯尔克孜自治州" });
    expect(l.cells[1]?.[0]).toBe("新疆维吾尔自治区");
    expect(wrappedLines("新疆维吾尔自治区", l.columnWidths[0]!, FONT_SIZE.info)).toBe(1);
    expect(wrappedLines("克孜勒苏柯尔克孜自治州", l.columnWidths[2]!, FONT_SIZE.info)).toBe(1);
    expect(l.rowHeights.find((h) => h.row === 1)?.height).toBe(24);
  });

  it("caps the 省/市 line, a printed title row, at two lines however long the names", () => {
    const l = buildLayout(OFFICIAL_RUBRIC, { province: "很长".repeat(150), city: "杭州".repeat(150) });
    expect(l.cells[1]?.[0]).toBe("很长".repeat(150));
    expect(l.print.titleRows.last).toBeGreaterThanOrEqual(1);
    expect(l.rowHeights.find((h) => h.row === 1)?.height).toBe(heightForLines(2, FONT_SIZE.info));
    const twoLines = buildLayout(OFFICIAL_RUBRIC, { province: "新疆维吾尔自治区新疆维吾尔自治区" });
    expect(twoLines.rowHeights.find((h) => h.row === 1)?.height).toBe(heightForLines(2, FONT_SIZE.info));
  });

  it("keeps a province or city that looks like a formula as literal text", () => {
    const province = '=HYPERLINK("http://evil.example","点击")';
    const city = "+SUM(1,2)";
    const l = buildLayout(OFFICIAL_RUBRIC, { province, city });
    expect(l.cells[1]?.[0]).toBe(province);
    expect(l.cells[1]?.[2]).toBe(city);
    const formulas = l.cells.flatMap((line) => line.filter(isFormula)).map((f) => f.formula);
    expect(formulas.some((f) => f.includes("HYPERLINK") || f.includes("SUM(1,2)"))).toBe(false);
  });
});

describe("buildLayout: one row per criterion", () => {
  it("lists all 98 criteria in the official order, code then text", () => {
    const texts = layout.cells.slice(FIRST, layout.table.lastCriterionRow + 1).map((line) => line[col.criterion]);
    expect(texts).toHaveLength(98);
    expect(texts).toEqual(OFFICIAL_RUBRIC.criteria.map((c) => `${c.code}${c.text}`));
    expect(texts[0]).toBe("1.1.1政府颁布质量兴市（区、县）工作方案。");
    expect(layout.cells[rowOf("3.6.2")]?.[col.criterion]).toBe("3.6.2推动企业加快技术进步步伐，积极采用新工艺、新技术、新材料。");
  });

  it("puts each cap in the 分值 column, summing to 1000", () => {
    const caps = layout.cells.slice(FIRST, layout.table.lastCriterionRow + 1).map((line) => line[col.points]);
    expect(caps).toEqual(sourceCriteria.map((c) => c.points));
    expect(caps.reduce((s: number, c) => s + (c as number), 0)).toBe(1000);
    expect(layout.cells[rowOf("4.7.1")]?.[col.points]).toBe(40);
  });

  it("leaves 得分, 佐证材料 and 扣分说明 empty for the assessor", () => {
    for (let r = FIRST; r <= layout.table.lastCriterionRow; r++) {
      expect([layout.cells[r]?.[col.score], layout.cells[r]?.[col.evidence], layout.cells[r]?.[col.note]]).toEqual([null, null, null]);
    }
  });

  it("merges each category cell over its criteria, labelled as the document prints it", () => {
    expect(mergesIn(layout, col.category)).toEqual([
      columnRect("category", "1.1.1", "1.6.1"),
      columnRect("category", "2.1.1", "2.3.1"),
      columnRect("category", "3.1.1", "3.12.3"),
      columnRect("category", "4.1.1", "4.7.1"),
    ]);
    expect(layout.cells[rowOf("3.1.1")]?.[col.category]).toBe("3措施到位（465分）");
    expect(layout.cells[rowOf("4.1.1")]?.[col.category]).toBe("4成效显著（305分）");
  });

  it("merges each item cell over its criteria; single-criterion items are not merged", () => {
    const items = mergesIn(layout, col.item);
    expect(items).toContainEqual(columnRect("item", "3.6.1", "3.6.18"));
    expect(items).toContainEqual(columnRect("item", "3.3.1", "3.3.10"));
    expect(items.some((m) => m.top === rowOf("3.11.1"))).toBe(false);
    expect(items).toHaveLength(OFFICIAL_RUBRIC.items.filter((i) => i.criteria.length > 1).length);
    expect(layout.cells[rowOf("3.6.1")]?.[col.item]).toBe("3.6加快结构调整，加强企业质量管理、标准、计量和认证工作，推动企业提高产品质量水平。");
  });

  it("merges 评价方法 exactly over the runs the document leaves blank, across item boundaries", () => {
    const method = mergesIn(layout, col.method);
    expect(method).toContainEqual(columnRect("method", "1.1.1", "1.6.1"));
    expect(method).toContainEqual(columnRect("method", "3.7.4", "3.8.6"));
    expect(method).toContainEqual(columnRect("method", "3.1.2", "3.1.5"));
    expect(method).toContainEqual(columnRect("method", "4.5.2", "4.5.3"));
    expect(method.some((m) => m.top <= rowOf("3.1.1") && rowOf("3.1.1") <= m.bottom)).toBe(false);
    expect(method).toEqual(runsFromSource("method"));
  });

  it("merges 评价打分 over its own runs, which differ from 评价方法's in 4.5", () => {
    const guidance = mergesIn(layout, col.guidance);
    expect(guidance).toContainEqual(columnRect("guidance", "3.7.4", "3.8.6"));
    expect(guidance).toContainEqual(columnRect("guidance", "4.5.1", "4.5.4"));
    expect(guidance).toEqual(runsFromSource("guidance"));
    expect(layout.cells[rowOf("4.5.1")]?.[col.guidance]).toBe("依据检查情况，酌情打分。");
    expect(layout.cells[rowOf("4.5.2")]?.[col.method]).toBe("查看现场");
    expect(layout.cells[rowOf("4.5.4")]?.[col.method]).toBe("查阅文件");
  });

  it("writes values only in the anchor of each merge", () => {
    for (const m of layout.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left) expect({ at: rectAddress(rect(r, c)), value: layout.cells[r]?.[c] }).toEqual({ at: rectAddress(rect(r, c)), value: null });
        }
      }
      expect(layout.cells[m.top]?.[m.left]).not.toBeNull();
    }
  });
});

describe("buildLayout: shape", () => {
  it("has rowCount rows of columnCount cells", () => {
    expect(layout.cells).toHaveLength(layout.rowCount);
    for (const line of layout.cells) expect(line).toHaveLength(layout.columnCount);
    expect(layout.columnWidths).toHaveLength(layout.columnCount);
  });

  it("has no overlapping merges, all inside the sheet", () => {
    layout.merges.forEach((a, i) => {
      expect(a.bottom).toBeLessThan(layout.rowCount);
      expect(a.right).toBeLessThan(layout.columnCount);
      layout.merges.slice(i + 1).forEach((b) => expect(rectsOverlap(a, b) ? [rectAddress(a), rectAddress(b)] : []).toEqual([]));
    });
  });

  it("sizes rows to their text: the long 3.7.1 row is the tallest criterion row", () => {
    const height = (row: number) => layout.rowHeights.find((h) => h.row === row)?.height ?? 0;
    const criterionHeights = OFFICIAL_RUBRIC.criteria.map((c) => height(rowOf(c.code)));
    expect(Math.min(...criterionHeights)).toBeGreaterThanOrEqual(18);
    expect(Math.max(...criterionHeights)).toBe(height(rowOf("3.7.1")));
    expect(height(rowOf("3.7.1"))).toBeGreaterThan(3 * height(rowOf("1.1.1")));
  });
});

describe("buildLayout: data validation", () => {
  it("covers every 得分 cell once, with max equal to that row's 分值 and a message naming the cap", () => {
    for (const c of OFFICIAL_RUBRIC.criteria) {
      const row = rowOf(c.code);
      const covering = layout.validations.filter((v) => v.rect.top <= row && row <= v.rect.bottom && v.rect.left === col.score && v.rect.right === col.score);
      expect(covering).toHaveLength(1);
      const v = covering[0]!;
      expect([c.code, v.min, v.max]).toEqual([c.code, 0, layout.cells[row]?.[col.points]]);
      expect(v.errorMessage).toContain(`${c.points} 分`);
    }
    const covered = layout.validations.reduce((n, v) => n + v.rect.bottom - v.rect.top + 1, 0);
    expect(covered).toBe(98);
  });

  it("keeps messages within Excel's limits (title 32, message 255 characters)", () => {
    for (const v of layout.validations) {
      expect(v.errorTitle.length).toBeLessThanOrEqual(32);
      expect(v.errorMessage.length).toBeLessThanOrEqual(255);
      expect((v.promptTitle ?? "").length).toBeLessThanOrEqual(32);
      expect((v.promptMessage ?? "").length).toBeLessThanOrEqual(255);
    }
    expect(layout.validations.find((v) => v.max === 45)?.errorMessage).toBe("得分须为 0 到 45 之间的数值：本项分值为 45 分。");
  });
});

describe("buildLayout: conditional formats, names, freeze, print", () => {
  it("flags invalid scores and missing evidence with formulas relative to each range's top-left cell", () => {
    expect(layout.conditionalFormats.map((cf) => [rectAddress(cf.rect), cf.formula])).toEqual([
      ["G4:G101", 'AND(G4<>"",OR(NOT(ISNUMBER(G4)),G4<0,G4>E4))'],
      ["H4:H101", "AND(ISNUMBER(G4),LEN(TRIM(H4))=0)"],
      ["I4:I101", "AND(ISNUMBER(G4),G4<E4,LEN(TRIM(I4))=0)"],
    ]);
  });

  it("names the criterion, points, score, evidence and note columns over the criterion rows", () => {
    expect(layout.names.map((n) => [n.name, rectAddress(n.rect)])).toEqual([
      ["QCITY_CRITERIA", "C4:C101"],
      ["QCITY_POINTS", "E4:E101"],
      ["QCITY_SCORES", "G4:G101"],
      ["QCITY_EVIDENCE", "H4:H101"],
      ["QCITY_NOTES", "I4:I101"],
    ]);
    expect(layout.cells[3]?.[2]).toMatch(/^1\.1\.1/);
    expect(layout.cells[100]?.[2]).toMatch(/^4\.7\.1/);
  });

  it("freezes the panes below the header row", () => {
    expect(layout.freeze).toEqual({ rows: layout.table.headerRow + 1, columns: 0 });
    expect(layout.freeze.rows).toBe(3);
  });

  it("prints on A4 landscape, one page wide, with title and header rows repeated and a page footer", () => {
    expect(layout.print).toMatchObject({
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: 0, last: 2 },
      footerCenter: "第 &P 页 共 &N 页",
      printArea: rect(0, 0, layout.rowCount - 1, layout.columnCount - 1),
    });
  });
});

describe("buildLayout: summary block and formulas", () => {
  const summary = layout.table.summary;

  it("lists each category's cap, score and rate below the table, then 合计", () => {
    expect(summary.headerRow).toBeGreaterThan(layout.table.lastCriterionRow);
    expect(summary.rows.map((r) => [r.section, layout.cells[r.row]?.[0], layout.cells[r.row]?.[r.capCol]])).toEqual([
      ["1", "1领导重视", 140],
      ["2", "2组织落实", 90],
      ["3", "3措施到位", 465],
      ["4", "4成效显著", 305],
      ["", "合计", 1000],
    ]);
    const three = summary.rows[2]!;
    expect(layout.cells[three.row]?.[three.scoreCol]).toEqual({ formula: 'SUMIF(QCITY_CRITERIA,"3.*",QCITY_SCORES)' });
    expect(layout.cells[three.row]?.[three.rateCol]).toEqual({ formula: 'SUMIF(QCITY_CRITERIA,"3.*",QCITY_SCORES)/465' });
    const total = summary.rows[4]!;
    expect(layout.cells[total.row]?.[total.rateCol]).toEqual({ formula: "SUM(QCITY_SCORES)/1000" });
    expect(layout.styles.some((s) => s.rect.left <= three.rateCol && three.rateCol <= s.rect.right && s.rect.top <= three.row && three.row <= s.rect.bottom && s.style.numberFormat === "0.0%")).toBe(true);
  });

  it("uses QCITY custom functions in the same cells with formulaStyle qcity", () => {
    const qcity = buildLayout(OFFICIAL_RUBRIC, { formulaStyle: "qcity" });
    const formulaCells = (l: WorksheetLayout) => l.cells.flatMap((line, r) => line.flatMap((cell, c) => (isFormula(cell) ? [`${r},${c}`] : [])));
    expect(formulaCells(qcity)).toEqual(formulaCells(layout));
    expect(formulaCells(layout)).toHaveLength(1 + 4 * 2 + 2);
    const { row, col: c } = qcity.table.grandTotalCell;
    expect(qcity.cells[row]?.[c]).toEqual({ formula: "QCITY.TOTAL(QCITY_CRITERIA,QCITY_SCORES)" });
    const three = qcity.table.summary.rows[2]!;
    expect(qcity.cells[three.row]?.[three.scoreCol]).toEqual({ formula: 'QCITY.SECTIONTOTAL("3",QCITY_CRITERIA,QCITY_SCORES)' });
    expect(qcity.cells[three.row]?.[three.rateCol]).toEqual({ formula: 'QCITY.SCORERATE("3",QCITY_CRITERIA,QCITY_SCORES)' });
  });
});

describe("buildLayout: en-US", () => {
  const en = buildLayout(OFFICIAL_RUBRIC, { locale: "en-US" });

  it("uses English headers, title and labels, and keeps the rubric text in Chinese", () => {
    expect(en.cells[en.table.headerRow]).toEqual(officialSchema().columns.map((c) => c.titles["en-US"]));
    expect(en.cells[0]?.[0]).toBe("Quality City Performance Evaluation Guide (Trial)");
    expect(en.cells[1]?.[en.table.grandTotalCell.col - 1]).toBe("Total score:");
    expect(en.cells[en.table.firstCriterionRow]?.[2]).toBe("1.1.1政府颁布质量兴市（区、县）工作方案。");
    expect(en.print.footerCenter).toBe("Page &P of &N");
    expect(en.validations[0]?.errorMessage).toContain("40 points");
  });
});

describe("the sign-off line", () => {
  it("has 评价人, 复核人 and 日期 with empty value cells, one blank row under the summary block", () => {
    const layout = buildLayout(OFFICIAL_RUBRIC);
    const signOff = layout.table.signOff!;
    const total = layout.table.summary.rows[layout.table.summary.rows.length - 1]!.row;
    expect(signOff.row).toBe(total + 2);
    expect(signOff.row).toBe(layout.rowCount - 1);
    const line = layout.cells[signOff.row]!;
    expect([line[signOff.assessorCol - 1], line[signOff.reviewerCol - 1], line[signOff.dateCol - 1]]).toEqual(["评价人：", "复核人：", "日期："]);
    expect([line[signOff.assessorCol], line[signOff.reviewerCol], line[signOff.dateCol]]).toEqual([null, null, null]);
    expect(buildLayout(OFFICIAL_RUBRIC, { locale: "en-US" }).cells[signOff.row]![signOff.assessorCol - 1]).toBe("Assessor:");
  });
});
