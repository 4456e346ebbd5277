import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ChecksStrings } from "../../i18n/checksStrings";
import type { UiStrings } from "../../i18n";
import type { ReportPort } from "../../ports/report";
import { describeError } from "../describeError";
import { LazyStatusMessage } from "../LazyStatusMessage";
import type { Status } from "../StatusMessage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface ReportButtonProps {
  readonly port: ReportPort;
  readonly strings: ChecksStrings["report"];
  readonly errors: UiStrings["errors"];
}

/** 生成评价报告: adds the active sheet's report as a new sheet, and says where (or why not). */
export function ReportButton({ port, strings, errors }: ReportButtonProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | undefined>(undefined);

  const make = async () => {
    setBusy(true);
    setStatus(undefined);
    try {
      const outcome = await port.addReportSheet();
      setStatus(outcome.status === "added" ? { intent: "success", text: strings.added(outcome.sheetName) } : { intent: "info", text: outcome.message ?? outcome.sheetName });
    } catch (error) {
      setStatus({ intent: "error", text: describeError(error, errors) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Text className={styles.hint}>{strings.hint}</Text>
      <div className={styles.actions}>
        <Button appearance="secondary" disabled={busy} onClick={() => void make()}>
          {strings.button}
        </Button>
        {busy && <Spinner size="tiny" label={strings.busy} />}
      </div>
      <LazyStatusMessage status={status} errorTitle={strings.errorTitle} />
    </div>
  );
}
