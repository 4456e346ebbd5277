import type { Locale } from "../table/locale";
import { shippedRubrics } from "../rubric/shipped";
import type { Rubric } from "../rubric/types";
import { loadRubricFile } from "./rubricFile";
import { resolve } from "node:path";

/** The rubric `qcity` uses when neither `--rubric` nor the workbook names one: the 2009 guide. */
export const DEFAULT_RUBRIC_ID = "aqsiq-2009";

/** The default rubric, from the shipped data files. */
export function defaultRubric(): Rubric {
  const rubric = shippedRubrics().get(DEFAULT_RUBRIC_ID);
  if (rubric === undefined) throw new Error(`The shipped rubrics have no ${DEFAULT_RUBRIC_ID}`);
  return rubric;
}

/** `--rubric FILE.json` read and validated, or the default rubric without it. Throws CliError listing the file's issues. */
export async function rubricOption(value: string | undefined, cwd: string, locale: Locale): Promise<Rubric> {
  return value === undefined ? defaultRubric() : loadRubricFile(resolve(cwd, value), value, locale);
}
