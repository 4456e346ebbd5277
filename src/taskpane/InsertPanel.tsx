import { Button, Field, Input, Switch, Text, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState, type CSSProperties } from "react";
import type { InsertResult, OfferedRubric, SheetRubricOutcome } from "../ports/workbookActions";
import type { UiStrings } from "../i18n";
import type { Locale } from "../table/locale";
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
  /** Inserts the sheet of the rubric picked (undefined: the default); rejects with the Excel error when it cannot. */
  readonly onInsert: (options: InsertOptions, rubricId?: string) => Promise<InsertResult>;
  /**
   * The rubric picker (the rubrics shipped and the workbook's own, stable for the pane's life) and 以本表为评价标准,
   * in the pane's language; without it the default rubric is inserted and there is no import.
   */
  readonly rubrics?: {
    readonly locale: Locale;
    readonly onList: () => Promise<readonly OfferedRubric[]>;
    readonly onImport: (options: InsertOptions) => Promise<SheetRubricOutcome>;
  };
}

// The picker and the import button, with their words, are fetched after the first view: the picker shows once the
// workbook has listed its rubrics anyway.
const RubricPicker = lazy(async () => ({ default: (await import("./RubricPicker")).RubricPicker }));
const ImportSheetRubric = lazy(async () => ({ default: (await import("./ImportSheetRubric")).ImportSheetRubric }));

// Inline styles over Fluent's tokens (CSS variables): this component is in the first view, where makeStyles would add
// Griffel's runtime style compiler (about 8 KB gzipped) to the first load. Lazy tabs use makeStyles as usual.
const styles = {
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
} satisfies Record<string, CSSProperties>;

/** The rubric picker, province and city fields, the evidence-columns switch, the 插入评价表 button and 以本表为评价标准. */
export function InsertPanel({ strings, errors, onInsert, rubrics }: InsertPanelProps) {
  const [rubricId, setRubricId] = useState<string | undefined>(undefined);
  // Bumped after an import, so that the picker lists the new carried rubric.
  const [listed, setListed] = useState(0);
  const [province, setProvince] = useState("");
  const [city, setCity] = useState("");
  const [evidenceColumns, setEvidenceColumns] = useState(true);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | undefined>(undefined);
  // Excel without the custom functions runtime: the totals were written as native formulas.
  const [fallback, setFallback] = useState<string | undefined>(undefined);

  const options = (): InsertOptions => ({
    evidenceColumns,
    ...(province.trim() !== "" && { province: province.trim() }),
    ...(city.trim() !== "" && { city: city.trim() }),
  });
  const showFallback = (result: InsertResult) => {
    if (result.nativeFallback === true) setFallback(strings.nativeFallback);
    // Only with a rubric picked: its words come with the picker's (already loaded).
    else if (result.nativeForRubric === true && rubrics) void import("../i18n/rubricStrings").then((m) => setFallback(m.RUBRIC_STRINGS[rubrics.locale].nativeForRubric));
  };

  const insert = async () => {
    setBusy(true);
    setStatus(undefined);
    setFallback(undefined);
    try {
      const result = await onInsert(options(), rubricId);
      setStatus({ intent: "success", text: strings.done(result.sheetName) });
      showFallback(result);
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
      {rubrics && (
        <Suspense fallback={null}>
          <RubricPicker locale={rubrics.locale} errors={errors} onList={rubrics.onList} listed={listed} value={rubricId} onChange={setRubricId} />
        </Suspense>
      )}
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
      {fallback && <LazyStatusMessage status={{ intent: "warning", text: fallback }} errorTitle={errors.title} />}
      {rubrics && (
        <Suspense fallback={null}>
          <ImportSheetRubric
            locale={rubrics.locale}
            errors={errors}
            onImport={() => {
              setStatus(undefined);
              setFallback(undefined);
              return rubrics.onImport(options());
            }}
            onImported={(rubric, result) => {
              showFallback(result);
              setRubricId(rubric.id);
              setListed((n) => n + 1);
            }}
          />
        </Suspense>
      )}
    </form>
  );
}
