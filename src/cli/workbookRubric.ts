import type { Locale } from "../table/locale";
import { findCarriedSheet } from "../rubric/carried";
import { readCarriedRubrics } from "../rubric/carriedCheck";
import { RubricRegistry } from "../rubric/registry";
import { resolveRubric, type RubricOrigin } from "../rubric/resolve";
import { shippedRubrics } from "../rubric/shipped";
import type { Rubric } from "../rubric/types";
import type { SheetSnapshot } from "../scoring/snapshot";
import { CliError } from "./command";
import { defaultRubric } from "./rubrics";

const TEXT = {
  "zh-CN": {
    unknown: (id: string, sheet: string) =>
      `工作表“${sheet}”记录的评价标准“${id}”既不是本程序自带的，也没有随工作簿携带。请用 --rubric 给出该评价标准的 JSON 文件（可由 qcity rubric import 生成）。`,
  },
  "en-US": {
    unknown: (id: string, sheet: string) =>
      `Sheet "${sheet}" records the rubric "${id}", which is neither shipped with qcity nor carried by the workbook. Give its JSON file with --rubric (qcity rubric import makes one).`,
  },
} as const;

/** Why a sheet cannot be read: its marker's rubric `id` is neither shipped nor carried (say --rubric). */
export function unknownRubricMessage(id: string, sheet: string, locale: Locale): string {
  return TEXT[locale].unknown(id, sheet);
}

/** The rubrics a workbook carries (its QCITY_RUBRIC sheet), from the sheets a reader returned; empty when it carries none. */
export function workbookCarriedRubrics(sheets: readonly { name: string; snapshot: SheetSnapshot }[], locale: Locale): { rubrics: RubricRegistry; problems: readonly string[] } {
  const sheet = findCarriedSheet(sheets);
  return sheet === undefined ? { rubrics: new RubricRegistry(), problems: [] } : readCarriedRubrics(sheet.snapshot.values, locale);
}

/**
 * The rubric `qcity check` and `qcity merge` read a sheet with: `--rubric`
 * when given; else the one the sheet's marker names, carried by the workbook
 * or shipped; else the workbook's only carried rubric, or the default.
 * Throws CliError (exit 2) naming the id when the marker's rubric is unknown.
 */
export function resolveWorkbookRubric(request: {
  readonly option?: Rubric | undefined;
  readonly markerId?: string | undefined;
  readonly sheetName: string;
  readonly carried: RubricRegistry;
  readonly locale: Locale;
}): { rubric: Rubric; origin: RubricOrigin } {
  const resolved = resolveRubric({ option: request.option, markerId: request.markerId, carried: request.carried, shipped: shippedRubrics(), fallback: defaultRubric() });
  if (!resolved.ok) throw new CliError(unknownRubricMessage(resolved.id, request.sheetName, request.locale));
  return { rubric: resolved.rubric, origin: resolved.origin };
}
