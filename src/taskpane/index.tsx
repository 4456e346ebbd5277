import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { pickLocale, uiStrings } from "../i18n";
import { App } from "./App";
import { bindExcelActions } from "./excelActions";
import { excelChecks } from "../excel/excelChecks";
import { buildLayout } from "../layout/buildLayout";

void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const locale = pickLocale(Office.context.displayLanguage);
  document.documentElement.lang = locale;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App strings={uiStrings(locale)} locale={locale} actions={bindExcelActions(buildLayout)} checks={excelChecks(locale)} />
    </FluentProvider>,
  );
});
