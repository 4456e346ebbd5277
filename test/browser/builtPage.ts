// Serves the built dist/ over HTTP and launches Debian's Chromium, for the browser tests.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser } from "playwright-core";

export const DIST = join(__dirname, "..", "..", "dist");
/** The one office.js the page may load (AppSource requires Microsoft's CDN); tests answer it with page.route. */
export const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const OFFICE_DOUBLE = join(__dirname, "officeDouble.js");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".png": "image/png", ".json": "application/json" };

export interface BuiltPage {
  /** e.g. "http://127.0.0.1:41234"; dist/taskpane.html is at `${base}/taskpane.html`. */
  readonly base: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Starts the server and the browser; throws with the fix when Chromium or the build is missing. */
export async function openBuiltPage(): Promise<BuiltPage> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install it with "apt-get install -y --no-install-recommends chromium" (scripts/install-test-deps.sh does).`);
  }
  if (!existsSync(join(DIST, "taskpane.html"))) {
    throw new Error(`The built task pane is missing (${join(DIST, "taskpane.html")}): run "npm run build" or "npm run build:dev" first.`);
  }
  const server: Server = createServer((request, response) => {
    const path = normalize(join(DIST, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)));
    if (!path.startsWith(DIST) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
