/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { SheetLocale } from "../../src/layout/headers";
import { ConvertFormulasButton } from "../../src/taskpane/ConvertFormulasButton";

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
beforeAll(() => {
  window.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

function renderButton(onConvert: () => Promise<number>, locale: SheetLocale = "zh-CN") {
  render(
    <FluentProvider theme={webLightTheme}>
      <ConvertFormulasButton locale={locale} onConvert={onConvert} />
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

  it("shows Excel's error, and what to do in cell-edit mode", async () => {
    const failing = jest
      .fn<Promise<number>, []>()
      .mockRejectedValueOnce(new Error("The workbook is protected."))
      .mockRejectedValueOnce(Object.assign(new Error("edit mode"), { code: "InvalidOperationInCellEditMode" }));
    const user = renderButton(failing);
    const button = screen.getByRole("button", { name: "转换为普通公式" });
    await user.click(button);
    expect(await screen.findByText("无法转换")).toBeTruthy();
    expect(screen.getByText("The workbook is protected.")).toBeTruthy();
    await user.click(button);
    expect(await screen.findByText("Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。")).toBeTruthy();
  });

  it("speaks English for en-US", async () => {
    const user = renderButton(() => Promise.resolve(1), "en-US");
    await user.click(screen.getByRole("button", { name: "Convert to plain formulas" }));
    expect(await screen.findByText("Converted 1 formula to plain formulas.")).toBeTruthy();
  });
});
