import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { pickLocale, uiStrings } from "../i18n";
import { App } from "./App";
import type { ChecksApi } from "./checks/types";
import type { ExcelActions } from "./excelActions";
import { lazyApi } from "./lazyApi";

// The composition root. Everything behind a button or another tab is loaded on first use (see lazyApi), which keeps
// the first load within its budget (test/build/bundleBudget.test.ts); the custom functions register at load.
void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const locale = pickLocale(Office.context.displayLanguage);
  document.documentElement.lang = locale;
  const actions = lazyApi<ExcelActions>(async () => {
    const [{ bindExcelActions }, { buildLayout }] = await Promise.all([import(/* webpackChunkName: "insert" */ "./excelActions"), import(/* webpackChunkName: "insert" */ "../layout/buildLayout")]);
    return bindExcelActions(buildLayout);
  });
  const checks = lazyApi<ChecksApi>(async () => (await import(/* webpackChunkName: "checks-excel" */ "../excel/excelChecks")).excelChecks(locale));
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App strings={uiStrings(locale)} locale={locale} actions={actions} checks={checks} />
    </FluentProvider>,
  );
});
