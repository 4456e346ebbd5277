import type { Rubric } from "../rubric/types";
import { nativeScoreRate, nativeSectionTotal } from "./totalFormulas";

/** A QCITY.* call found in formula text: its name, its top-level argument texts and where it ends. */
interface Call {
  readonly name: string;
  readonly args: string[];
  readonly end: number;
}

const CALL_START = /QCITY\.([A-Z]+)\s*\(/iy;
const NAME_CHAR = /[A-Za-z0-9_.\\]/;

/**
 * Rewrites a formula's QCITY totals as native formulas that give the same
 * numbers, so the sheet can be shared with people who do not have the add-in
 * (the task pane's "转换为普通公式"):
 *   QCITY.TOTAL(c,s)               → SUM(s)
 *   QCITY.SECTIONTOTAL("3",c,s)    → SUMIF(c,"3.*",s)
 *   QCITY.SCORERATE("3",c,s)       → SUMIF(c,"3.*",s)/465   (the section's cap, points)
 *   QCITY.MAXPOINTS("3")           → 465
 * Accepts text with or without the leading "=" and keeps it. Returns undefined
 * when the formula holds no QCITY call, or one that has no exact native
 * equivalent (CHECK, PROGRESS, a section given by a cell reference, a section
 * the rubric does not have, a wrong argument count). The native form sums
 * number cells only; it does not reject over-cap or text scores as QCITY does.
 */
export function toNativeFormula(formula: string, rubric: Rubric): string | undefined {
  const rewritten = rewrite(formula, rubric);
  return rewritten === undefined || rewritten === formula ? undefined : rewritten;
}

/** Rewrites every QCITY call in `text`; undefined when one cannot be rewritten. */
function rewrite(text: string, rubric: Rubric): string | undefined {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"' || ch === "'") {
      const end = skipQuoted(text, i);
      out += text.slice(i, end);
      i = end;
      continue;
    }
    const call = i > 0 && NAME_CHAR.test(text[i - 1] as string) ? undefined : readCall(text, i);
    if (call === undefined) {
      out += ch;
      i++;
      continue;
    }
    const args: string[] = [];
    for (const arg of call.args) {
      const inner = rewrite(arg, rubric);
      if (inner === undefined) return undefined;
      args.push(inner);
    }
    const native = nativeCall(call.name, args, rubric);
    if (native === undefined) return undefined;
    // A quotient inside a larger expression keeps its own parentheses (x/QCITY.SCORERATE(…)).
    const whole = /^=?\s*$/.test(text.slice(0, i)) && text.slice(call.end).trim() === "";
    out += native.quotient && !whole ? `(${native.text})` : native.text;
    i = call.end;
  }
  return out;
}

/** The end index (exclusive) of a "…" string or a '…' sheet name starting at `start`; doubled quotes escape. */
function skipQuoted(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/** A QCITY call starting at `start`, with its arguments split at top-level commas. */
function readCall(text: string, start: number): Call | undefined {
  CALL_START.lastIndex = start;
  const head = CALL_START.exec(text);
  if (head === null) return undefined;
  const args: string[] = [];
  let depth = 0;
  let argStart = CALL_START.lastIndex;
  let i = argStart;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      i = skipQuoted(text, i);
      continue;
    }
    if (ch === "(" || ch === "{") depth++;
    else if ((ch === ")" || ch === "}") && depth > 0) depth--;
    else if (ch === ")") {
      const last = text.slice(argStart, i);
      if (args.length > 0 || last.trim() !== "") args.push(last.trim());
      return { name: (head[1] as string).toUpperCase(), args, end: i + 1 };
    } else if (ch === "," && depth === 0) {
      args.push(text.slice(argStart, i).trim());
      argStart = i + 1;
    }
    i++;
  }
  return undefined;
}

/** The section code of a literal argument: "3.6" or a whole number such as 3; undefined otherwise. */
function literalSection(arg: string): string | undefined {
  const text = /^"((?:[^"]|"")*)"$/.exec(arg);
  if (text) return (text[1] as string).replace(/""/g, '"').trim();
  return /^\d+$/.test(arg) ? arg : undefined;
}

/** The rubric's cap (points) for a section, "" and "total" meaning the whole rubric. */
function capOf(section: string, rubric: Rubric): number | undefined {
  if (section === "" || section.toLowerCase() === "total") return rubric.totalPoints;
  return rubric.find(section)?.points;
}

/** The native text of one call; `quotient` when it is a division that needs parentheses inside an expression. */
function nativeCall(name: string, args: readonly string[], rubric: Rubric): { text: string; quotient: boolean } | undefined {
  if (name === "TOTAL" && args.length === 2) return { text: nativeSectionTotal("", args[0] as string, args[1] as string, rubric), quotient: false };
  if (name === "MAXPOINTS" && args.length <= 1) {
    const section = args.length === 0 ? "" : literalSection(args[0] as string);
    const cap = section === undefined ? undefined : capOf(section, rubric);
    return cap === undefined ? undefined : { text: String(cap), quotient: false };
  }
  if ((name === "SECTIONTOTAL" || name === "SCORERATE") && args.length === 3) {
    const section = literalSection(args[0] as string);
    if (section === undefined || section.toLowerCase() === "total") return undefined;
    const cap = capOf(section, rubric);
    if (cap === undefined) return undefined;
    return name === "SECTIONTOTAL"
      ? { text: nativeSectionTotal(section, args[1] as string, args[2] as string, rubric), quotient: false }
      : { text: nativeScoreRate(section, cap, args[1] as string, args[2] as string, rubric), quotient: true };
  }
  return undefined;
}
