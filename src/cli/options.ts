import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Locale } from "../table/locale";
import { CliError } from "./command";

type Options = NonNullable<ParseArgsConfig["options"]>;

const TEXT = {
  "zh-CN": {
    unknownOption: (option: string) => `未知选项 ${option}。`,
    didYouMean: (option: string, suggestion: string) => `未知选项 ${option}（是否想用 ${suggestion}？）。`,
    missingValue: (option: string) => `选项 ${option} 后面缺少取值。`,
    noValue: (option: string) => `选项 ${option} 不带取值。`,
    unexpected: (argument: string) => `多余的参数“${argument}”。`,
    badArguments: "命令行参数有误。",
    seeHelp: (command: string) => `运行 qcity ${command} --help 查看用法。`,
    badLang: (value: string) => `不支持的语言“${value}”，请用 zh-CN 或 en-US。`,
  },
  "en-US": {
    unknownOption: (option: string) => `Unknown option ${option}.`,
    didYouMean: (option: string, suggestion: string) => `Unknown option ${option} (did you mean ${suggestion}?).`,
    missingValue: (option: string) => `Option ${option} needs a value.`,
    noValue: (option: string) => `Option ${option} takes no value.`,
    unexpected: (argument: string) => `Unexpected argument "${argument}".`,
    badArguments: "The command-line arguments are not valid.",
    seeHelp: (command: string) => `Run qcity ${command} --help for usage.`,
    badLang: (value: string) => `Unsupported language "${value}"; use zh-CN or en-US.`,
  },
} as const;

/**
 * The unknown option as the user typed it: "-json" is named whole (Node splits it into -j -s -o -n),
 * with "--json" suggested when that is an option.
 */
function unknownOption(raw: string, rawName: string, options: Options, text: (typeof TEXT)[Locale]): string {
  const typed = /^-[^-]{2,}/.test(raw) ? raw.split("=")[0] ?? raw : rawName;
  const long = typed.replace(/^-+/, "");
  const suggestion = typed !== `--${long}` && Object.hasOwn(options, long) ? `--${long}` : undefined;
  return suggestion ? text.didYouMean(typed, suggestion) : text.unknownOption(typed);
}

/** Why the arguments do not fit the options, in the message language, or undefined when they fit. */
function problem(args: readonly string[], options: Options, allowPositionals: boolean, locale: Locale): string | undefined {
  const text = TEXT[locale];
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === "positional" && !allowPositionals) return text.unexpected(token.value);
    if (token.kind !== "option") continue;
    const type = Object.hasOwn(options, token.name) ? options[token.name]?.type : undefined;
    if (type === undefined) return unknownOption(args[token.index] ?? token.rawName, token.rawName, options, text);
    if (type === "boolean" && token.value !== undefined) return text.noValue(token.rawName);
    // As Node's strict mode: "--out --force" is a forgotten value, not a file named "--force"; "--out=-x" is allowed.
    if (type === "string" && (token.value === undefined || (!token.inlineValue && token.value.startsWith("-")))) return text.missingValue(token.rawName);
  }
  return undefined;
}

/**
 * Parses a sub-command's arguments like Node's strict `parseArgs`, but every
 * complaint (unknown option, missing or unexpected value, extra argument) is a
 * CliError in the message language that ends by pointing at `qcity COMMAND --help`.
 */
export function parseOptions<T extends Options>(command: string, args: readonly string[], options: T, allowPositionals: boolean, locale: Locale) {
  const text = TEXT[locale];
  const reason = problem(args, options, allowPositionals, locale);
  if (reason !== undefined) throw new CliError(`${reason}${locale === "en-US" ? " " : ""}${text.seeHelp(command)}`);
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    // The checks above mirror strict mode; anything left gets our words, with Node's for reference as the cause.
    throw new CliError(`${text.badArguments}${locale === "en-US" ? " " : ""}${text.seeHelp(command)}`, { cause: error });
  }
}

/** The sheet or message language a `--lang` value asks for: zh / zh-CN (the default) or en / en-US, any case. Throws CliError otherwise. */
export function parseLang(value: string | undefined, locale: Locale): Locale {
  if (value === undefined || /^zh(-CN)?$/i.test(value)) return "zh-CN";
  if (/^en(-US)?$/i.test(value)) return "en-US";
  throw new CliError(TEXT[locale].badLang(value));
}
