import { foldText } from "./fold";
import { LOCALES } from "./locale";
import { COLUMN_KINDS, type ColumnKind, type ColumnRole, type TableColumn } from "./schema";

/**
 * A trailing note in brackets, e.g. "（分）", "(张三)", "【必填】"; NFKC has already made full-width brackets ASCII.
 * The note runs from the first opening bracket after the title to the last closing one, so an assessor's name may hold
 * brackets itself (得分（张三（组长））) and be as long as a name can be.
 */
const TRAILING_NOTE = /^(.+?)\s*[(\[【](.{1,100})[)\]】]$/;

/** "专家：张三", "评审专家:张三", "Expert: Zhang San": one assessor's score column. */
const EXPERT_PREFIX = /^(?:评审专家|专家|评审人|评委|expert|assessor)\s*[:：]\s*(.+)$/i;

/**
 * A bracket note that is a unit or an instruction, not a name: "（分）", "（10分）", "（满分10分）", "（0-10）",
 * "(points)", "(10 pts)", "【必填】". A name may hold digits or 分 ("专家1", "2024 王五", "张分"): only a
 * number, a range of numbers or points with nothing else is a unit.
 */
const UNIT_NOTE = /^(?:满分)?\s*[\d.]*\s*分$|^[\d.\s\-~～–]+分?$|^[\d.\s]*(?:points?|pts)$|^(?:必填|选填|填写|必须填写|请填写)$/i;

/** A bracket note that marks the self-assessment: 得分（自评）. */
const SELF_NOTE = /^(?:自评|self|self-assessment)$/i;

const ROLE_OF_TITLE = new Map<string, ColumnRole>(
  (Object.values(COLUMN_KINDS) as ColumnKind[])
    .filter((kind) => kind.role !== "assessor-score")
    .flatMap((kind) => [...LOCALES.map((locale) => kind.titles[locale]), ...kind.aliases].map((title): [string, ColumnRole] => [foldText(title), kind.role])),
);

function assessorColumn(name: string): TableColumn {
  return { ...COLUMN_KINDS["assessor-score"], assessor: name };
}

/**
 * The column a header cell names, in either language, or undefined. Spaces,
 * full-width forms and case do not matter; a unit or note in brackets is
 * allowed ("得分（分）" is 得分, "佐证材料【必填】" is 佐证材料). A name in
 * brackets after 得分 or 评分, or after "专家：", makes the column that
 * assessor's score ("得分（张三）", "专家：张三", "Score (Zhang San)");
 * "自评得分" and "得分（自评）" are the self-assessment. The assessor's name is
 * returned as written (NFKC, trimmed). An assessor column carries no range name:
 * the writer numbers them.
 */
export function columnOfTitle(value: unknown): TableColumn | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.normalize("NFKC").trim();
  const exact = ROLE_OF_TITLE.get(foldText(text));
  if (exact !== undefined) return COLUMN_KINDS[exact];

  const expert = EXPERT_PREFIX.exec(text);
  if (expert) return assessorColumn((expert[1] as string).trim());

  const noted = TRAILING_NOTE.exec(text);
  if (!noted) return undefined;
  const role = ROLE_OF_TITLE.get(foldText(noted[1] as string));
  if (role === undefined) return undefined;
  const note = (noted[2] as string).trim();
  if (role !== "score" || UNIT_NOTE.test(note) || note === "") return COLUMN_KINDS[role];
  if (SELF_NOTE.test(note)) return COLUMN_KINDS["self-score"];
  return assessorColumn(note);
}
