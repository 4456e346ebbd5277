import { Field, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ChecksStrings } from "../../i18n/checksStrings";
import type { ScoreSummary } from "../../scoring/summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  totals: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
});

export interface ChecksSummaryProps {
  readonly summary: ScoreSummary;
  readonly strings: ChecksStrings;
}

/** Score / cap per 评价项目 with a progress bar, the grand total / 1000 and the scored count / 98. */
export function ChecksSummary({ summary, strings }: ChecksSummaryProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={strings.summary}>
      <Text weight="semibold">{strings.summary}</Text>
      {summary.categories.map((category) => (
        <Field key={category.code} label={`${category.code} ${category.name}`} hint={`${category.score} / ${category.cap}`}>
          <ProgressBar value={category.score} max={category.cap} thickness="large" />
        </Field>
      ))}
      <div className={styles.totals}>
        <Text weight="semibold">{`${strings.total} ${summary.total} / ${summary.cap}`}</Text>
        <Text>{`${strings.scored} ${summary.scored} / ${summary.criteria}`}</Text>
      </div>
      {summary.invalid > 0 && <Text size={200}>{strings.invalidLeftOut(summary.invalid)}</Text>}
    </section>
  );
}
