/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { uiStrings } from "../../src/i18n";
import type { ReportPort } from "../../src/ports/report";
import { ChecksPanel } from "../../src/taskpane/checks/ChecksPanel";
import { fullMarks, officialGrid } from "../helpers/officialGrid";
import { buildLayout } from "../../src/layout/buildLayout";
import { loadGrid, memoryPorts, MemoryWorkbook } from "../../src/memory";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

/** The checks tab over a memory workbook holding a full-marks table; `addReportSheet` replaces the memory port's when given. */
function renderPanel(addReportSheet?: ReportPort["addReportSheet"]) {
  const book = new MemoryWorkbook(["质量兴市评价", "评价报告"]);
  book.activate("质量兴市评价");
  loadGrid(book.active, officialGrid(fullMarks()));
  const ports = memoryPorts(book, { locale: "zh-CN", rubric: OFFICIAL_RUBRIC, build: buildLayout });
  render(
    <FluentProvider theme={webLightTheme}>
      <ChecksPanel api={ports.checks} locale="zh-CN" errors={uiStrings("zh-CN").errors} debounceMs={10} report={addReportSheet ? { addReportSheet } : ports.report} />
    </FluentProvider>,
  );
  return book;
}

describe("生成评价报告 in the checks tab", () => {
  it("adds the report sheet beside the others, with its chart, and names it", async () => {
    const book = renderPanel();
    await userEvent.click(await screen.findByRole("button", { name: "生成评价报告" }));
    expect(await screen.findByText("已生成评价报告：工作表“评价报告 (2)”。")).toBeInTheDocument();
    expect(book.sheets.map((s) => s.name)).toEqual(["质量兴市评价", "评价报告", "评价报告 (2)"]);
    const report = book.sheet("评价报告 (2)");
    expect(report.cell(0, 0).value).toBe("质量兴市绩效评价报告");
    expect(report.charts).toEqual([expect.objectContaining({ type: "ColumnClustered", title: "各评价项目得分率" })]);
    expect(book.active.name).toBe("评价报告 (2)");
  });

  it("says why when the active sheet holds no rubric table", async () => {
    renderPanel(async () => ({ status: "no-table", sheetName: "Sheet1", message: "工作表“Sheet1”中没有评价表。" }));
    await userEvent.click(await screen.findByRole("button", { name: "生成评价报告" }));
    expect(await screen.findByText("工作表“Sheet1”中没有评价表。")).toBeInTheDocument();
  });

  it("asks to finish cell editing when Excel refuses", async () => {
    renderPanel(async () => Promise.reject(Object.assign(new Error("cell edit"), { code: "InvalidOperationInCellEditMode" })));
    await userEvent.click(await screen.findByRole("button", { name: "生成评价报告" }));
    expect(await screen.findByText(uiStrings("zh-CN").errors.cellEditMode)).toBeInTheDocument();
    expect(screen.getByText("未能生成评价报告")).toBeInTheDocument();
  });
});
