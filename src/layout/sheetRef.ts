/**
 * References to another worksheet in a formula, e.g. the summary's
 * `='张三'!G5`. Excel, LibreOffice and ExcelJS agree on this form.
 */

/** Names that Excel writes bare: letters (Latin or Han), digits, `_` and `.`, not starting with a digit. */
const BARE = /^[A-Za-z_\p{Script=Han}][A-Za-z0-9_.\p{Script=Han}]*$/u;
/** Names that read as a cell (A1 style up to XFD, or R1C1 style) or a boolean must be quoted even when bare. */
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|R\d*C?\d*|C\d*|TRUE|FALSE)$/i;

/**
 * The sheet name as a formula writes it: bare when that is unambiguous
 * (质量兴市评价, Expert_1), else in single quotes with each apostrophe doubled:
 * names with spaces, punctuation (阿依古丽·买买提), a leading digit, or that
 * look like a cell reference: 'O''Neil Chen', '2024 专家', 'A1'.
 */
export function formulaSheetName(name: string): string {
  if (BARE.test(name) && !LOOKS_LIKE_REFERENCE.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** A reference to `address` (A1, e.g. "G5" or "$G$5:$G$102") on sheet `name`: 张三!G5, 'O''Neil Chen'!G5. */
export function sheetReference(name: string, address: string): string {
  return `${formulaSheetName(name)}!${address}`;
}
