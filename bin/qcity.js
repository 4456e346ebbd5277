#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm run build:cli`, which `npm install` runs through `prepare`.
// This folder is also the local package "qcity-cli" (package.json here), a dependency of the project,
// so that npm links it as node_modules/.bin/qcity and `npx qcity` runs it directly. Were the bin
// declared by the project's own package.json, npx would instead install the project into its cache
// on every run, which takes several seconds.
const { main } = require("../lib/cli/main.js");
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
