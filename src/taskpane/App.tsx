import { Tab, TabList, Text, makeStyles, tokens, type SelectTabData } from "@fluentui/react-components";
import { useState } from "react";
import type { UiLocale, UiStrings } from "../i18n";
import type { ExcelActions } from "./excelActions";
import { InsertPanel } from "./InsertPanel";

export interface AppProps {
  readonly strings: UiStrings;
  readonly locale: UiLocale;
  readonly actions: ExcelActions;
}

/** The panes, one tab each; add a Tab and its panel here for a new pane. */
type PaneKey = "insert";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  title: { margin: 0 },
});

export function App({ strings, locale, actions }: AppProps) {
  const styles = useStyles();
  const [pane, setPane] = useState<PaneKey>("insert");
  return (
    <main className={styles.root}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {strings.appTitle}
      </Text>
      <TabList selectedValue={pane} onTabSelect={(_, data: SelectTabData) => setPane(data.value as PaneKey)}>
        <Tab value="insert">{strings.tabs.insert}</Tab>
      </TabList>
      {pane === "insert" && (
        <InsertPanel strings={strings.insert} errors={strings.errors} onInsert={(options) => actions.insertRubricSheet({ ...options, locale })} />
      )}
    </main>
  );
}
