import type { Locale } from "../table/locale";
import type { GradeBand, VetoCondition } from "../rubric/types";
import { CliError } from "./command";

const TEXT = {
  "zh-CN": {
    badGrades: (value: string) => `--grades 的写法应为“A=90,B=80,C=60,D=0”（等级=最低得分率百分比），现为“${value}”。`,
    badScale: (value: string) => `--scale 应为大于 0 的数字，现为“${value}”。`,
  },
  "en-US": {
    badGrades: (value: string) => `--grades should read "A=90,B=80,C=60,D=0" (grade=lowest score rate in percent); got "${value}".`,
    badScale: (value: string) => `--scale should be a number greater than 0; got "${value}".`,
  },
} as const;

/** `--grades "A=90,B=80,C=60,D=0"` (also 优=90，良=80… with full-width punctuation) as grade bands, in the order given. */
export function parseGrades(value: string | undefined, locale: Locale): GradeBand[] | undefined {
  if (value === undefined) return undefined;
  const parts = value.normalize("NFKC").split(/[,;、]/).map((p) => p.trim()).filter((p) => p !== "");
  const bands = parts.map((part) => {
    const match = /^(.+?)\s*[=:]\s*(\d+(?:\.\d+)?)$/.exec(part);
    return match ? { name: (match[1] as string).trim(), min: Number(match[2]) } : undefined;
  });
  if (bands.length === 0 || bands.some((b) => b === undefined)) throw new CliError(TEXT[locale].badGrades(value));
  return bands as GradeBand[];
}

/** Each `--veto 文本` as a condition, coded V1, V2… in the order given. */
export function parseVeto(values: readonly string[] | undefined): VetoCondition[] | undefined {
  if (values === undefined) return undefined;
  return values.map((text, i) => ({ code: `V${i + 1}`, text: text.trim() }));
}

export function parseScale(value: string | undefined, locale: Locale): number | undefined {
  if (value === undefined) return undefined;
  const scale = Number(value);
  if (!(Number.isFinite(scale) && scale > 0)) throw new CliError(TEXT[locale].badScale(value));
  return scale;
}
