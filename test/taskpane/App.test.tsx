/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { uiStrings } from "../../src/i18n";
import { App } from "../../src/taskpane/App";
import { fullMarks, officialGrid } from "../helpers/officialGrid";
import { fakeChecksApi } from "./fakeChecksApi";

describe("App", () => {
  it("opens the checks tab, which checks the active sheet when it opens", async () => {
    const fake = fakeChecksApi(officialGrid({ ...fullMarks(), scores: { ...fullMarks().scores, "1.1.1": 45 } }));
    const insertRubricSheet = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <App strings={uiStrings("zh-CN")} locale="zh-CN" actions={{ insertRubricSheet }} checks={fake.api} />
      </FluentProvider>,
    );
    expect(fake.api.check).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("tab", { name: "检查" }));
    expect(await screen.findByText("1.1.1 得分 45 超过分值 40")).toBeInTheDocument();
    expect(fake.api.check).toHaveBeenCalledWith({ highlight: true });
    expect(fake.api.watch).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole("tab", { name: "插入评价表" }));
    expect(screen.queryByText("1.1.1 得分 45 超过分值 40")).not.toBeInTheDocument();
    expect(fake.listeners).toHaveLength(0);
  });
});
