import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { officePaneVisibility } from "../excel/officePaneVisibility";
import { officePorts } from "../excel/officePorts";
import { pickLocale, uiStrings } from "../i18n";
import { buildLayout } from "../layout/buildLayout";
import { shippedRubrics } from "../rubric/shipped";
import { App } from "./App";

/** The rubric the insert tab offers first: the 2009 guide. */
const DEFAULT_RUBRIC_ID = "aqsiq-2009";

// The one place the task pane meets Office.js: the workbook ports are built here and passed down as props.
void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const locale = pickLocale(Office.context.displayLanguage);
  document.documentElement.lang = locale;
  const rubric = shippedRubrics().get(DEFAULT_RUBRIC_ID) ?? shippedRubrics().list()[0];
  if (rubric === undefined) throw new Error("The add-in ships no rubric");
  const ports = officePorts({ locale, rubric, build: buildLayout });
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App strings={uiStrings(locale)} locale={locale} ports={ports} visibility={officePaneVisibility} />
    </FluentProvider>,
  );
});
