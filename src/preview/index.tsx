import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { uiStrings } from "../i18n";
import type { Locale } from "../table/locale";
import { buildLayout } from "../layout/buildLayout";
import { memoryPorts, MemoryWorkbook } from "../memory";
import { shippedRubrics } from "../rubric/shipped";
import { App } from "../taskpane/App";

/**
 * The memory side's composition root: the task pane over a workbook held in
 * memory, with no Office.js anywhere, for a browser preview of the pane and
 * for end-to-end tests of it. Returns the workbook, which a page or a test
 * edits as a user would (`book.type("G4", "45")`), and the React root.
 */
export function renderPreview(container: HTMLElement, locale: Locale = "zh-CN", book = new MemoryWorkbook(["Sheet1"])): { book: MemoryWorkbook; root: Root } {
  const ports = memoryPorts(book, { locale, rubric: shippedRubrics().list()[0]!, build: buildLayout, shipped: shippedRubrics() });
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App strings={uiStrings(locale)} locale={locale} ports={ports} />
    </FluentProvider>,
  );
  return { book, root };
}
