/**
 * Whether an Excel formula reads any cell: a total whose formula refers to no
 * cell or name (=1000, ="998", =SUM(1000)) no longer follows the scores.
 */

// One token per alternative, in this order: string literal, quoted sheet name,
// error literal, number, identifier (cell, range, name, function, TRUE), anything else.
const TOKEN =
  /("(?:[^"]|"")*")|('(?:[^']|'')*'!)|(#[A-Za-z0-9/_]+[!?]?)|(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_\\$\u00C0-\uFFFF][\w.$\u00C0-\uFFFF]*)|(\s+)|([^])/gu;

const LOGICAL = /^(TRUE|FALSE)$/i;

/**
 * True when `formula` ("=…", as Office.js `formulas` gives it) refers to a cell,
 * range, row or column range ("1:1"), sheet, table or defined name; false for a
 * formula of constants and functions only. A name followed by "(" is a function.
 */
export function formulaRefersToCells(formula: string): boolean {
  const tokens = [...formula.replace(/^=/, "").matchAll(TOKEN)];
  return tokens.some((token, i) => {
    const [, , sheet, , number, name] = token;
    if (sheet !== undefined) return true;
    const next = nextSignificant(tokens, i);
    if (number !== undefined) return next === ":"; // a row range such as 4:101
    if (name === undefined) return false;
    return next !== "(" && !LOGICAL.test(name);
  });
}

/** The text of the next token that is not white space. */
function nextSignificant(tokens: readonly RegExpMatchArray[], i: number): string | undefined {
  for (let j = i + 1; j < tokens.length; j++) {
    const text = tokens[j]![0];
    if (text.trim() !== "") return text;
  }
  return undefined;
}
