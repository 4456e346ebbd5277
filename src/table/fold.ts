/**
 * Text folded for matching header titles, labels and criterion text: NFKC
 * (full-width letters, digits and brackets, U+3000 spaces), no spaces or line
 * breaks, lower case. "得　分" and "得分" fold alike, as do "Ｓｃｏｒｅ" and "score".
 */
export function foldText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}
