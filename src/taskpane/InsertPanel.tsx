import { Button, Field, Input, Switch, Text, tokens } from "@fluentui/react-components";
import { useState, type CSSProperties } from "react";
import type { InsertResult } from "../ports/workbookActions";
import type { UiStrings } from "../i18n";
import type { LayoutOptions } from "../layout/types";
import { describeError } from "./describeError";
import { LazyBusySpinner } from "./LazyBusySpinner";
import { LazyStatusMessage } from "./LazyStatusMessage";
import type { Status } from "./StatusMessage";

/** What the assessor chooses in the panel. */
export type InsertOptions = Pick<LayoutOptions, "province" | "city" | "evidenceColumns">;

export interface InsertPanelProps {
  readonly strings: UiStrings["insert"];
  readonly errors: UiStrings["errors"];
  /** Inserts the rubric sheet; rejects with the Excel error when it cannot. */
  readonly onInsert: (options: InsertOptions) => Promise<InsertResult>;
}

// Inline styles over Fluent's tokens (CSS variables): this component is in the first view, where makeStyles would add
// Griffel's runtime style compiler (about 8 KB gzipped) to the first load. Lazy tabs use makeStyles as usual.
const styles = {
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
} satisfies Record<string, CSSProperties>;

/** Province and city fields, the evidence-columns switch and the 插入评价表 button. */
export function InsertPanel({ strings, errors, onInsert }: InsertPanelProps) {
  const [province, setProvince] = useState("");
  const [city, setCity] = useState("");
  const [evidenceColumns, setEvidenceColumns] = useState(true);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | undefined>(undefined);
  // Excel without the custom functions runtime: the totals were written as native formulas.
  const [fallback, setFallback] = useState(false);

  const insert = async () => {
    setBusy(true);
    setStatus(undefined);
    setFallback(false);
    const options: InsertOptions = {
      evidenceColumns,
      ...(province.trim() !== "" && { province: province.trim() }),
      ...(city.trim() !== "" && { city: city.trim() }),
    };
    try {
      const result = await onInsert(options);
      setStatus({ intent: "success", text: strings.done(result.sheetName) });
      setFallback(result.nativeFallback === true);
    } catch (error) {
      setStatus({ intent: "error", text: describeError(error, errors) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      style={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        void insert();
      }}
    >
      <Text style={styles.intro}>{strings.intro}</Text>
      <Field label={strings.province}>
        <Input value={province} placeholder={strings.provincePlaceholder} onChange={(_, data) => setProvince(data.value)} />
      </Field>
      <Field label={strings.city}>
        <Input value={city} placeholder={strings.cityPlaceholder} onChange={(_, data) => setCity(data.value)} />
      </Field>
      <Field hint={strings.evidenceColumnsHint}>
        <Switch label={strings.evidenceColumns} checked={evidenceColumns} onChange={(_, data) => setEvidenceColumns(data.checked)} />
      </Field>
      <div style={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {strings.button}
        </Button>
        {busy && <LazyBusySpinner label={strings.busy} />}
      </div>
      <LazyStatusMessage status={status} errorTitle={errors.title} />
      {fallback && <LazyStatusMessage status={{ intent: "warning", text: strings.nativeFallback }} errorTitle={errors.title} />}
    </form>
  );
}
