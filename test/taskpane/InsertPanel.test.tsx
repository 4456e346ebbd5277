/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { InsertResult } from "../../src/ports/workbookActions";
import { uiStrings } from "../../src/i18n";
import { InsertPanel, type InsertOptions } from "../../src/taskpane/InsertPanel";

const zh = uiStrings("zh-CN");

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
beforeAll(() => {
  window.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

function renderPanel(onInsert: (options: InsertOptions) => Promise<InsertResult>, strings = zh) {
  render(
    <FluentProvider theme={webLightTheme}>
      <InsertPanel strings={strings.insert} errors={strings.errors} onInsert={onInsert} />
    </FluentProvider>,
  );
}

const inserted = (sheetName: string): InsertResult => ({ sheetName, rowCount: 110, columnCount: 9 });

describe("InsertPanel", () => {
  it("passes the province, city and evidence switch (on by default) to onInsert", async () => {
    const onInsert = jest.fn((_: InsertOptions) => Promise.resolve(inserted("质量兴市评价")));
    renderPanel(onInsert);
    const user = userEvent.setup();
    await user.type(screen.getByRole("textbox", { name: "省（自治区、直辖市）" }), " 浙江省 ");
    await user.type(screen.getByRole("textbox", { name: "市（区、县）" }), "杭州市");
    expect(screen.getByRole("switch", { name: "添加“佐证材料”和“扣分说明”列" })).toHaveProperty("checked", true);
    await user.click(screen.getByRole("button", { name: "插入评价表" }));
    expect(onInsert.mock.calls).toEqual([[{ province: "浙江省", city: "杭州市", evidenceColumns: true }]]);
    expect(await screen.findByText("已插入工作表“质量兴市评价”。")).toBeTruthy();
  });

  it("leaves out empty fields and honours the switch turned off", async () => {
    const onInsert = jest.fn((_: InsertOptions) => Promise.resolve(inserted("质量兴市评价 (2)")));
    renderPanel(onInsert);
    const user = userEvent.setup();
    await user.click(screen.getByRole("switch"));
    await user.click(screen.getByRole("button", { name: "插入评价表" }));
    expect(onInsert.mock.calls).toEqual([[{ evidenceColumns: false }]]);
    expect(await screen.findByText("已插入工作表“质量兴市评价 (2)”。")).toBeTruthy();
  });

  it("says in one line that the totals are native formulas when Excel has no custom functions runtime", async () => {
    const onInsert = jest.fn((_: InsertOptions): Promise<InsertResult> => Promise.resolve({ ...inserted("质量兴市评价"), nativeFallback: true }));
    renderPanel(onInsert);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "插入评价表" }));
    expect(await screen.findByText("已插入工作表“质量兴市评价”。")).toBeTruthy();
    expect(screen.getByText("此版本的 Excel 不支持自定义函数（CustomFunctionsRuntime 1.3），总分已写成普通公式（SUMIF），不依赖加载项。")).toBeTruthy();
    onInsert.mockResolvedValueOnce(inserted("质量兴市评价 (2)"));
    await user.click(screen.getByRole("button", { name: "插入评价表" }));
    expect(await screen.findByText("已插入工作表“质量兴市评价 (2)”。")).toBeTruthy();
    expect(screen.queryByText(/CustomFunctionsRuntime/)).toBeNull();
  });

  it("shows cell-edit mode as advice to finish editing, and allows a retry", async () => {
    const onInsert = jest
      .fn((_: InsertOptions) => Promise.resolve(inserted("质量兴市评价")))
      .mockRejectedValueOnce(Object.assign(new Error("The operation failed because Excel is in cell-editing mode."), { code: "InvalidOperationInCellEditMode" }));
    renderPanel(onInsert);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "插入评价表" }));
    expect(await screen.findByText("Excel 正处于单元格编辑状态。请按 Enter 或 Esc 完成编辑，然后重试。")).toBeTruthy();
    expect(screen.getByText("未能完成")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "插入评价表" }));
    expect(await screen.findByText("已插入工作表“质量兴市评价”。")).toBeTruthy();
    expect(screen.queryByText("Excel 正处于单元格编辑状态。请按 Enter 或 Esc 完成编辑，然后重试。")).toBeNull();
    expect(onInsert).toHaveBeenCalledTimes(2);
  });

  it("disables the button while inserting", async () => {
    let finish: (result: InsertResult) => void = () => undefined;
    const onInsert = jest.fn((_: InsertOptions) => new Promise<InsertResult>((resolve) => (finish = resolve)));
    renderPanel(onInsert);
    const user = userEvent.setup();
    const button = screen.getByRole("button", { name: "插入评价表" });
    await user.click(button);
    expect(button).toHaveProperty("disabled", true);
    await user.click(button);
    expect(onInsert).toHaveBeenCalledTimes(1);
    finish(inserted("质量兴市评价"));
    await waitFor(() => expect(button).toHaveProperty("disabled", false));
  });

  it("speaks English when given en-US strings", async () => {
    const onInsert = jest.fn((_: InsertOptions) => Promise.resolve(inserted("质量兴市评价")));
    renderPanel(onInsert, uiStrings("en-US"));
    await userEvent.setup().click(screen.getByRole("button", { name: "Insert rubric sheet" }));
    expect(await screen.findByText('Inserted sheet "质量兴市评价".')).toBeTruthy();
  });
});
