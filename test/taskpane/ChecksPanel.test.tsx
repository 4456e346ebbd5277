/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ChecksPanel } from "../../src/taskpane/checks/ChecksPanel";
import { uiStrings } from "../../src/i18n";
import type { Locale } from "../../src/table/locale";
import type { GridValue } from "../../src/table/grid";
import { FIRST_CRITERION_ROW, fullMarks, officialGrid } from "../helpers/officialGrid";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { memoryChecks } from "./memoryChecks";
import { panelBook } from "../helpers/panelBook";

const row = (code: string) => OFFICIAL_RUBRIC.criterion(code)!.index + FIRST_CRITERION_ROW + 1;
const scored = (scores: Record<string, GridValue>, evidence: Record<string, GridValue> = {}) => {
  const base = fullMarks();
  return officialGrid({ scores: { ...base.scores, ...scores }, evidence: { ...base.evidence, ...evidence } });
};

function renderPanel(fake: ReturnType<typeof memoryChecks>, locale: Locale = "zh-CN") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ChecksPanel api={fake.api} locale={locale} errors={uiStrings(locale).errors} debounceMs={10} />
    </FluentProvider>,
  );
}

describe("ChecksPanel", () => {
  it("lists the findings grouped by kind with counts, in Chinese", async () => {
    renderPanel(memoryChecks(scored({ "1.1.1": 45, "1.2.1": 25 }, { "2.1.1": "" })));
    expect(await screen.findByRole("button", { name: /^超过分值\s*2$/ })).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("button", { name: /^缺少佐证材料\s*1$/ })).toBeInTheDocument();
    expect(screen.getByText("1.1.1 得分 45 超过分值 40")).toBeInTheDocument();
  });

  it("selects the cell of a clicked finding", async () => {
    const fake = memoryChecks(scored({ "1.1.1": 45 }));
    renderPanel(fake);
    await userEvent.click(await screen.findByText("1.1.1 得分 45 超过分值 40"));
    expect(fake.api.select).toHaveBeenCalledWith("质量兴市评价", `G${row("1.1.1")}`);
  });

  it("shows per-category score / cap, the total / 1000 and the scored count / 98", async () => {
    renderPanel(memoryChecks(officialGrid({ scores: { "1.1.1": 30, "3.6.2": 2.5 } })));
    const summary = await screen.findByRole("region", { name: "得分汇总" });
    // The chart (loaded on first show; progress bars until then): one bar per category.
    const bars = await within(summary).findAllByRole("option");
    expect(bars.map((bar) => bar.getAttribute("aria-label"))).toEqual(["1 领导重视, 30/140.", "2 组织落实, 0/90.", "3 措施到位, 2.5/465.", "4 成效显著, 0/305."]);
    expect(within(summary).getByText("总评分 32.5 / 1000")).toBeInTheDocument();
    expect(within(summary).getByText("已打分 2 / 98")).toBeInTheDocument();
    expect(within(summary).queryAllByRole("progressbar")).toHaveLength(0);
  });

  it("speaks English when Office's display language is English", async () => {
    renderPanel(memoryChecks(scored({ "1.1.1": 45 }), "en-US"), "en-US");
    expect(await screen.findByRole("button", { name: /^Over the cap\s*1$/ })).toBeInTheDocument();
    expect(screen.getByText("1.1.1: score 45 exceeds the cap of 40 points")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Check again" })).toBeInTheDocument();
  });

  it("rechecks when the watcher reports a change", async () => {
    const fake = memoryChecks(scored({}));
    renderPanel(fake);
    expect(await screen.findByText("工作表“质量兴市评价”没有发现问题。")).toBeInTheDocument();
    fake.edit(scored({ "4.7.1": 99 }));
    expect(await screen.findByText(/4\.7\.1 得分 99 超过分值/)).toBeInTheDocument();
  });

  it("says once, in one line, that some conditional formats could not be read, and still lists the findings", async () => {
    const fake = memoryChecks(scored({ "1.1.1": 45 }));
    const check = fake.api.check.getMockImplementation()!;
    fake.api.check.mockImplementation(async (options: { highlight: boolean }) => ({ ...(await check(options)), unreadableFormats: 2 }));
    renderPanel(fake);
    expect(await screen.findByText(/1\.1\.1 得分 45 超过分值/)).toBeInTheDocument();
    expect(screen.getAllByText("Excel 无法读取此工作表的 2 条条件格式规则，已跳过；检查照常进行，但其中若有本加载项的突出显示，可能未更新。")).toHaveLength(1);
  });

  it("says when the sheet holds no table", async () => {
    renderPanel(memoryChecks({ values: [["姓名", "成绩"]] }));
    expect(await screen.findByText(/工作表“质量兴市评价”中没有找到评价表/)).toBeInTheDocument();
  });

  it("asks the user to finish cell editing, then retries the check", async () => {
    const fake = memoryChecks(scored({ "1.1.1": 45 }));
    const editMode = Object.assign(new Error("cell-edit mode"), { code: "InvalidOperationInCellEditMode" });
    fake.api.check.mockRejectedValueOnce(editMode);
    renderPanel(fake);
    expect(await screen.findByText("Excel 正处于单元格编辑状态。请按 Enter 或 Esc 完成编辑，完成后将自动继续。")).toBeInTheDocument();
    expect(await screen.findByText("1.1.1 得分 45 超过分值 40", {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.queryByText(/请按 Enter 或 Esc 完成编辑/)).not.toBeInTheDocument();
  });

  it("shows an error rather than dropping a failed action", async () => {
    const fake = memoryChecks(scored({}));
    fake.api.clearHighlights.mockRejectedValueOnce(new Error("GeneralException"));
    renderPanel(fake);
    await userEvent.click(await screen.findByRole("button", { name: "清除突出显示" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Excel 报告错误：GeneralException");
  });

  it("clears highlights, and later checks leave them off until 重新检查", async () => {
    const fake = memoryChecks(scored({ "1.1.1": 45 }, { "2.1.1": "" }));
    renderPanel(fake);
    await screen.findByText("1.1.1 得分 45 超过分值 40");
    // One conditional format per severity: the score over its cap, the missing evidence.
    expect(fake.book.active.conditionalFormats.map((f) => f.fill)).toEqual(["#FFC7CE", "#FFEB9C"]);
    await userEvent.click(await screen.findByRole("button", { name: "清除突出显示" }));
    expect(await screen.findByText("已清除 2 处突出显示。")).toBeInTheDocument();
    expect(fake.book.active.conditionalFormats).toEqual([]);
    fake.edit(scored({ "1.1.1": 46 }));
    await waitFor(() => expect(fake.api.check).toHaveBeenLastCalledWith({ highlight: false }));
    await userEvent.click(screen.getByRole("button", { name: "重新检查" }));
    await waitFor(() => expect(fake.api.check).toHaveBeenLastCalledWith({ highlight: true }));
  });

  it("converts the listed number-like text and reports the count", async () => {
    const fake = memoryChecks(scored({ "1.1.1": "３０", "2.1.1": "好" }, {}));
    renderPanel(fake);
    const button = await screen.findByRole("button", { name: "转换文本数字" });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    expect(fake.api.fixNumberText).toHaveBeenCalledWith("质量兴市评价", [
      { address: `G${row("1.1.1")}`, row: row("1.1.1") - 1, col: 6, code: "1.1.1", text: "３０", value: 30 },
    ]);
    expect(await screen.findByText("已将 1 个单元格转换为数字。")).toBeInTheDocument();
  });

  it("offers to add evidence columns only when they are missing, and adds them", async () => {
    const withColumns = memoryChecks(scored({}));
    const { unmount } = renderPanel(withColumns);
    await screen.findByText(/没有发现问题/);
    expect(screen.getByRole("button", { name: "添加佐证材料列" })).toBeDisabled();
    unmount();

    const official7 = ["category", "item", "criterion", "method", "points", "guidance", "score"] as const;
    const without = memoryChecks(officialGrid({ columns: official7, scores: fullMarks().scores }));
    renderPanel(without);
    const button = await screen.findByRole("button", { name: "添加佐证材料列" });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    expect(without.api.addEvidenceColumns).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("已在 H:I 列添加佐证材料、扣分说明。")).toBeInTheDocument();
    expect(without.book.active.cell(2, 7).value).toBe("佐证材料");
    expect(without.book.active.cell(2, 8).value).toBe("扣分说明");
  });

  it("says why it refused to add evidence columns", async () => {
    const official7 = ["category", "item", "criterion", "method", "points", "guidance", "score"] as const;
    const fake = memoryChecks(officialGrid({ columns: official7, scores: fullMarks().scores }));
    fake.api.addEvidenceColumns.mockResolvedValueOnce({ status: "refused", reason: "already-present" });
    renderPanel(fake);
    const button = await screen.findByRole("button", { name: "添加佐证材料列" });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    expect(await screen.findByText("佐证材料和扣分说明列都已存在，未做改动。")).toBeInTheDocument();
  });
});

describe("ChecksPanel groups", () => {
  it("opens an error group that appears on a recheck, and keeps a group the user opened open", async () => {
    const fake = memoryChecks(scored({}, { "2.1.1": "" }));
    renderPanel(fake);
    const warning = await screen.findByRole("button", { name: /^缺少佐证材料\s*1$/ });
    expect(warning).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(warning);
    expect(warning).toHaveAttribute("aria-expanded", "true");
    fake.edit(scored({ "1.1.1": 45 }, { "2.1.1": "" }));
    expect(await screen.findByRole("button", { name: /^超过分值\s*1$/ })).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("button", { name: /^缺少佐证材料\s*1$/ })).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText("1.1.1 得分 45 超过分值 40")).toBeVisible();
  });
});

describe("ChecksPanel on a panel summary", () => {
  it("shows the method, each member's total and the panel findings", async () => {
    const { memoryPorts } = await import("../../src/memory");
    const { buildLayout } = await import("../../src/layout/buildLayout");
    const book = panelBook([["张三", 10], ["李四", 4]], "median", 10);
    const api = memoryPorts(book, { locale: "zh-CN", rubric: OFFICIAL_RUBRIC, build: buildLayout }).checks;
    render(
      <FluentProvider theme={webLightTheme}>
        <ChecksPanel api={api} locale="zh-CN" errors={uiStrings("zh-CN").errors} debounceMs={10} />
      </FluentProvider>,
    );
    const panel = await screen.findByRole("region", { name: "评审问题" });
    expect(within(panel).getByText("汇总方法：中位数。专家分歧阈值 30%，自评偏高阈值 30%（占分值）。")).toBeInTheDocument();
    const rows = within(panel).getAllByRole("row").map((r) => r.textContent);
    expect(rows).toEqual(["评价人合计已打分", "张三100098 / 98", "李四99498 / 98", "自评100098 / 98"]);
    expect(within(panel).getByRole("button", { name: /^专家分歧\s*1$/ })).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole("button", { name: /^专家分歧\s*1$/ }));
    expect(within(panel).getByText("3.6.2 专家分歧：张三 10、李四 4（极差 6，超过分值 10 的 30%）")).toBeInTheDocument();
    // Median of two scores is their mean: 7 on 3.6.2, 997 in all.
    expect(await screen.findByText("总评分 997 / 1000")).toBeInTheDocument();
  });
});
