/**
 * The ES5 guard of the built page: in something that looks like IE11 (a Trident user agent,
 * document.documentMode, no Promise and no fetch) it shows its zh-CN and en-US message; in a modern
 * browser it shows nothing. Needs `npm run build` and Debian's chromium.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CDN_OFFICE_JS, DIST, OFFICE_DOUBLE, openBuiltPage, type BuiltPage } from "./builtPage";

const IE11_USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

jest.setTimeout(90_000);

let built: BuiltPage;

beforeAll(async () => {
  built = await openBuiltPage();
});

afterAll(async () => {
  await built?.close();
});

/** Opens taskpane.html; the CDN's office.js is answered with `officeJs` (a file) or an empty script. */
async function open(options: { userAgent?: string; ie11?: boolean; officeJs?: string }) {
  const page = await built.browser.newPage({ viewport: { width: 420, height: 700 }, ...(options.userAgent && { userAgent: options.userAgent }) });
  if (options.ie11) {
    await page.addInitScript(() => {
      Object.defineProperty(document, "documentMode", { value: 11 });
      delete (window as { Promise?: unknown }).Promise;
      delete (window as { fetch?: unknown }).fetch;
    });
  }
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === CDN_OFFICE_JS) {
      return options.officeJs ? route.fulfill({ path: options.officeJs, contentType: "text/javascript" }) : route.fulfill({ body: "", contentType: "text/javascript" });
    }
    return url.startsWith(built.base) ? route.continue() : route.abort();
  });
  await page.goto(`${built.base}/taskpane.html`);
  return page;
}

it("loads the guard before office.js and every bundle", () => {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script([^>]*)\ssrc="?([^"\s>]+)"?/g)].map((m) => ({ src: m[2], deferred: /defer/.test(m[1] ?? "") }));
  expect(scripts.slice(0, 2)).toEqual([
    { src: "legacy-guard.js", deferred: false },
    { src: CDN_OFFICE_JS, deferred: false },
  ]);
  expect(scripts.slice(2).every((s) => s.deferred)).toBe(true);
});

it("is ES5: it parses as ECMAScript 5", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const espree = require("espree") as { parse(code: string, options: object): unknown };
  const guard = readFileSync(join(DIST, "legacy-guard.js"), "utf8");
  expect(() => espree.parse(guard, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  expect(() => espree.parse("(function () { const x = () => 1; })();", { ecmaVersion: 5, sourceType: "script" })).toThrow();
});

it("shows the WebView2 message in Chinese and English in an IE11-like client", async () => {
  const page = await open({ userAgent: IE11_USER_AGENT, ie11: true });
  const notice = page.locator("#qcity-legacy-notice");
  await notice.waitFor();
  const text = await notice.innerText();
  expect(text).toContain("质量兴市评价助手无法在此版本的 Office 中运行：它需要 Microsoft Edge WebView2 或更新版本的 Office。");
  expect(text).toContain("请安装 Microsoft Edge WebView2 运行时");
  expect(text).toContain("QCity Assessor cannot run in this version of Office: it needs Microsoft Edge WebView2 or a newer Office.");
  expect(text).toContain("https://go.microsoft.com/fwlink/p/?LinkId=2124703");
  expect(await notice.getAttribute("role")).toBe("alert");
  await page.close();
});

it("shows it for a Trident user agent alone", async () => {
  const page = await open({ userAgent: IE11_USER_AGENT });
  await page.locator("#qcity-legacy-notice").waitFor();
  await page.close();
});

it("shows nothing in a modern browser, where the pane starts", async () => {
  const page = await open({ officeJs: OFFICE_DOUBLE });
  await page.getByRole("button", { name: "插入评价表" }).waitFor();
  expect(await page.locator("#qcity-legacy-notice").count()).toBe(0);
  expect(await page.evaluate(() => (window as { QCITY_LEGACY_CLIENT?: boolean }).QCITY_LEGACY_CLIENT)).toBeUndefined();
  await page.close();
});
