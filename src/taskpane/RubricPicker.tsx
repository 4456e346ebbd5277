import { Field, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState, type CSSProperties } from "react";
import { RUBRIC_STRINGS } from "../i18n/rubricStrings";
import type { UiStrings } from "../i18n";
import type { OfferedRubric } from "../ports/workbookActions";
import type { Locale } from "../table/locale";
import { describeError } from "./describeError";

export interface RubricPickerProps {
  readonly locale: Locale;
  readonly errors: UiStrings["errors"];
  /** The rubrics to offer (shipped, then the workbook's own); read again whenever `listed` changes. */
  readonly onList: () => Promise<readonly OfferedRubric[]>;
  readonly listed: number;
  /** The id picked; undefined shows the first offered (the default rubric). */
  readonly value: string | undefined;
  readonly onChange: (id: string) => void;
}

// A native select drawn like Fluent's inputs: Fluent's Dropdown would weigh several KB more.
const styles = {
  select: {
    minHeight: "32px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
} satisfies Record<string, CSSProperties>;

/** The 评价标准 picker: shown once the workbook has said which rubrics it offers; a failed read says why. */
export function RubricPicker({ locale, errors, onList, listed, value, onChange }: RubricPickerProps) {
  const strings = RUBRIC_STRINGS[locale];
  const [rubrics, setRubrics] = useState<readonly OfferedRubric[]>([]);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    onList().then(
      (offered) => {
        if (!current) return;
        setRubrics(offered);
        setFailure(undefined);
      },
      (error: unknown) => current && setFailure(describeError(error, errors)),
    );
    return () => void (current = false);
  }, [onList, listed, errors]);

  if (failure !== undefined) return <Text style={styles.error}>{failure}</Text>;
  if (rubrics.length === 0) return null;
  return (
    <Field label={strings.rubric}>
      {(field) => (
        <select {...field} style={styles.select} value={value ?? rubrics[0]?.id} onChange={(event) => onChange(event.target.value)}>
          {rubrics.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title + (r.origin === "carried" ? strings.carried : "")}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
