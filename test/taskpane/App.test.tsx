/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { uiStrings } from "../../src/i18n";
import type { LayoutOptions } from "../../src/layout/types";
import { App } from "../../src/taskpane/App";
import type { ExcelActions } from "../../src/taskpane/excelActions";

beforeAll(() => {
  window.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

function renderApp(actions: ExcelActions) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App strings={uiStrings("zh-CN")} locale="zh-CN" actions={actions} />
    </FluentProvider>,
  );
}

describe("App", () => {
  it("inserts the sheet with QCITY totals and the pane's language", async () => {
    const calls: LayoutOptions[] = [];
    renderApp({
      insertRubricSheet: async (options) => {
        calls.push(options);
        return { sheetName: "质量兴市评价", rowCount: 109, columnCount: 9 };
      },
      convertToNativeFormulas: async () => 0,
    });
    await userEvent.click(screen.getByRole("button", { name: "插入评价表" }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({ formulaStyle: "qcity", evidenceColumns: true, locale: "zh-CN" });
  });

  it("offers converting the totals to plain formulas, and reports the count", async () => {
    let converted = 0;
    renderApp({
      insertRubricSheet: async () => ({ sheetName: "质量兴市评价", rowCount: 109, columnCount: 9 }),
      convertToNativeFormulas: async () => {
        converted++;
        return 11;
      },
    });
    await userEvent.click(screen.getByRole("button", { name: "转换为普通公式" }));
    expect(await screen.findByText("已将 11 个公式转换为普通公式。")).toBeTruthy();
    expect(converted).toBe(1);
  });
});
