import { spawn } from "node:child_process";
import { constants } from "node:fs";
import { access, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, isAbsolute, join } from "node:path";
import { pathToFileURL } from "node:url";

/** Browser program names looked for on the PATH, in this order. */
const BROWSER_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "microsoft-edge"];

/**
 * Flags for printing without a window, profile or network: headless, no GPU,
 * no first-run, background or update traffic; no sandbox (it needs a user
 * namespace that containers and root often lack); no date/URL header and footer.
 */
export const CHROMIUM_PRINT_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-pdf-header-footer",
];

/** Printing gives up after this long (ms): a browser that hangs must not hang the command. */
const PRINT_TIMEOUT_MS = 90_000;

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The headless Chromium (or Chrome/Edge) to print with: `QCITY_CHROMIUM` when
 * set (a path, or a name looked up on the PATH), else the first of
 * BROWSER_NAMES on the PATH. Undefined when there is none.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): Promise<string | undefined> {
  const wanted = env.QCITY_CHROMIUM?.trim();
  const names = wanted ? [wanted] : BROWSER_NAMES;
  const folders = (env.PATH ?? "").split(delimiter).filter((f) => f !== "");
  const suffixes = platform === "win32" ? [".exe", ""] : [""];
  for (const name of names) {
    if (isAbsolute(name) || name.includes("/") || name.includes("\\")) {
      if (await isExecutable(name)) return name;
      continue;
    }
    for (const folder of folders) {
      for (const suffix of suffixes) {
        const candidate = join(folder, `${name}${suffix}`);
        if (await isExecutable(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

/** Printing failed: the browser exited with an error, printed nothing, or timed out. */
export class PrintError extends Error {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
    this.name = "PrintError";
  }
}

/**
 * Prints an HTML document to PDF with headless Chromium (A4 from the page's
 * own `@page` rule) and resolves to the PDF's bytes. Works in a private
 * temporary folder (the page, the PDF and a throwaway browser profile), which
 * is removed whatever happens; nothing is written anywhere else. Rejects with
 * PrintError when the browser fails, prints nothing or takes too long.
 */
export async function printHtmlToPdf(chromium: string, html: string): Promise<Uint8Array> {
  const work = await mkdtemp(join(tmpdir(), "qcity-report-"));
  try {
    const page = join(work, "report.html");
    const pdf = join(work, "report.pdf");
    await writeFile(page, html);
    const args = [...CHROMIUM_PRINT_FLAGS, `--user-data-dir=${join(work, "profile")}`, `--print-to-pdf=${pdf}`, pathToFileURL(page).href];
    const { code, stderr } = await run(chromium, args);
    const bytes = await readFile(pdf).catch(() => undefined);
    if (bytes === undefined || bytes.length === 0 || !bytes.subarray(0, 5).equals(Buffer.from("%PDF-"))) {
      throw new PrintError(code === "timeout" ? "timeout" : "no-pdf", stderr.slice(-2000));
    }
    return bytes;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function run(program: string, args: readonly string[]): Promise<{ code: number | "timeout" | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-20_000);
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve({ code: "timeout", stderr });
    }, PRINT_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new PrintError("cannot-start", error.message));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}
