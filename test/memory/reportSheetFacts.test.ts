import { buildLayout } from "../../src/layout/buildLayout";
import { memoryPorts, MemoryWorkbook } from "../../src/memory";
import { buildRubric } from "../../src/rubric";
import { cellAddress } from "../../src/table/a1";
import { provincialSource } from "../helpers/provincialRubric";

const rubric = buildRubric(provincialSource());
const layout = buildLayout(rubric, {});
const scoreCell = (code: string) => cellAddress(layout.table.firstCriterionRow + rubric.criterion(code)!.index, layout.table.columns.score!);

/** The 评价报告 sheet's rows as text, trimmed to their filled cells. */
function reportLines(book: MemoryWorkbook, name: string): unknown[][] {
  const sheet = book.sheet(name);
  const lines: unknown[][] = [];
  for (let r = 0; r < 200; r++) {
    const line = Array.from({ length: 5 }, (_, c) => sheet.cell(r, c).value);
    if (line.some((v) => v !== null)) lines.push(line);
  }
  return lines;
}

/** The provincial sheet inserted into a memory workbook, every criterion at full marks. */
async function fullMarks() {
  const book = new MemoryWorkbook(["Sheet1"]);
  const { actions, report } = memoryPorts(book, { locale: "zh-CN", rubric, build: buildLayout });
  await actions.insertRubricSheet({});
  for (const c of rubric.criteria) book.type(scoreCell(c.code), String(c.points));
  return { book, report };
}

const veto = layout.table.grade!.vetoAnswers!;

describe("生成评价报告 reads the veto and the sign-off from the sheet", () => {
  it("shows the lowest grade with 一票否决 and its reason, and the names of the sign-off line", async () => {
    const { book, report } = await fullMarks();
    book.type(cellAddress(veto.top, veto.left), "是");
    const line = layout.table.signOff!;
    book.type(cellAddress(line.row, line.assessorCol), "王五");
    book.type(cellAddress(line.row, line.reviewerCol), "赵六");
    book.type(cellAddress(line.row, line.dateCol), "2026年11月30日");

    const outcome = await report.addReportSheet();
    expect(outcome).toMatchObject({ status: "added", sheetName: "评价报告", total: 100, points: 100 });
    const lines = reportLines(book, "评价报告");
    const pair = (label: string) => lines.find((l) => l[0] === label)?.[1];
    expect(pair("总评分")).toBe("100 / 100");
    expect(pair("评价等级")).toBe("D（一票否决）");
    expect(pair("一票否决")).toBe("V1 发生区域性、系统性重大质量安全事件（适用一票否决，评价等级为最低等级）");
    expect(lines.at(-1)).toEqual(["评价人：王五", "复核人：赵六", null, null, "日期：2026年11月30日"]);
  });

  it("grades by the score when the veto is 否, and leaves a blank line where the sign-off is not filled", async () => {
    const { book, report } = await fullMarks();
    book.type(cellAddress(veto.top, veto.left), "否");
    book.type(cellAddress(layout.table.signOff!.row, layout.table.signOff!.reviewerCol), "赵六");
    await report.addReportSheet();
    const lines = reportLines(book, "评价报告");
    expect(lines.find((l) => l[0] === "评价等级")?.[1]).toBe("A");
    expect(lines.some((l) => l[0] === "一票否决")).toBe(false);
    expect(lines.at(-1)).toEqual(["评价人：", "复核人：赵六", null, null, "日期："]);
  });
});
