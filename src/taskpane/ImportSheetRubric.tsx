import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { RUBRIC_STRINGS } from "../i18n/rubricStrings";
import type { UiStrings } from "../i18n";
import type { InsertResult, OfferedRubric, SheetRubricOutcome } from "../ports/workbookActions";
import type { Locale } from "../table/locale";
import { BusySpinner } from "./BusySpinner";
import { describeError } from "./describeError";

export interface ImportSheetRubricProps {
  readonly locale: Locale;
  readonly errors: UiStrings["errors"];
  /** Imports the active sheet's table with the insert form's options; rejects with the Excel error. */
  readonly onImport: () => Promise<SheetRubricOutcome>;
  /** After a sheet was inserted from the imported rubric, now carried by the workbook. */
  readonly onImported: (rubric: OfferedRubric, result: InsertResult) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Shown = { readonly intent: "success" | "error"; readonly title?: string; readonly text: string; readonly problems?: readonly string[] };

/** 以本表为评价标准: a button, what it does, and how it went; every problem of a table that is not a rubric is listed. */
export function ImportSheetRubric({ locale, errors, onImport, onImported }: ImportSheetRubricProps) {
  const strings = RUBRIC_STRINGS[locale];
  const classes = useStyles();
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<Shown | undefined>(undefined);

  const run = async () => {
    setBusy(true);
    setShown(undefined);
    try {
      const outcome = await onImport();
      if (outcome.status === "invalid") {
        setShown({ intent: "error", title: strings.errorTitle, text: strings.invalid(outcome.sourceSheet, outcome.problems.length), problems: outcome.problems });
      } else {
        setShown({ intent: "success", text: strings.done(outcome.rubric.title, outcome.criteria, outcome.totalPoints, outcome.sheetName) });
        onImported(outcome.rubric, outcome);
      }
    } catch (error) {
      setShown({ intent: "error", title: errors.title, text: describeError(error, errors) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={classes.root}>
      <Text className={classes.hint}>{strings.hint}</Text>
      <div className={classes.actions}>
        <Button appearance="secondary" type="button" disabled={busy} onClick={() => void run()}>
          {strings.button}
        </Button>
        {busy && <BusySpinner label={strings.busy} />}
      </div>
      {shown && (
        <MessageBar intent={shown.intent} role={shown.intent === "error" ? "alert" : "status"} layout="multiline">
          <MessageBarBody>
            {shown.title !== undefined && <MessageBarTitle>{shown.title}</MessageBarTitle>}
            {shown.text}
            {shown.problems && (
              <ul className={classes.problems}>
                {shown.problems.map((problem, i) => (
                  <li key={i}>{problem}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
