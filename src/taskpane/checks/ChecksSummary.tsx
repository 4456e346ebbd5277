import { Field, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Component, Suspense, lazy, type ReactNode } from "react";
import type { ChecksStrings } from "../../i18n/checksStrings";
import type { ScoreSummary } from "../../scoring/summary";

// The chart library (d3 inside) is fetched when the summary first shows, outside the task pane's first load.
const CategoryRateChart = lazy(() => import(/* webpackChunkName: "chart" */ "./CategoryRateChart"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  totals: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
});

export interface ChecksSummaryProps {
  readonly summary: ScoreSummary;
  readonly strings: ChecksStrings;
  /** Number formatting of the chart, e.g. "zh-CN". */
  readonly culture: string;
}

/** Shows `fallback` instead of its children when they fail, e.g. when the chart's chunk cannot be fetched. */
class Fallback extends Component<{ readonly fallback: ReactNode; readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** Score / cap per 评价项目 as a chart (progress bars while it loads, or if it cannot), the grand total / 1000 and the scored count / 98. */
export function ChecksSummary({ summary, strings, culture }: ChecksSummaryProps) {
  const styles = useStyles();
  const bars = summary.categories.map((category) => (
    <Field key={category.code} label={`${category.code} ${category.name}`} hint={`${category.score} / ${category.cap}`}>
      <ProgressBar value={category.score} max={category.cap} thickness="large" />
    </Field>
  ));
  return (
    <section className={styles.root} aria-label={strings.summary}>
      <Text weight="semibold">{strings.summary}</Text>
      <Fallback fallback={bars}>
        <Suspense fallback={bars}>
          <CategoryRateChart summary={summary} label={strings.chart} culture={culture} />
        </Suspense>
      </Fallback>
      <div className={styles.totals}>
        <Text weight="semibold">{`${strings.total} ${summary.total} / ${summary.cap}`}</Text>
        <Text>{`${strings.scored} ${summary.scored} / ${summary.criteria}`}</Text>
      </div>
      {summary.invalid > 0 && <Text size={200}>{strings.invalidLeftOut(summary.invalid)}</Text>}
    </section>
  );
}
