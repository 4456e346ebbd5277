import { join } from "node:path";

type Config = {
  mode: string;
  devtool: string | false;
  target: string[];
  entry: Record<string, string>;
  optimization: { runtimeChunk: string };
  plugins: { constructor: { name: string }; userOptions?: { filename?: string; chunks?: string[] } }[];
  devServer: { port: number; server?: { type: string } };
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(join(__dirname, "..", "..", "webpack.config.js")) as (env: object, argv: { mode: string }) => Promise<Config>;

describe("webpack.config.js", () => {
  it("builds production without source maps, polyfill entries or IE targets", async () => {
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(config.mode).toBe("production");
    expect(config.devtool).toBe(false);
    expect(config.target).toEqual(["web", "es2021"]);
    expect(config.entry).toEqual({ taskpane: "./src/taskpane/index.tsx", functions: "./src/functions/functions.ts" });
  });

  it("loads the task pane and the custom functions on one shared-runtime page with one webpack runtime", async () => {
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(config.optimization.runtimeChunk).toBe("single");
    const pages = config.plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin").map((p) => [p.userOptions?.filename, p.userOptions?.chunks]);
    expect(pages).toEqual([
      ["taskpane.html", ["taskpane", "functions"]],
      ["help.html", []],
    ]);
    expect(config.plugins.map((p) => p.constructor.name)).toContain("CustomFunctionsMetadataPlugin");
  });

  it("serves development on port 3000 and only asks for certificates when serving", async () => {
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "development" });
    expect(config.devtool).not.toBe(false);
    expect(config.devServer.port).toBe(3000);
    expect(config.devServer.server).toBeUndefined();
  });

  it("adds the in-memory preview page to development builds only", async () => {
    const dev = await makeConfig({ WEBPACK_BUILD: true }, { mode: "development" });
    expect(dev.entry.preview).toBe("./src/preview/main.tsx");
    const pages = dev.plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin").map((p) => [p.userOptions?.filename, p.userOptions?.chunks]);
    expect(pages).toContainEqual(["preview.html", ["preview"]]);
    const production = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(production.entry.preview).toBeUndefined();
  });
});
