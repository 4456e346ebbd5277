import { rect } from "../table/a1";
import type { Locale } from "../table/locale";
import { officialColumn, type LayoutContext } from "./context";
import type { SheetBuilder } from "./sheetBuilder";
import { FONT_SIZE } from "./styles";
import type { SignOffPlacement } from "./types";

const LABELS: Record<Locale, { assessor: string; reviewer: string; date: string }> = {
  "zh-CN": { assessor: "评价人：", reviewer: "复核人：", date: "日期：" },
  "en-US": { assessor: "Assessor:", reviewer: "Reviewer:", date: "Date:" },
};

/**
 * 评价人：____  复核人：____  日期：____ on the context's sign-off row: labels
 * under 评价项目, 评价准则 and 评价打分, each with a bordered value cell to its
 * right, left empty for the signatures (完成评分 fills 评价人 and 日期).
 */
export function writeSignOff(b: SheetBuilder, ctx: LayoutContext): SignOffPlacement {
  const row = ctx.rows.signOff;
  const labels = LABELS[ctx.locale];
  const cols = [officialColumn(ctx, "category"), officialColumn(ctx, "criterion"), officialColumn(ctx, "guidance")] as const;
  [labels.assessor, labels.reviewer, labels.date].forEach((label, i) => {
    const col = cols[i] as number;
    b.set(row, col, label, FONT_SIZE.info);
    b.style(rect(row, col), { horizontal: "right" });
    b.style(rect(row, col + 1), { border: true, horizontal: "left", input: true });
  });
  b.style(rect(row, 0, row, b.columnCount - 1), { font: { size: FONT_SIZE.info }, vertical: "center" });
  b.minHeight(row, 26);
  return { row, assessorCol: cols[0] + 1, reviewerCol: cols[1] + 1, dateCol: cols[2] + 1 };
}

/** The sign-off label texts, for finding the line on a sheet. */
export const SIGN_OFF_LABELS = LABELS;
