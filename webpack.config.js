// Builds the add-in into dist/: one shared-runtime page (taskpane.html) that loads the ES5 legacy guard,
// office.js from Microsoft's CDN, the task pane bundle and the QCITY custom functions bundle;
// functions.json; help.html; icons; manifest.xml (for QCITY_ADDIN_URL, when set).
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { AddinManifestPlugin, addinBaseUrl } = require("./webpack/AddinManifestPlugin");
const { LocalizedFunctionsMetadataPlugin } = require("./webpack/LocalizedFunctionsMetadataPlugin");

const DEV_PORT = 3000;
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/** HTTPS options for the dev server, from the trusted localhost certificate office-addin-dev-certs installs. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  // QCITY_ADDIN_URL=https://host/path/ builds the page, its assets and dist/manifest.xml for that base.
  const base = addinBaseUrl(process.env.QCITY_ADDIN_URL);
  return {
    mode: dev ? "development" : "production",
    // Production ships no source maps; development gets full ones for debugging in the task pane.
    devtool: dev ? "eval-cheap-module-source-map" : false,
    // Office runs add-ins in WebView2 / modern browsers: no IE 11 target, no polyfill entry.
    target: ["web", "es2021"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
      // The task pane over a workbook in memory (src/preview), for trying it without Excel; never shipped.
      ...(dev && { preview: "./src/preview/main.tsx" }),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
      ...(base && { publicPath: base }),
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // `npm run typecheck` type-checks the whole project; the build only transpiles.
            options: { configFile: path.resolve(__dirname, "tsconfig.json"), transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    optimization: {
      // Both entries run on the one shared-runtime page: one webpack runtime, shared modules (the rubric) once.
      // Only what the page loads at start goes into vendor/shared; code behind import() (other tabs, charts, ExcelJS)
      // stays in chunks of its own, fetched on first use.
      runtimeChunk: "single",
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          defaultVendors: false,
          shared: { minChunks: 2, minSize: 0, name: "shared", chunks: "initial", priority: 5, reuseExistingChunk: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new LocalizedFunctionsMetadataPlugin({
        source: "functions.json",
        output: "functions.en-US.json",
        load: () => {
          const { require: requireTs } = require("tsx/cjs/api");
          return {
            localize: requireTs("./src/functions/localizeMetadata.ts", __filename).localizeMetadata,
            translations: requireTs("./src/functions/metadata.en-US.ts", __filename).EN_US_FUNCTION_DESCRIPTIONS,
            clean: requireTs("./src/functions/shippedMetadata.ts", __filename).withoutUnusedFlags,
          };
        },
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [] }),
      ...(dev ? [new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] })] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // ES5, run before everything else: it must parse in IE11, so it is copied, not bundled or minified.
          { from: "src/taskpane/legacyGuard.js", to: "legacy-guard.js", info: { minimized: true } },
        ],
      }),
      new AddinManifestPlugin({ source: path.resolve(__dirname, "manifest.xml"), output: "manifest.xml", base }),
    ],
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env && env.WEBPACK_SERVE ? { type: "https", options: await httpsOptions() } : undefined,
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};
