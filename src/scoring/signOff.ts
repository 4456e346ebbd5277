import { SIGN_OFF_LABELS } from "../layout/signOffBlock";
import type { Grid, GridValue } from "../table/grid";
import { foldText } from "../table/fold";
import { excelSerialToDate, isDateNumberFormat, readerDateToSerial } from "./dateFormat";

/** The sign-off line as filled on a sheet: 评价人, 复核人 and 日期 as text, "" where blank or absent. */
export interface SignOff {
  readonly assessor: string;
  readonly reviewer: string;
  /** YYYY-MM-DD for a date cell; the text as written otherwise. */
  readonly date: string;
}

export const BLANK_SIGN_OFF: SignOff = { assessor: "", reviewer: "", date: "" };

type Field = keyof SignOff;

/** A folded label (either locale's, colon optional) → its field. */
const LABEL_FIELDS = new Map<string, Field>(
  Object.values(SIGN_OFF_LABELS).flatMap((labels) => (["assessor", "reviewer", "date"] as const).map((field) => [bare(labels[field]), field] as const)),
);

/** A label folded, without its trailing colon: "评价人：" and "评价人" alike. */
function bare(text: string): string {
  return foldText(text).replace(/:$/, "");
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A value cell as text: a date (a reader's Date, or a serial in a date format) as YYYY-MM-DD. */
function valueText(value: GridValue, format: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const date = Number.isNaN(value.getTime()) ? undefined : excelSerialToDate(readerDateToSerial(value));
    return date === undefined ? "" : isoDate(date);
  }
  if (typeof value === "number" && isDateNumberFormat(format)) {
    const date = excelSerialToDate(value);
    return date === undefined ? String(value) : isoDate(date);
  }
  return String(value).trim();
}

/**
 * Reads the sign-off line (评价人：____ 复核人：____ 日期：____, see
 * layout/signOffBlock.ts) from rows `from` on of a sheet's values: each
 * label (either locale's, full-width or not, colon optional) and the cell
 * just right of it; a label cell that goes on after its colon ("评价人：张三")
 * is its own value. The first filled value of each field wins.
 * `numberFormats`: the cells' formats, so that a date serial reads as a date.
 */
export function readSignOff(values: Grid, from: number, numberFormats?: readonly (readonly unknown[])[]): SignOff {
  const found: Record<Field, string> = { assessor: "", reviewer: "", date: "" };
  for (let r = Math.max(0, from); r < values.length; r += 1) {
    const line = values[r] ?? [];
    line.forEach((cell, c) => {
      if (typeof cell !== "string") return;
      const split = /^([^:：]*)[:：](.*)$/s.exec(cell.trim());
      const field = LABEL_FIELDS.get(bare(split?.[1] ?? cell));
      if (field === undefined || found[field] !== "") return;
      const inline = (split?.[2] ?? "").trim();
      found[field] = inline !== "" ? inline : valueText(line[c + 1], numberFormats?.[r]?.[c + 1]);
    });
  }
  return found;
}
