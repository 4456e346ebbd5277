import { Divider, Tab, TabList, Text, makeStyles, tokens, type SelectTabData } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { UiStrings } from "../i18n";
import type { Locale } from "../table/locale";
import { ALWAYS_VISIBLE, type PaneVisibility } from "../ports/paneVisibility";
import type { WorkbookPorts } from "../ports/workbookPorts";
import { ChecksPanel } from "./checks/ChecksPanel";
import { ConvertFormulasButton } from "./ConvertFormulasButton";
import { InsertPanel } from "./InsertPanel";

export interface AppProps {
  readonly strings: UiStrings;
  readonly locale: Locale;
  /** The workbook, over Office.js (index.tsx) or in memory (src/preview); each tab takes its port. */
  readonly ports: WorkbookPorts;
  /** Whether the pane is on screen (Office.addin in index.tsx); the checks pause while it is hidden. */
  readonly visibility?: PaneVisibility;
}

/** The panes, one tab each; add a Tab and its panel here for a new pane. */
type PaneKey = "insert" | "checks";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  title: { margin: 0 },
});

export function App({ strings, locale, ports, visibility = ALWAYS_VISIBLE }: AppProps) {
  const { actions, checks } = ports;
  const styles = useStyles();
  const [pane, setPane] = useState<PaneKey>("insert");
  const [visible, setVisible] = useState(true);
  useEffect(() => visibility.subscribe(setVisible), [visibility]);
  return (
    <main className={styles.root}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {strings.appTitle}
      </Text>
      <TabList selectedValue={pane} onTabSelect={(_, data: SelectTabData) => setPane(data.value as PaneKey)}>
        <Tab value="insert">{strings.tabs.insert}</Tab>
        <Tab value="checks">{strings.tabs.checks}</Tab>
      </TabList>
      {pane === "insert" && (
        <>
          {/* The inserted sheet totals with QCITY.* functions; converting makes it readable without the add-in. */}
          <InsertPanel strings={strings.insert} errors={strings.errors} onInsert={(options) => actions.insertRubricSheet({ formulaStyle: "qcity", ...options, locale })} />
          <Divider />
          <ConvertFormulasButton strings={strings.convert} errors={strings.errors} onConvert={actions.convertToNativeFormulas} />
        </>
      )}
      {pane === "checks" && <ChecksPanel api={checks} locale={locale} errors={strings.errors} visible={visible} />}
    </main>
  );
}
