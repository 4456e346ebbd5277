import { rect } from "../table/a1";
import type { LayoutContext } from "./context";
import type { PrintSetup } from "./types";

/** A4 landscape, all columns on one page, title and header rows repeated, "第 &P 页 共 &N 页" centred in the footer. */
export function printSetup(ctx: LayoutContext, columnCount: number): PrintSetup {
  return {
    paperSize: "A4",
    orientation: "landscape",
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: { first: ctx.rows.title, last: ctx.rows.header },
    footerCenter: ctx.text.footer,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    horizontalCentered: true,
    printArea: rect(0, 0, ctx.rows.count - 1, columnCount - 1),
  };
}
