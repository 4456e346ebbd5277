/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import CategoryRateChart from "../../src/taskpane/checks/CategoryRateChart";
import { summarizeScores } from "../../src/scoring/summary";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";

it("draws one bar per category, filled to its score out of its cap", () => {
  // Full marks except category 2 (unscored) and 1.1.1 at 20 of 40.
  const rows = OFFICIAL_RUBRIC.criteria.map((c) => ({ code: c.code, score: c.categoryCode === "2" ? null : c.code === "1.1.1" ? 20 : c.points }));
  render(
    <FluentProvider theme={webLightTheme}>
      <CategoryRateChart summary={summarizeScores(rows, OFFICIAL_RUBRIC)} label="各评价项目得分" culture="zh-CN" />
    </FluentProvider>,
  );
  const figure = screen.getByRole("figure", { name: "各评价项目得分" });
  const bars = within(figure).getAllByRole("option");
  expect(bars.map((bar) => bar.getAttribute("aria-label"))).toEqual(["1 领导重视, 120/140.", "2 组织落实, 0/90.", "3 措施到位, 465/465.", "4 成效显著, 305/305."]);
  expect(bars.map((bar) => Number.parseFloat(bar.getAttribute("width") ?? ""))).toEqual([(120 / 140) * 100, 0, 100, 100].map((w) => expect.closeTo(w, 1)));
});
