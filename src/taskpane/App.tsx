import { Tab, TabList, Text, tokens, type SelectTabData } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useMemo, useState, type CSSProperties } from "react";
import type { UiStrings } from "../i18n";
import type { Locale } from "../table/locale";
import { ALWAYS_VISIBLE, type PaneVisibility } from "../ports/paneVisibility";
import type { WorkbookPorts } from "../ports/workbookPorts";
import { ConvertFormulasButton } from "./ConvertFormulasButton";
import { InsertPanel, type InsertOptions } from "./InsertPanel";

// The 评审 tab is fetched when first opened, so the pane's first load does not carry it.
// Its words come with it (PANEL_STRINGS), not in the first load.
const PanelTab = lazy(async () => {
  const [{ PanelTab: Tab }, { PANEL_STRINGS }] = await Promise.all([import("./panel/PanelTab"), import("../i18n/panelStrings")]);
  return { default: (props: Omit<Parameters<typeof Tab>[0], "strings"> & { locale: Locale }) => <Tab {...props} strings={PANEL_STRINGS[props.locale]} /> };
});

/** The sign-off date: today, as 2026-12-01. */
const today = () => new Date().toISOString().slice(0, 10);

export interface AppProps {
  readonly strings: UiStrings;
  readonly locale: Locale;
  /** The workbook, over Office.js (index.tsx) or in memory (src/preview); each tab takes its port. */
  readonly ports: WorkbookPorts;
  /** Whether the pane is on screen (Office.addin in index.tsx); the checks pause while it is hidden. */
  readonly visibility?: PaneVisibility;
}

/**
 * Tabs other than the first are loaded when first opened (React.lazy), so that their code stays out of the task
 * pane's first load (at most 130 KB gzipped, test/build/bundleBudget.test.ts). Add a new pane the same way.
 */
const ChecksPanel = lazy(async () => ({ default: (await import(/* webpackChunkName: "checks" */ "./checks/ChecksPanel")).ChecksPanel }));

/** The panes, one tab each; add a Tab and its panel here for a new pane. */
type PaneKey = "insert" | "checks" | "panel";

// Inline styles over Fluent's tokens (CSS variables): this component is in the first view, where makeStyles would add
// Griffel's runtime style compiler (about 8 KB gzipped) to the first load. Lazy tabs use makeStyles as usual.
const styles = {
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  title: { margin: 0 },
  rule: { width: "100%", margin: 0, border: "none", borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
} satisfies Record<string, CSSProperties>;

export function App({ strings, locale, ports, visibility = ALWAYS_VISIBLE }: AppProps) {
  const { actions, checks, panel } = ports;
  const [pane, setPane] = useState<PaneKey>("insert");
  // Made once for the pane's life: the lazy port hands out a new function on every read, and the picker lists again when it changes.
  const rubricPorts = useMemo(
    () => ({
      locale,
      onList: () => actions.listRubrics(),
      onImport: (options: InsertOptions) => actions.importSheetRubric({ formulaStyle: "qcity", ...options, locale }),
    }),
    [actions, locale],
  );
  const [visible, setVisible] = useState(true);
  useEffect(() => visibility.subscribe(setVisible), [visibility]);
  return (
    <main style={styles.root}>
      <Text as="h1" size={500} weight="semibold" style={styles.title}>
        {strings.appTitle}
      </Text>
      <TabList selectedValue={pane} onTabSelect={(_, data: SelectTabData) => setPane(data.value as PaneKey)}>
        <Tab value="insert">{strings.tabs.insert}</Tab>
        <Tab value="checks">{strings.tabs.checks}</Tab>
        {panel && <Tab value="panel">{strings.tabs.panel}</Tab>}
      </TabList>
      {pane === "insert" && (
        <>
          {/* The inserted sheet totals with QCITY.* functions; converting makes it readable without the add-in. */}
          <InsertPanel
            strings={strings.insert}
            errors={strings.errors}
            onInsert={(options, rubricId) => actions.insertRubricSheet({ formulaStyle: "qcity", ...options, locale }, rubricId)}
            rubrics={rubricPorts}
          />
          {/* A plain rule: Fluent's Divider would add about 2 KB gzipped to the first load. */}
          <hr style={styles.rule} />
          <ConvertFormulasButton strings={strings.convert} errors={strings.errors} onConvert={actions.convertToNativeFormulas} />
        </>
      )}
      <Suspense fallback={null}>
        {pane === "checks" && <ChecksPanel api={checks} locale={locale} errors={strings.errors} report={ports.report} visible={visible} />}
      </Suspense>
      {pane === "panel" && panel && (
        <Suspense fallback={null}>
          <PanelTab locale={locale} errors={strings.errors} api={panel} today={today} />
        </Suspense>
      )}
    </main>
  );
}
