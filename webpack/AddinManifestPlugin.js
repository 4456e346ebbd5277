// Writes dist/manifest.xml from manifest.xml: with QCITY_ADDIN_URL set, every https://localhost:3000/ URL
// becomes that base (as Microsoft's templates do with urlDev/urlProd); without it, the localhost copy.
const { readFileSync } = require("node:fs");
const { URL } = require("node:url");
const { Compilation, sources } = require("webpack");

/** The URL every localhost URL of manifest.xml starts with. */
const DEV_BASE = "https://localhost:3000/";

/**
 * The production base from QCITY_ADDIN_URL, ending with "/", or undefined when unset or empty.
 * Throws when it is not an absolute HTTPS URL without query or fragment (Office loads add-ins over HTTPS only).
 */
function addinBaseUrl(value) {
  if (value === undefined || value.trim() === "") return undefined;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`QCITY_ADDIN_URL "${value}" is not a URL; give the HTTPS folder the add-in is served from, e.g. https://example.org/qcity/`);
  }
  if (url.protocol !== "https:") throw new Error(`QCITY_ADDIN_URL "${value}" must use https:, as Office loads add-ins over HTTPS only`);
  if (url.search !== "" || url.hash !== "") throw new Error(`QCITY_ADDIN_URL "${value}" must be a folder URL without ?query or #fragment`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** manifest.xml with every DEV_BASE URL under `base` instead. */
function rebaseManifest(xml, base) {
  return xml.split(DEV_BASE).join(base);
}

class AddinManifestPlugin {
  /** @param {{ source: string, output: string, base?: string }} options  `base` from addinBaseUrl; undefined keeps localhost. */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const name = "AddinManifestPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(this.options.source);
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const xml = readFileSync(this.options.source, "utf8");
        const output = this.options.base ? rebaseManifest(xml, this.options.base) : xml;
        compilation.emitAsset(this.options.output, new sources.RawSource(output));
      });
    });
  }
}

module.exports = { AddinManifestPlugin, addinBaseUrl, rebaseManifest, DEV_BASE };
