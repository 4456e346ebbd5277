/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { CHECKS_STRINGS } from "../../src/i18n/checksStrings";
import { summarizeScores } from "../../src/scoring/summary";
import { ChecksSummary } from "../../src/taskpane/checks/ChecksSummary";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

// As when the chart's chunk cannot be fetched (offline, an old cached page): the import rejects.
jest.mock("../../src/taskpane/checks/CategoryRateChart", () => {
  throw new Error("ChunkLoadError: Loading chunk chart failed");
});

it("shows the scores as progress bars when the chart cannot be loaded", async () => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  const summary = summarizeScores([{ code: "1.1.1", score: 30 }], OFFICIAL_RUBRIC);
  render(
    <FluentProvider theme={webLightTheme}>
      <ChecksSummary summary={summary} strings={CHECKS_STRINGS["zh-CN"]} culture="zh-CN" />
    </FluentProvider>,
  );
  const region = screen.getByRole("region", { name: "得分汇总" });
  expect(within(region).getAllByRole("progressbar")).toHaveLength(4);
  expect(await within(region).findByText("30 / 140")).toBeInTheDocument();
  // Still the bars once the failed import has settled.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(within(region).getAllByRole("progressbar")).toHaveLength(4);
  expect(within(region).queryByRole("figure")).toBeNull();
});
