import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CliError, EXIT, cliLocale, type CliIo } from "./command";
import { COMMANDS } from "./commands";

const processIo: CliIo = {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  progressStream: process.stderr,
};

function usage(locale: "zh-CN" | "en-US"): string {
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(10)}${c.summary[locale]}`);
  return locale === "en-US"
    ? ["QCity Assessor: the 质量兴市绩效评价指南（试行） rubric as a workbook.", "", "Usage: qcity <command> [options]", "", "Commands:", ...lines, "", "Run `qcity <command> --help` for a command's options."].join("\n")
    : ["质量兴市评价助手：《质量兴市绩效评价指南（试行）》评价表工具。", "", "用法：qcity <命令> [选项]", "", "命令：", ...lines, "", "运行 `qcity <命令> --help` 查看该命令的选项。"].join("\n");
}

/** The version in the project's package.json (two folders up from src/cli and from lib/cli). */
function version(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string };
  return manifest.version ?? "?";
}

/**
 * Splits the global options given before the command from the command and its
 * arguments: `qcity --lang en-US check a.xlsx` is `check a.xlsx --lang en-US`.
 * `--help`/`-h` and `--version`/`-V` are answered by main itself.
 */
function splitGlobals(argv: readonly string[]): { globals: string[]; name: string | undefined; rest: string[]; unknown?: string } {
  const globals: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (!arg.startsWith("-")) break;
    if (arg === "--lang") globals.push(arg, argv[++i] ?? "");
    else if (arg.startsWith("--lang=") || ["--help", "-h", "--version", "-V"].includes(arg)) globals.push(arg);
    else return { globals, name: undefined, rest: [], unknown: arg };
  }
  return { globals, name: argv[i], rest: argv.slice(i + 1) };
}

/**
 * The `qcity` command line: dispatches `argv` (without node and the script)
 * to a sub-command from COMMANDS and resolves to its exit code (0 done,
 * 1 findings, 2 bad usage or unreadable/unwritable file). Global options
 * (--lang, --help, --version) may come before the command. Problems the user
 * can fix are printed as one message on stderr; other errors propagate.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const locale = cliLocale(argv);
  const { globals, name, rest: after, unknown } = splitGlobals(argv);
  if (unknown !== undefined) {
    io.err(locale === "en-US" ? `Unknown option ${unknown} before the command.` : `命令前的未知选项 ${unknown}。`);
    io.err(usage(locale));
    return EXIT.failed;
  }
  if (globals.includes("--version") || globals.includes("-V") || name === "version") {
    io.out(`qcity ${version()}`);
    return EXIT.ok;
  }
  const askedHelp = globals.includes("--help") || globals.includes("-h");
  // Options before the command go after it, where the command parses them.
  const langOptions = globals.filter((g) => !["--help", "-h"].includes(g));
  const rest = [...after, ...langOptions, ...(askedHelp && name !== undefined ? ["--help"] : [])];
  if (name === undefined) {
    if (askedHelp) {
      io.out(usage(locale));
      return EXIT.ok;
    }
    io.err(usage(locale));
    return EXIT.failed;
  }
  if (name === "help") {
    io.out(usage(locale));
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.err(locale === "en-US" ? `Unknown command "${name}".` : `未知命令“${name}”。`);
    io.err(usage(locale));
    return EXIT.failed;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`qcity ${name}: ${error.message}`);
      return EXIT.failed;
    }
    throw error;
  }
}
