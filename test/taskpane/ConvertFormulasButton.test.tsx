/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { uiStrings } from "../../src/i18n";
import type { Locale } from "../../src/table/locale";
import { ConvertFormulasButton } from "../../src/taskpane/ConvertFormulasButton";

const excelError = (code: string, message: string) => Object.assign(new Error(message), { name: "RichApi.Error", code });

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
beforeAll(() => {
  window.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

function renderButton(onConvert: () => Promise<number>, locale: Locale = "zh-CN") {
  const strings = uiStrings(locale as Locale);
  render(
    <FluentProvider theme={webLightTheme}>
      <ConvertFormulasButton strings={strings.convert} errors={strings.errors} onConvert={onConvert} />
    </FluentProvider>,
  );
  return userEvent.setup();
}

describe("ConvertFormulasButton", () => {
  it("runs the action once and says how many formulas it converted", async () => {
    const onConvert = jest.fn(() => Promise.resolve(11));
    const user = renderButton(onConvert);
    await user.click(screen.getByRole("button", { name: "转换为普通公式" }));
    expect(await screen.findByText("已将 11 个公式转换为普通公式。")).toBeTruthy();
    expect(onConvert).toHaveBeenCalledTimes(1);
  });

  it("says so when there is nothing to convert", async () => {
    const user = renderButton(() => Promise.resolve(0));
    await user.click(screen.getByRole("button", { name: "转换为普通公式" }));
    expect(await screen.findByText("本表没有需要转换的 QCITY 合计公式。")).toBeTruthy();
  });

  it("is disabled while converting, so one click converts once", async () => {
    let finish: (count: number) => void = () => undefined;
    const onConvert = jest.fn(() => new Promise<number>((resolve) => (finish = resolve)));
    const user = renderButton(onConvert);
    const button = screen.getByRole("button", { name: "转换为普通公式" });
    await user.click(button);
    expect(button).toHaveProperty("disabled", true);
    expect(screen.getByText("正在转换…")).toBeTruthy();
    finish(2);
    expect(await screen.findByText("已将 2 个公式转换为普通公式。")).toBeTruthy();
    expect(button).toHaveProperty("disabled", false);
    expect(onConvert).toHaveBeenCalledTimes(1);
  });

  it("explains a protected workbook and cell-edit mode in the pane's words, and shows any other Excel message", async () => {
    const failing = jest
      .fn<Promise<number>, []>()
      .mockRejectedValueOnce(excelError("AccessDenied", "The workbook is protected."))
      .mockRejectedValueOnce(excelError("InvalidOperationInCellEditMode", "edit mode"))
      .mockRejectedValueOnce(excelError("GeneralException", "An internal error has occurred."));
    const user = renderButton(failing);
    const button = screen.getByRole("button", { name: "转换为普通公式" });
    await user.click(button);
    expect(await screen.findByText("无法转换")).toBeTruthy();
    expect(screen.getByText("工作簿或工作表受保护（或为只读），无法修改。请取消保护后重试。")).toBeTruthy();
    expect(screen.queryByText("The workbook is protected.")).toBeNull();
    await user.click(button);
    expect(await screen.findByText(uiStrings("zh-CN").errors.cellEditMode)).toBeTruthy();
    await user.click(button);
    expect(await screen.findByText("Excel 报告错误：An internal error has occurred.")).toBeTruthy();
  });

  it("explains errors in English for en-US", async () => {
    const user = renderButton(() => Promise.reject(excelError("AccessDenied", "拒绝访问")), "en-US");
    await user.click(screen.getByRole("button", { name: "Convert to plain formulas" }));
    expect(await screen.findByText("Could not convert")).toBeTruthy();
    expect(screen.getByText("The workbook or sheet is protected (or read-only), so it cannot be changed. Unprotect it and try again.")).toBeTruthy();
  });

  it("speaks English for en-US", async () => {
    const user = renderButton(() => Promise.resolve(1), "en-US");
    await user.click(screen.getByRole("button", { name: "Convert to plain formulas" }));
    expect(await screen.findByText("Converted 1 formula to plain formulas.")).toBeTruthy();
  });
});
