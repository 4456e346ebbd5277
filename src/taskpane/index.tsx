import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { officePaneVisibility } from "../excel/officePaneVisibility";
import { pickLocale, uiStrings } from "../i18n";
import type { WorkbookPorts } from "../ports/workbookPorts";
import { App } from "./App";
import { lazyApi } from "./lazyApi";

/** The rubric the insert tab offers first: the 2009 guide. */
const DEFAULT_RUBRIC_ID = "aqsiq-2009";

// The one place the task pane meets Office.js: the workbook ports are built here and passed down as props. Their
// code (the Office.js adapter, the layout, the checks) is fetched on the first call (lazyApi), which keeps the
// first load within its budget (test/build/bundleBudget.test.ts); the custom functions register at load.
void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const locale = pickLocale(Office.context.displayLanguage);
  document.documentElement.lang = locale;
  // ExcelJS (for reading experts' files) is loaded only when the 评审 tab imports one.
  const readWorkbook = async (bytes: Uint8Array) => (await import("../xlsx/readBytes")).readSnapshotsFromBytes(bytes);
  let loading: Promise<WorkbookPorts> | undefined;
  const officePorts = () =>
    (loading ??= (async () => {
      const [{ officePorts: build }, { buildLayout }, { shippedRubrics }] = await Promise.all([
        import(/* webpackChunkName: "office" */ "../excel/officePorts"),
        import(/* webpackChunkName: "office" */ "../layout/buildLayout"),
        import(/* webpackChunkName: "office" */ "../rubric/shipped"),
      ]);
      const rubric = shippedRubrics().get(DEFAULT_RUBRIC_ID) ?? shippedRubrics().list()[0];
      if (rubric === undefined) throw new Error("The add-in ships no rubric");
      return build({ locale, rubric, build: buildLayout, readWorkbook, shipped: shippedRubrics() });
    })());
  const ports: WorkbookPorts = {
    actions: lazyApi(async () => (await officePorts()).actions),
    checks: lazyApi(async () => (await officePorts()).checks),
    report: lazyApi(async () => (await officePorts()).report),
    panel: lazyApi(async () => (await officePorts()).panel as NonNullable<WorkbookPorts["panel"]>),
  };
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App strings={uiStrings(locale)} locale={locale} ports={ports} visibility={officePaneVisibility} />
    </FluentProvider>,
  );
});
