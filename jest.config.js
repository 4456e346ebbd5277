/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  reporters: ["default", "<rootDir>/test/summaryReporter.js"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node10", ignoreDeprecations: "6.0", jsx: "react-jsx", esModuleInterop: true, resolveJsonModule: true, isolatedModules: true } },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock's dependency pulls ESM-only packages; its CommonJS entry is enough here.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
