import type { Locale } from "../table/locale";

/** Exit codes of every sub-command: 0 done; 1 done, with findings to report; 2 bad usage or a file that cannot be read or written. */
export const EXIT = { ok: 0, findings: 1, failed: 2 } as const;

/** Where a command reads and writes: the working directory and the two output streams. */
export interface CliIo {
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** Where a long command may draw a progress bar: the terminal's stderr; absent in tests and embedding. */
  readonly progressStream?: NodeJS.WriteStream;
}

/** One `qcity` sub-command. */
export interface Command {
  readonly name: string;
  /** One line for `qcity --help`. */
  readonly summary: Record<Locale, string>;
  /** Runs with the arguments after the command name; resolves to an exit code (EXIT). */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** An error the user can fix (bad option, file exists…): printed as its message, exit code 2, no stack. */
export class CliError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CliError";
  }
}

/** The message language: `--lang en-US` (or `en`) anywhere in the arguments gives English; zh-CN otherwise. */
export function cliLocale(args: readonly string[]): Locale {
  const i = args.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "zh-CN";
  const value = args[i]?.includes("=") ? args[i]?.split("=")[1] : args[i + 1];
  return /^en/i.test(value ?? "") ? "en-US" : "zh-CN";
}
