/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor } from "@testing-library/react";
import { officePaneVisibility } from "../../src/excel/officePaneVisibility";
import { uiStrings } from "../../src/i18n";
import { App } from "../../src/taskpane/App";
import { ChecksPanel } from "../../src/taskpane/checks/ChecksPanel";
import { fullMarks, officialGrid } from "../helpers/officialGrid";
import { memoryChecks } from "./memoryChecks";

const strings = uiStrings("zh-CN");
const clean = () => officialGrid(fullMarks());
const panel = (fake: ReturnType<typeof memoryChecks>, visible: boolean) => (
  <FluentProvider theme={webLightTheme}>
    <ChecksPanel api={fake.api} locale="zh-CN" errors={strings.errors} debounceMs={10} visible={visible} />
  </FluentProvider>
);
const quiet = () => new Promise((resolve) => setTimeout(resolve, 60));

describe("the checks while the task pane is hidden (the shared runtime lives on)", () => {
  it("stop watching and checking when hidden, and watch again and recheck once when shown", async () => {
    const fake = memoryChecks(clean());
    const view = render(panel(fake, true));
    await waitFor(() => expect(fake.watchers()).toBe(1));
    expect(fake.api.check).toHaveBeenCalledTimes(1);

    view.rerender(panel(fake, false));
    await waitFor(() => expect(fake.watchers()).toBe(0));
    // Edits while hidden: no recheck, so no highlight writes either.
    fake.edit(officialGrid({ scores: { ...fullMarks().scores, "1.1.1": 45 } }));
    await quiet();
    expect(fake.api.check).toHaveBeenCalledTimes(1);

    view.rerender(panel(fake, true));
    await waitFor(() => expect(fake.watchers()).toBe(1));
    expect(await screen.findByText(/1\.1\.1 得分 45 超过分值/)).toBeInTheDocument();
    expect(fake.api.check).toHaveBeenCalledTimes(2);
    expect(fake.api.watch).toHaveBeenCalledTimes(2);
  });

  it("follow Office.addin.onVisibilityModeChanged through the App", async () => {
    const handlers: ((message: { visibilityMode: string }) => void)[] = [];
    const removed: string[] = [];
    Object.assign(globalThis, {
      Office: {
        addin: {
          onVisibilityModeChanged: async (handler: (message: { visibilityMode: string }) => void) => {
            handlers.push(handler);
            return async () => void removed.push("handler");
          },
        },
      },
    });
    try {
      const fake = memoryChecks(clean());
      const actions = { insertRubricSheet: jest.fn(), convertToNativeFormulas: jest.fn(), listRubrics: jest.fn(async () => []), importSheetRubric: jest.fn() };
      const view = render(
        <FluentProvider theme={webLightTheme}>
          <App strings={strings} locale="zh-CN" ports={{ actions, checks: fake.api, report: { addReportSheet: jest.fn() } }} visibility={officePaneVisibility} />
        </FluentProvider>,
      );
      await act(async () => screen.getByRole("tab", { name: "检查" }).click());
      await waitFor(() => expect(fake.watchers()).toBe(1));
      await waitFor(() => expect(handlers).toHaveLength(1));
      act(() => handlers[0]!({ visibilityMode: "Hidden" }));
      await waitFor(() => expect(fake.watchers()).toBe(0));
      act(() => handlers[0]!({ visibilityMode: "Taskpane" }));
      await waitFor(() => expect(fake.watchers()).toBe(1));
      expect(fake.api.check).toHaveBeenCalledTimes(2);
      view.unmount();
      await waitFor(() => expect(removed).toEqual(["handler"]));
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });
});
