import { Button, Text, tokens } from "@fluentui/react-components";
import { useState, type CSSProperties } from "react";
import type { UiStrings } from "../i18n";
import { describeError } from "./describeError";
import { LazyBusySpinner } from "./LazyBusySpinner";
import { LazyStatusMessage } from "./LazyStatusMessage";
import type { Status } from "./StatusMessage";

export interface ConvertFormulasButtonProps {
  readonly strings: UiStrings["convert"];
  /** Messages for failed Excel calls (cell-edit mode, protection, missing API set), shared with the rest of the pane. */
  readonly errors: UiStrings["errors"];
  /** Rewrites the active sheet's QCITY totals; resolves to how many cells changed, rejects with the Excel error. */
  readonly onConvert: () => Promise<number>;
}

// Inline styles over Fluent's tokens (CSS variables): this component is in the first view, where makeStyles would add
// Griffel's runtime style compiler (about 8 KB gzipped) to the first load. Lazy tabs use makeStyles as usual.
const styles = {
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
} satisfies Record<string, CSSProperties>;

/** The "转换为普通公式" action: a button, what it does, and how it went. */
export function ConvertFormulasButton({ strings, errors, onConvert }: ConvertFormulasButtonProps) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | undefined>(undefined);

  const convert = async () => {
    setBusy(true);
    setStatus(undefined);
    try {
      const count = await onConvert();
      setStatus(count > 0 ? { intent: "success", text: strings.done(count) } : { intent: "info", text: strings.nothingToConvert });
    } catch (error) {
      setStatus({ intent: "error", text: describeError(error, errors) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={styles.root}>
      <Text style={styles.hint}>{strings.hint}</Text>
      <div style={styles.actions}>
        <Button appearance="secondary" disabled={busy} onClick={() => void convert()}>
          {strings.button}
        </Button>
        {busy && <LazyBusySpinner label={strings.busy} />}
      </div>
      <LazyStatusMessage status={status} errorTitle={strings.errorTitle} />
    </div>
  );
}
