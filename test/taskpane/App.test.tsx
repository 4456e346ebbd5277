/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { uiStrings } from "../../src/i18n";
import type { LayoutOptions } from "../../src/layout/types";
import { App } from "../../src/taskpane/App";
import type { WorkbookActions } from "../../src/ports/workbookActions";
import { fullMarks, officialGrid } from "../helpers/officialGrid";
import { memoryChecks } from "./memoryChecks";

const inserted = { sheetName: "质量兴市评价", rowCount: 109, columnCount: 9 };
/** The insert's rubric calls: the shipped default only, and an import never made. */
const rubricActions = { listRubrics: async () => [{ id: "aqsiq-2009", title: "质量兴市绩效评价指南（试行）", origin: "shipped" as const }], importSheetRubric: jest.fn() };

function renderApp(actions: WorkbookActions, fake = memoryChecks(officialGrid(fullMarks()))) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App strings={uiStrings("zh-CN")} locale="zh-CN" ports={{ actions, checks: fake.api, report: { addReportSheet: jest.fn() } }} />
    </FluentProvider>,
  );
  return fake;
}

describe("App", () => {
  it("inserts the sheet with QCITY totals and the pane's language", async () => {
    const calls: LayoutOptions[] = [];
    renderApp({
      insertRubricSheet: async (options) => {
        calls.push(options);
        return inserted;
      },
      convertToNativeFormulas: async () => 0,
      ...rubricActions,
    });
    await userEvent.click(screen.getByRole("button", { name: "插入评价表" }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({ formulaStyle: "qcity", evidenceColumns: true, locale: "zh-CN" });
  });

  it("offers converting the totals to plain formulas, and reports the count", async () => {
    const convertToNativeFormulas = jest.fn(async () => 11);
    renderApp({ insertRubricSheet: async () => inserted, convertToNativeFormulas, ...rubricActions });
    await userEvent.click(screen.getByRole("button", { name: "转换为普通公式" }));
    expect(await screen.findByText("已将 11 个公式转换为普通公式。")).toBeInTheDocument();
    expect(convertToNativeFormulas).toHaveBeenCalledTimes(1);
  });

  it("opens the checks tab, which checks the active sheet when it opens", async () => {
    const fake = renderApp(
      { insertRubricSheet: jest.fn(), convertToNativeFormulas: jest.fn(), ...rubricActions },
      memoryChecks(officialGrid({ ...fullMarks(), scores: { ...fullMarks().scores, "1.1.1": 45 } })),
    );
    expect(fake.api.check).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("tab", { name: "检查" }));
    expect(await screen.findByText("1.1.1 得分 45 超过分值 40")).toBeInTheDocument();
    expect(fake.api.check).toHaveBeenCalledWith({ highlight: true });
    expect(fake.api.watch).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole("tab", { name: "插入评价表" }));
    expect(screen.queryByText("1.1.1 得分 45 超过分值 40")).not.toBeInTheDocument();
    expect(fake.watchers()).toBe(0);
  });
});
