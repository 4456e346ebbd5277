/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { ChecksPanel } from "../../src/taskpane/checks/ChecksPanel";
import { uiStrings } from "../../src/i18n";
import { insertColumn } from "../helpers/layoutGrid";
import { ALL_COLUMNS, HEADER_ROW, fullMarks, officialGrid } from "../helpers/officialGrid";
import { memoryChecks } from "./memoryChecks";

describe("ChecksPanel with no table it can check", () => {
  it("names a header title that appears twice and its columns, and lists no findings", async () => {
    const grid = insertColumn(officialGrid(fullMarks()).values, ALL_COLUMNS.indexOf("score"), "得分", HEADER_ROW);
    render(
      <FluentProvider theme={webLightTheme}>
        <ChecksPanel api={memoryChecks({ values: grid }).api} locale="zh-CN" errors={uiStrings("zh-CN").errors} debounceMs={10} />
      </FluentProvider>,
    );
    expect(
      await screen.findByText("工作表“质量兴市评价”中的评价表无法检查：表头“得分”出现了 2 次（G 列、H 列），无法确定检查哪一列。请删除多余的列或给它改名，再检查。"),
    ).toBeInTheDocument();
    expect(screen.queryByText(/未打分/)).not.toBeInTheDocument();
  });
});
