import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PanelStrings } from "../../i18n/panelStrings";
import type { PanelSheetInfo } from "../../ports/panel";

export interface PanelSheetListProps {
  readonly strings: PanelStrings;
  readonly sheets: readonly PanelSheetInfo[];
  readonly busy: boolean;
  readonly onSignOff: (sheet: PanelSheetInfo) => void;
  readonly onUnlock: (sheet: PanelSheetInfo) => void;
}

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: "none" },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  name: { flexGrow: 1 },
  locked: { color: tokens.colorNeutralForegroundDisabled },
  note: { color: tokens.colorNeutralForeground2 },
});

/** The panel's sheets: signed-off ones greyed out; 完成评分 on expert and self sheets, 解除锁定 after a confirmation. */
export function PanelSheetList({ strings, sheets, busy, onSignOff, onUnlock }: PanelSheetListProps) {
  const styles = useStyles();
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  return (
    <section aria-label={strings.sheets}>
      <Text weight="semibold">{strings.sheets}</Text>
      {sheets.length === 0 && <Text as="p">{strings.noSheets}</Text>}
      <ul className={styles.list}>
        {sheets.map((sheet) => (
          <li key={sheet.sheetName} className={styles.item}>
            <Text className={`${styles.name} ${sheet.locked ? styles.locked : ""}`}>
              {sheet.sheetName}（{strings.roles[sheet.role]}
              {sheet.locked ? `，${strings.locked}` : ""}）
            </Text>
            {sheet.role !== "summary" && !sheet.locked && (
              <Button size="small" disabled={busy} onClick={() => onSignOff(sheet)}>
                {strings.signOff}
              </Button>
            )}
            {sheet.locked && confirming !== sheet.sheetName && (
              <Button size="small" disabled={busy} onClick={() => setConfirming(sheet.sheetName)}>
                {strings.unlock}
              </Button>
            )}
            {confirming === sheet.sheetName && (
              <span role="alertdialog" aria-label={strings.unlock} className={styles.item}>
                <Text>{strings.unlockConfirm}</Text>
                <Button
                  size="small"
                  appearance="primary"
                  onClick={() => {
                    setConfirming(undefined);
                    onUnlock(sheet);
                  }}
                >
                  {strings.confirm}
                </Button>
                <Button size="small" onClick={() => setConfirming(undefined)}>
                  {strings.cancel}
                </Button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <Text as="p" size={200} className={styles.note}>
        {strings.protectionNote}
      </Text>
    </section>
  );
}
