import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PanelStrings } from "../../i18n/panelStrings";
import type { ImportReport } from "../../ports/panel";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, paddingLeft: tokens.spacingHorizontalL },
  refused: { color: tokens.colorPaletteRedForeground1 },
  finding: { display: "block", margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Per picked file: the expert's name, how many criteria were scored and the findings, or why it was refused. */
export function ImportReports({ strings, reports }: { readonly strings: PanelStrings; readonly reports: readonly ImportReport[] }) {
  const styles = useStyles();
  if (reports.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={strings.importTitle}>
      {reports.map((r) =>
        r.ok ? (
          <li key={r.file}>
            <Text>{strings.imported(r.assessor, r.file, r.scored, r.criteria)}</Text>
            {r.findings.map((f) => (
              <Text key={f} as="p" size={200} className={styles.finding}>
                {f}
              </Text>
            ))}
          </li>
        ) : (
          <li key={r.file}>
            <Text className={styles.refused}>{strings.refused(r.file, r.reason)}</Text>
          </li>
        ),
      )}
    </ul>
  );
}
