/**
 * Text folded for matching header titles, labels and criterion text: NFKC
 * (full-width letters, digits and brackets, U+3000 spaces), no spaces or line
 * breaks, lower case. "得　分" and "得分" fold alike, as do "Ｓｃｏｒｅ" and "score".
 */
export function foldText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/** A trailing unit or note in brackets, e.g. "（分）", "(分)", "【必填】"; NFKC has already made full-width brackets ASCII. */
const TRAILING_NOTE = /[(\[【][^()[\]【】]{1,12}[)\]】]$/;

/** A header title folded for matching by its words alone: foldText, then without a trailing unit in brackets ("分值（分）" is 分值). */
export function foldTitle(text: string): string {
  return foldText(text).replace(TRAILING_NOTE, "");
}
