import { panelLayouts } from "../../src/layout/panel/panelLayouts";
import type { ConsensusMethod } from "../../src/scoring/panel/consensus";
import { MemoryWorkbook, writeLayout } from "../../src/memory";
import { OFFICIAL_RUBRIC } from "./rubrics";

/** One member's sheet: full marks with evidence everywhere, but `split` points on 3.6.2 (cap 10). */
function entries(split: number) {
  return new Map(OFFICIAL_RUBRIC.criteria.map((c) => [c.code, { score: c.code === "3.6.2" ? split : c.points, evidence: "材料", note: null }]));
}

/**
 * A panel workbook in memory as the 评审 tab writes it: the summary (active), the
 * self-assessment when `self` is given, and each expert's sheet, named after
 * them, scored as `entries` says. `experts`: [name, score on 3.6.2].
 */
export function panelBook(experts: readonly (readonly [string, number])[], method: ConsensusMethod, self?: number): MemoryWorkbook {
  const { sheets } = panelLayouts(OFFICIAL_RUBRIC, {
    experts: experts.map(([name, split]) => ({ name, sheetName: name, entries: entries(split) })),
    ...(self !== undefined && { self: { name: "自评", sheetName: "自评表", entries: entries(self) } }),
    method,
  });
  const book = new MemoryWorkbook(sheets.map((s) => s.sheetName));
  sheets.forEach((layout) => writeLayout(book.sheet(layout.sheetName), layout));
  book.activate("汇总表");
  return book;
}
