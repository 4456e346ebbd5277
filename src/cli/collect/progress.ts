import type { Locale } from "../../table/locale";

/** Counts collected workbooks for the user. */
export interface Progress {
  tick(): void;
  stop(): void;
}

const QUIET: Progress = { tick: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr (cli-progress) when stderr is a terminal, and
 * nothing otherwise, so that logs and pipes stay clean.
 */
export async function progressBar(total: number, locale: Locale, stream: NodeJS.WriteStream | undefined): Promise<Progress> {
  if (stream === undefined || !stream.isTTY || total === 0) return QUIET;
  const { SingleBar, Presets } = await import("cli-progress");
  const label = locale === "en-US" ? "Collecting" : "正在汇总";
  const bar = new SingleBar({ stream, format: `${label} {bar} {value}/{total} {percentage}% | {eta_formatted}`, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}
