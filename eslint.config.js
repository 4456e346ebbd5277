// Lint for the whole repository: TypeScript and TSX with typescript-eslint, the Office add-in rules
// (load before read, sync after load, no sync in loops…) and the rules of hooks; plain JS config/scripts with ESLint's recommended set.
const { defineConfig } = require("eslint/config");
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const reactHooks = require("eslint-plugin-react-hooks");
const officeAddins = require("eslint-plugin-office-addins");

const NODE_GLOBALS = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  __dirname: "readonly",
  __filename: "readonly",
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
};

/**
 * The layers, lowest first: rubric ← table ← {layout, scoring} ← ports ← {excel, xlsx, memory} ← {taskpane, cli, functions, preview};
 * i18n sits beside ports. Each folder of src/ lists the folders it must not import from; `npm run lint` fails on such an import.
 * layout and scoring may still import each other (the panel code does both ways today).
 */
const ADAPTERS_AND_UP = ["excel", "xlsx", "memory", "i18n", "functions", "taskpane", "cli", "preview"];
const FORBIDDEN_IMPORTS = {
  rubric: ["table", "layout", "scoring", "report", "ports", ...ADAPTERS_AND_UP],
  table: ["layout", "scoring", "report", "ports", ...ADAPTERS_AND_UP],
  layout: ["report", "ports", ...ADAPTERS_AND_UP],
  scoring: ["report", "ports", ...ADAPTERS_AND_UP],
  // The assessment report (model, HTML, chart, sheet content): pure, above layout and scoring.
  report: ["ports", ...ADAPTERS_AND_UP],
  ports: ADAPTERS_AND_UP,
  i18n: ["ports", "excel", "xlsx", "memory", "functions", "taskpane", "cli", "preview"],
  excel: ["xlsx", "memory", "i18n", "functions", "taskpane", "cli", "preview"],
  xlsx: ["excel", "memory", "i18n", "functions", "taskpane", "cli", "preview"],
  memory: ["excel", "xlsx", "i18n", "functions", "taskpane", "cli", "preview"],
  functions: ["ports", "excel", "xlsx", "memory", "taskpane", "cli", "preview"],
  taskpane: ["xlsx", "memory", "functions", "cli", "preview"],
  cli: ["excel", "memory", "i18n", "functions", "taskpane", "preview"],
  preview: ["excel", "xlsx", "functions", "cli"],
};

const layerRules = Object.entries(FORBIDDEN_IMPORTS).map(([folder, forbidden]) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: forbidden.map((layer) => ({
          regex: `(^|/)${layer}(/|$)`,
          message: `src/${folder} must not import from src/${layer} (layers: rubric ← table ← {layout, scoring} ← ports ← {excel, xlsx, memory} ← {taskpane, cli, functions}; see eslint.config.js).`,
        })),
      },
    ],
  },
}));

module.exports = defineConfig(
  { ignores: ["dist/", "lib/", "out/", "coverage/", "node_modules/"] },
  {
    files: ["**/*.js"],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: NODE_GLOBALS },
  },
  {
    // Must parse in Internet Explorer 11: ES5 syntax only, browser globals.
    files: ["src/taskpane/legacyGuard.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { window: "readonly", document: "readonly", navigator: "readonly" } },
  },
  {
    files: ["**/*.{ts,tsx}"],
    extends: [tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  ...layerRules,
  // The functions' composition root reads the carried rubric with the Office.js adapter the task pane uses too.
  {
    files: ["src/functions/startup.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: FORBIDDEN_IMPORTS.functions
            .filter((layer) => layer !== "excel")
            .map((layer) => ({ regex: `(^|/)${layer}(/|$)`, message: `src/functions/startup.ts must not import from src/${layer} (see eslint.config.js).` })),
        },
      ],
    },
  },
);
