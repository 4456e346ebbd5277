import { MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";

/** The outcome of the last action, or what the pane waits for (e.g. the user to finish editing a cell). */
export interface Status {
  readonly intent: "success" | "error" | "info" | "warning";
  readonly text: string;
}

export interface StatusMessageProps {
  readonly status: Status | undefined;
  /** Title shown above error texts; without it an error shows its text alone. */
  readonly errorTitle?: string;
}

// Inline styles over Fluent's tokens (CSS variables): this component is in the first view, where makeStyles would add
// Griffel's runtime style compiler to the first load.
const styles = {
  bar: { marginTop: tokens.spacingVerticalM },
} satisfies Record<string, CSSProperties>;

/** The pane's one message bar: errors are announced at once (role alert), anything else politely (role status). */
export function StatusMessage({ status, errorTitle }: StatusMessageProps) {
  if (!status) return null;
  const error = status.intent === "error";
  return (
    <MessageBar style={styles.bar} intent={status.intent} role={error ? "alert" : "status"}>
      <MessageBarBody>
        {error && errorTitle !== undefined && <MessageBarTitle>{errorTitle}</MessageBarTitle>}
        {status.text}
      </MessageBarBody>
    </MessageBar>
  );
}
