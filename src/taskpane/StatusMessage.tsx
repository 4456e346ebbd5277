import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";

export interface Status {
  readonly intent: "success" | "error" | "info" | "warning";
  readonly text: string;
}

export interface StatusMessageProps {
  readonly status: Status | undefined;
  /** Title shown above error texts. */
  readonly errorTitle: string;
}

const useStyles = makeStyles({
  bar: { marginTop: tokens.spacingVerticalM },
});

/** The outcome of the last action: a success note or a clear error. */
export function StatusMessage({ status, errorTitle }: StatusMessageProps) {
  const styles = useStyles();
  if (!status) return null;
  return (
    <MessageBar className={styles.bar} intent={status.intent} aria-live={status.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>
        {status.intent === "error" && <MessageBarTitle>{errorTitle}</MessageBarTitle>}
        {status.text}
      </MessageBarBody>
    </MessageBar>
  );
}
