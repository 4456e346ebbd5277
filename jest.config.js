/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  reporters: ["default", "<rootDir>/test/summaryReporter.js"],
  transform: {
    "^.+\\.mjs$": ["ts-jest", { tsconfig: { allowJs: true, module: "commonjs", moduleResolution: "node10", ignoreDeprecations: "6.0", isolatedModules: true } }],
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node10", ignoreDeprecations: "6.0", jsx: "react-jsx", esModuleInterop: true, resolveJsonModule: true, isolatedModules: true } },
    ],
  },
  // d3 (inside @fluentui/react-charts) ships ES modules only: compiled to CommonJS for jest, as the sources are.
  transformIgnorePatterns: ["/node_modules/(?!(d3-[a-z-]+|internmap)/)"],
  moduleNameMapper: {
    // office-addin-mock's dependency pulls ESM-only packages; its CommonJS entry is enough here.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
