#!/usr/bin/env node
// Packs the qcity command alone into out/qcity-cli-<version>.tgz, for `npm install --global` on any machine:
// the compiled lib/ (npm run build:cli), bin/qcity.js, and as dependencies exactly the packages lib/ requires,
// at the versions the project's package.json pins. Prints the path of the .tgz.
"use strict";
const { execFileSync } = require("node:child_process");
const { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const { builtinModules } = require("node:module");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, "out");
const STAGE = join(OUT, "qcity-cli");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.cli.json")], { stdio: "inherit" });

/** The package names lib/ requires (not Node's own, not relative paths). */
function requiredPackages(folder) {
  const names = new Set();
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
    const code = readFileSync(join(entry.parentPath, entry.name), "utf8");
    for (const match of code.matchAll(/require\(["']([^"'.][^"']*)["']\)/g)) {
      const id = match[1];
      if (id.startsWith("node:") || builtinModules.includes(id)) continue;
      const parts = id.split("/");
      names.add(id.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]);
    }
  }
  return [...names].sort();
}

const project = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const dependencies = {};
for (const name of requiredPackages(join(ROOT, "lib"))) {
  const range = project.dependencies?.[name];
  if (range === undefined) throw new Error(`lib/ requires ${name}, which is not in the project's dependencies`);
  dependencies[name] = range;
}

rmSync(STAGE, { recursive: true, force: true });
mkdirSync(join(STAGE, "bin"), { recursive: true });
cpSync(join(ROOT, "lib"), join(STAGE, "lib"), { recursive: true });
cpSync(join(ROOT, "bin", "qcity.js"), join(STAGE, "bin", "qcity.js"));
const manifest = {
  name: "qcity-cli",
  version: project.version,
  description: "qcity: the command line of QCity Assessor (质量兴市评价助手)",
  license: project.license,
  engines: project.engines,
  bin: { qcity: "bin/qcity.js" },
  files: ["bin/", "lib/"],
  dependencies,
};
writeFileSync(join(STAGE, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
const packed = execFileSync(npm, ["pack", "--silent", "--pack-destination", OUT], { cwd: STAGE, encoding: "utf8" }).trim().split("\n").pop();
process.stdout.write(`${join(OUT, packed)}\n`);
