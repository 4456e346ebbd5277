/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "../taskpane/jsdomGaps";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPreview } from "../../src/preview";

describe("the task pane over the memory workbook", () => {
  it("inserts the rubric sheet, then checks it, rechecking after the user types a score over its cap", async () => {
    const container = document.body.appendChild(document.createElement("div"));
    let preview: ReturnType<typeof renderPreview> | undefined;
    act(() => void (preview = renderPreview(container)));
    const { book, root } = preview!;
    await userEvent.click(await screen.findByRole("button", { name: "插入评价表" }));
    expect(await screen.findByText("已插入工作表“质量兴市评价”。")).toBeInTheDocument();
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", "质量兴市评价"]);

    await userEvent.click(screen.getByRole("tab", { name: "检查" }));
    expect(await screen.findByText("已打分 0 / 98")).toBeInTheDocument();
    act(() => book.type("G4", "45"));
    expect(await screen.findByText("1.1.1 得分 45 超过分值 40", {}, { timeout: 3000 })).toBeInTheDocument();
    await waitFor(() => expect(book.active.conditionalFormats.some((f) => f.formula.includes("qcity-check"))).toBe(true));

    await userEvent.click(screen.getByText("1.1.1 得分 45 超过分值 40"));
    await waitFor(() => expect(book.selection).toEqual({ sheetName: "质量兴市评价", address: "G4" }));
    act(() => root.unmount());
    expect(book.watcherCount).toBe(0);
  }, 20_000);
});
