import { MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";

export interface Status {
  readonly intent: "success" | "error" | "info";
  readonly text: string;
}

export interface StatusMessageProps {
  readonly status: Status | undefined;
  /** Title shown above error texts. */
  readonly errorTitle: string;
}

// Inline styles over Fluent's tokens (CSS variables): this component is in the first view, where makeStyles would add
// Griffel's runtime style compiler (about 8 KB gzipped) to the first load. Lazy tabs use makeStyles as usual.
const styles = {
  bar: { marginTop: tokens.spacingVerticalM },
} satisfies Record<string, CSSProperties>;

/** The outcome of the last action: a success note or a clear error. */
export function StatusMessage({ status, errorTitle }: StatusMessageProps) {
  if (!status) return null;
  return (
    <MessageBar style={styles.bar} intent={status.intent} aria-live={status.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>
        {status.intent === "error" && <MessageBarTitle>{errorTitle}</MessageBarTitle>}
        {status.text}
      </MessageBarBody>
    </MessageBar>
  );
}
