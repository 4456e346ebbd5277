/**
 * @jest-environment jsdom
 */
import "./jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { buildLayout } from "../../src/layout/buildLayout";
import { loadGrid, memoryPorts, MemoryWorkbook } from "../../src/memory";
import { CARRIED_RUBRIC_SHEET } from "../../src/rubric/carried";
import { shippedRubrics } from "../../src/rubric/shipped";
import { uiStrings } from "../../src/i18n";
import type { Locale } from "../../src/table/locale";
import { InsertPanel } from "../../src/taskpane/InsertPanel";
import { OFFICIAL_RUBRIC } from "../helpers/rubrics";
import { typedTableValues } from "../helpers/typedTable";

/** The insert panel over a memory workbook whose active sheet holds `values` (a typed table, or anything else). */
function renderOver(values: unknown[][], locale: Locale = "zh-CN") {
  const book = new MemoryWorkbook(["细则"]);
  loadGrid(book.active, { values: values as never });
  const { actions } = memoryPorts(book, { locale, rubric: OFFICIAL_RUBRIC, build: buildLayout, shipped: shippedRubrics() });
  const inserted: (string | undefined)[] = [];
  const strings = uiStrings(locale);
  const rubrics = { locale, onList: () => actions.listRubrics(), onImport: (options: object) => actions.importSheetRubric({ formulaStyle: "qcity", ...options }) };
  render(
    <FluentProvider theme={webLightTheme}>
      <InsertPanel
        strings={strings.insert}
        errors={strings.errors}
        onInsert={(options, rubricId) => {
          inserted.push(rubricId);
          return actions.insertRubricSheet({ formulaStyle: "qcity", ...options }, rubricId);
        }}
        rubrics={rubrics}
      />
    </FluentProvider>,
  );
  return { book, inserted };
}

const options = (select: HTMLElement) => within(select).getAllByRole("option").map((o) => [o.textContent, (o as HTMLOptionElement).selected]);

describe("the insert tab's rubric picker and 以本表为评价标准", () => {
  it("offers the shipped rubric, imports the typed sheet, offers and selects it, and inserts its sheet", async () => {
    const { book, inserted } = renderOver(typedTableValues());
    const user = userEvent.setup();
    const picker = await screen.findByRole("combobox", { name: "评价标准" });
    expect(options(picker)).toEqual([["质量兴市绩效评价指南（试行）", true]]);

    await user.click(await screen.findByRole("button", { name: "以本表为评价标准" }));
    expect(await screen.findByText("已将“浙江省质量工作考核评分细则”（8 条评价准则，满分 100 分）作为本工作簿的评价标准，并插入工作表“质量兴市评价”。")).toBeTruthy();
    await waitFor(() => expect(options(screen.getByRole("combobox", { name: "评价标准" }))).toHaveLength(2));
    expect(options(screen.getByRole("combobox", { name: "评价标准" }))).toEqual([
      ["质量兴市绩效评价指南（试行）", false],
      ["浙江省质量工作考核评分细则（随本工作簿）", true],
    ]);
    expect(book.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["细则", "Visible"],
      ["质量兴市评价", "Visible"],
      [CARRIED_RUBRIC_SHEET, "VeryHidden"],
    ]);

    await user.click(screen.getByRole("button", { name: "插入评价表" }));
    expect(await screen.findByText("已插入工作表“质量兴市评价 (2)”。")).toBeTruthy();
    expect(inserted).toEqual([expect.stringMatching(/^sheet-[0-9a-f]{8}$/)]);
    expect(book.sheet("质量兴市评价 (2)").cell(4, 4).value).toBe(10);

    await user.selectOptions(screen.getByRole("combobox", { name: "评价标准" }), "aqsiq-2009");
    await user.click(screen.getByRole("button", { name: "插入评价表" }));
    expect(await screen.findByText("已插入工作表“质量兴市评价 (3)”。")).toBeTruthy();
    expect(inserted[1]).toBe("aqsiq-2009");
    // The workbook's functions score the carried provincial rubric: the 2009 sheet gets native totals, and the pane says so.
    expect(screen.getByText("本工作簿的 QCITY 函数按它携带的另一评价标准计分，此表的总分已写成普通公式（SUMIF）。")).toBeTruthy();
  });

  it("lists every problem of a table that is not a rubric, and inserts nothing", async () => {
    const values = typedTableValues();
    values[2]![0] = "1质量工作组织（40分）";
    values[3]![4] = "";
    const { book } = renderOver(values);
    await userEvent.setup().click(await screen.findByRole("button", { name: "以本表为评价标准" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("工作表“细则”有 2 处问题，不能作为评价标准，未写入任何内容：")).toBeTruthy();
    expect(within(alert).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["E4：分值应为大于 0 的数字（现为“”）", "A3：印出的分值 40 分与其下评价准则分值之和 25 分不符"]);
    expect(book.sheets.map((s) => s.name)).toEqual(["细则"]);
  });

  it("speaks English on an en-US pane", async () => {
    renderOver([["Minutes of the meeting"]], "en-US");
    expect(await screen.findByRole("combobox", { name: "Rubric" })).toBeTruthy();
    await userEvent.setup().click(await screen.findByRole("button", { name: "Use this table as the rubric" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(/^Sheet "细则" has 1 problem and cannot be the rubric; nothing was written:/)).toBeTruthy();
    expect(within(alert).getAllByRole("listitem")[0]?.textContent).toMatch(/^No header row found/);
  });
});
