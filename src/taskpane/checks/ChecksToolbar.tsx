import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ChecksStrings } from "../../i18n/checksStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ChecksToolbarProps {
  readonly strings: ChecksStrings;
  readonly busy: boolean;
  /** The table lacks 佐证材料 or 扣分说明. */
  readonly canAddColumns: boolean;
  /** Some listed score is number-like text. */
  readonly canFix: boolean;
  readonly onRecheck: () => void;
  readonly onClearHighlights: () => void;
  readonly onAddColumns: () => void;
  readonly onFix: () => void;
}

/** The checks panel's actions: 重新检查, 清除突出显示, 添加佐证材料列, 转换文本数字. */
export function ChecksToolbar(props: ChecksToolbarProps) {
  const styles = useStyles();
  const { strings, busy } = props;
  return (
    <div className={styles.root}>
      <Button appearance="primary" disabled={busy} onClick={props.onRecheck}>
        {strings.recheck}
      </Button>
      <Button disabled={busy} onClick={props.onClearHighlights}>
        {strings.clearHighlights}
      </Button>
      <Button disabled={busy || !props.canAddColumns} onClick={props.onAddColumns}>
        {strings.addEvidenceColumns}
      </Button>
      <Button disabled={busy || !props.canFix} onClick={props.onFix}>
        {strings.fixNumberText}
      </Button>
    </div>
  );
}
