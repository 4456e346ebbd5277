import { StringDecoder } from "node:string_decoder";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { attribute } from "./xmlAttribute";

/**
 * The small parts of an .xlsx package that say where the sheets are and how
 * to read their cells: xl/workbook.xml (sheets, date system), its
 * relationships, xl/styles.xml (number formats) and xl/sharedStrings.xml.
 */

/** A worksheet as xl/workbook.xml lists it, in workbook order. */
export interface PackageSheet {
  readonly name: string;
  /** The relationship id that names its part. */
  readonly rId: string;
}

/** The sheets of xl/workbook.xml in workbook order, and whether dates count from 1904. */
export function workbookSheets(xml: string): { sheets: PackageSheet[]; date1904: boolean } {
  const sheets: PackageSheet[] = [];
  for (const [, attributes] of xml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const name = attribute(attributes as string, "name");
    const rId = attribute(attributes as string, "r:id") ?? attribute(attributes as string, "\\w+:id");
    if (name !== undefined && rId !== undefined) sheets.push({ name, rId });
  }
  const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(xml)?.[1] ?? "";
  const date1904 = /^(1|true)$/.test(attribute(pr, "date1904") ?? "");
  return { sheets, date1904 };
}

/** xl/_rels/workbook.xml.rels: each relationship id's part, as a path inside the package ("xl/worksheets/sheet1.xml"). */
export function workbookParts(xml: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [, attributes] of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const id = attribute(attributes as string, "Id");
    const target = attribute(attributes as string, "Target");
    if (id === undefined || target === undefined) continue;
    parts.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
  }
  return parts;
}

type DefaultFormat = (id: number) => string | undefined;
// ExcelJS's table of Excel's built-in formats (14 = mm-dd-yy…), so that both readers name a format alike.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { getDefaultFmtCode } = require("exceljs/lib/xlsx/xform/style/numfmt-xform") as { getDefaultFmtCode: DefaultFormat };

/** xl/styles.xml: the number format of each cell style index (a cell's `s`), as ExcelJS names it; "General" where none. */
export function styleNumberFormats(xml: string): string[] {
  const custom = new Map<number, string>();
  for (const [, attributes] of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*?)\/?>/g)) {
    const id = Number(attribute(attributes as string, "numFmtId"));
    const code = attribute(attributes as string, "formatCode");
    if (code !== undefined) custom.set(id, code);
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? "";
  return [...cellXfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)].map(([, attributes]) => {
    const id = Number(attribute(attributes as string, "numFmtId") ?? 0);
    return id === 0 ? "General" : (custom.get(id) ?? getDefaultFmtCode(id) ?? "General");
  });
}

/**
 * xl/sharedStrings.xml, in chunks, as plain text per entry: rich-text runs
 * joined, phonetic guides (rPh) left out. Parsed as it streams, so a table
 * of a million strings never sits in memory as one XML text.
 */
export async function sharedStrings(chunks: AsyncIterable<Buffer | string>): Promise<string[]> {
  const strings: string[] = [];
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  const parser = new SaxesParser();
  parser.on("opentag", (tag: SaxesTagPlain) => {
    if (tag.name === "si") current = "";
    else if (tag.name === "rPh") phonetic++;
    else if (tag.name === "t" && phonetic === 0) inText = true;
  });
  parser.on("text", (text: string) => {
    if (inText && current !== undefined) current += text;
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    if (tag.name === "t") inText = false;
    else if (tag.name === "rPh") phonetic--;
    else if (tag.name === "si") {
      strings.push(current ?? "");
      current = undefined;
    }
  });
  const decoder = new StringDecoder("utf8");
  for await (const chunk of chunks) parser.write(typeof chunk === "string" ? chunk : decoder.write(chunk));
  parser.write(decoder.end()).close();
  return strings;
}
