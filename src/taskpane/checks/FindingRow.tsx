import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../scoring/findings";

const useStyles = makeStyles({
  button: { justifyContent: "flex-start", textAlign: "start", width: "100%", fontWeight: tokens.fontWeightRegular },
  address: { fontFamily: tokens.fontFamilyMonospace, minWidth: "4em", color: tokens.colorNeutralForeground3 },
});

export interface FindingRowProps {
  readonly finding: Finding;
  readonly onSelect: (finding: Finding) => void;
}

/** One finding: its cell address and message; clicking selects the cell. */
export function FindingRow({ finding, onSelect }: FindingRowProps) {
  const styles = useStyles();
  return (
    <li>
      <Button appearance="subtle" className={styles.button} onClick={() => onSelect(finding)} title={finding.address}>
        <span className={styles.address}>{finding.address}</span>
        {finding.message}
      </Button>
    </li>
  );
}
