// Emits functions.<locale>.json beside the functions.json that custom-functions-metadata-plugin
// generates from the JSDoc (zh-CN). The manifest points Excel at it through <bt:Override Locale>.
// With `clean`, functions.json itself is rewritten first (e.g. without unused flags), and the
// localized file is made from the cleaned one.
const { Compilation, sources } = require("webpack");

class LocalizedFunctionsMetadataPlugin {
  /**
   * @param {{ source: string, output: string, load: () => { localize: (metadata: object, translations: object) => object, translations: object, clean?: (metadata: object) => object } }} options
   *   `load` is called at build time only, so requiring the config stays cheap.
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const name = "LocalizedFunctionsMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const generated = compilation.getAsset(this.options.source);
        if (!generated) {
          compilation.errors.push(new Error(`${name}: ${this.options.source} was not generated`));
          return;
        }
        try {
          const { localize, translations, clean } = this.options.load();
          let metadata = JSON.parse(generated.source.source().toString());
          if (clean) {
            metadata = clean(metadata);
            compilation.updateAsset(this.options.source, new sources.RawSource(JSON.stringify(metadata, null, 2)));
          }
          const localized = localize(metadata, translations);
          compilation.emitAsset(this.options.output, new sources.RawSource(JSON.stringify(localized, null, 2)));
        } catch (error) {
          compilation.errors.push(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
  }
}

module.exports = { LocalizedFunctionsMetadataPlugin };
