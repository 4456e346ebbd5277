#!/usr/bin/env node
"use strict";
// Runs every bench/*.bench.ts (or the files named on the command line), one process each, and prints their figures.
const { readdirSync } = require("node:fs");
const { join } = require("node:path");
const { spawnSync } = require("node:child_process");

const named = process.argv.slice(2);
const files = named.length > 0 ? named : readdirSync(__dirname).filter((f) => f.endsWith(".bench.ts")).sort().map((f) => join(__dirname, f));
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file.replace(/^.*bench[\\/]/, "bench/")}`);
  const run = spawnSync(process.execPath, ["--import", "tsx", file], { stdio: "inherit" });
  if (run.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
