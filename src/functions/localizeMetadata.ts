/**
 * Builds the functions.json of another Office display language from the one
 * custom-functions-metadata generates (zh-CN, from the JSDoc in functions.ts).
 * Excel reads localized metadata from a separate file per locale, chosen by
 * the manifest's `<Override Locale>` on the metadata URL resource.
 */

export interface ParameterMetadata {
  readonly name: string;
  readonly description?: string;
  readonly [key: string]: unknown;
}

export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly [key: string]: unknown;
}

export interface FunctionsMetadata {
  readonly functions: readonly FunctionMetadata[];
  readonly [key: string]: unknown;
}

/** One function's words in the target language; `name` only when it differs. */
export interface FunctionTranslation {
  readonly name?: string;
  readonly description: string;
  /** Description of each parameter, by parameter name. */
  readonly parameters: Readonly<Record<string, string>>;
}

/** Translations by function id. */
export type MetadataTranslations = Readonly<Record<string, FunctionTranslation>>;

/**
 * The metadata with every description (and, where given, name) replaced by its
 * translation; ids, types, dimensionality and options are kept as they are.
 * Throws an Error naming the function or parameter when a translation is
 * missing or names one that does not exist, so the two cannot drift apart.
 */
export function localizeMetadata(metadata: FunctionsMetadata, translations: MetadataTranslations): FunctionsMetadata {
  const ids = new Set(metadata.functions.map((f) => f.id));
  const stray = Object.keys(translations).filter((id) => !ids.has(id));
  if (stray.length > 0) throw new Error(`Translations name functions that do not exist: ${stray.join(", ")}`);
  const functions = metadata.functions.map((fn): FunctionMetadata => {
    const translation = translations[fn.id];
    if (translation === undefined) throw new Error(`No translation for function ${fn.id}`);
    const names = new Set(fn.parameters.map((p) => p.name));
    const strayParameters = Object.keys(translation.parameters).filter((name) => !names.has(name));
    if (strayParameters.length > 0) throw new Error(`Translation of ${fn.id} names parameters that do not exist: ${strayParameters.join(", ")}`);
    const parameters = fn.parameters.map((p): ParameterMetadata => {
      const description = translation.parameters[p.name];
      if (description === undefined) throw new Error(`No translation for parameter ${p.name} of ${fn.id}`);
      return { ...p, description };
    });
    return { ...fn, name: translation.name ?? fn.name, description: translation.description, parameters };
  });
  return { ...metadata, functions };
}
