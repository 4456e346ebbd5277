import { tableCsv } from "../../src/cli/collect/csv";
import type { OutputTable } from "../../src/cli/collect/tables";

const table = (rows: OutputTable["rows"]): OutputTable => ({ sheetName: "汇总", columns: rows[0]!.map((_, i) => ({ title: `c${i}`, key: `c${i}`, width: 10 })), rows });
const body = (csv: string) => csv.slice(1).split("\r\n").slice(1, -1);

describe("tableCsv escapes text a spreadsheet would run as a formula", () => {
  it("puts an apostrophe before text that starts with = + - @, a tab or a carriage return, and keeps numbers as numbers", () => {
    const csv = tableCsv(table([["=1+1", -3, "-3", "+86 571", "@SUM(A1)", "\tcmd", "\r=1", "杭州市", 95.5, null]]));
    expect(body(csv)).toEqual([`'=1+1,-3,'-3,'+86 571,'@SUM(A1),'\tcmd,"'\r=1",杭州市,95.5,`]);
  });

  it("quotes an escaped field that holds a comma or a quote, apostrophe inside the quotes", () => {
    expect(body(tableCsv(table([['=HYPERLINK("http://x","点我")', "a,b"]])))).toEqual([`"'=HYPERLINK(""http://x"",""点我"")","a,b"`]);
  });
});
