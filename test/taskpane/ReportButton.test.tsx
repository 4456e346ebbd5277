/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { uiStrings } from "../../src/i18n";
import type { ReportPort, ReportSheetOutcome } from "../../src/ports/report";
import { ChecksPanel } from "../../src/taskpane/checks/ChecksPanel";
import { fullMarks, officialGrid } from "../helpers/officialGrid";
import { fakeChecksApi } from "./fakeChecksApi";

function renderPanel(addReportSheet: ReportPort["addReportSheet"]) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ChecksPanel api={fakeChecksApi(officialGrid(fullMarks())).api} locale="zh-CN" errors={uiStrings("zh-CN").errors} debounceMs={10} report={{ addReportSheet }} />
    </FluentProvider>,
  );
}

describe("生成评价报告 in the checks tab", () => {
  it("adds the report sheet and names it", async () => {
    const addReportSheet = jest.fn(async (): Promise<ReportSheetOutcome> => ({ status: "added", sheetName: "评价报告 (2)", sourceSheet: "质量兴市评价", total: 1000, points: 1000 }));
    renderPanel(addReportSheet);
    await userEvent.click(await screen.findByRole("button", { name: "生成评价报告" }));
    expect(await screen.findByText("已生成评价报告：工作表“评价报告 (2)”。")).toBeInTheDocument();
    expect(addReportSheet).toHaveBeenCalledTimes(1);
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
