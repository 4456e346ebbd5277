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

/**
 * The `qcity` command line: dispatches `argv` (without node and the script)
 * to a sub-command from COMMANDS and resolves to its exit code (0 done,
 * 1 findings, 2 bad usage or unreadable/unwritable file). Problems the user
 * can fix are printed as one message on stderr; other errors propagate.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const locale = cliLocale(argv);
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(usage(locale));
    return EXIT.failed;
  }
  if (name === "--help" || name === "-h" || name === "help") {
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
