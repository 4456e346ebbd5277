#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm run build:cli`, which `npm install` runs through `prepare`.
const { main } = require("../lib/cli/main.js");
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
