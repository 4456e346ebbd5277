import { Divider, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { UiStrings } from "../../i18n";
import type { Locale } from "../../table/locale";
import { CHECKS_STRINGS } from "../../i18n/checksStrings";
import { planNumberTextFixes } from "../../scoring/planNumberTextFixes";
import { StatusMessage } from "../StatusMessage";
import { ChecksSummary } from "./ChecksSummary";
import { ChecksToolbar } from "./ChecksToolbar";
import { ReportButton } from "./ReportButton";
import { FindingsList } from "./FindingsList";
import { PanelSummary } from "./PanelSummary";
import type { ReportPort } from "../../ports/report";
import type { ChecksPort } from "../../ports/checks";
import { useChecks } from "./useChecks";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

export interface ChecksPanelProps {
  /** The workbook's checks port (Office.js in the add-in, memory in tests and the preview). */
  readonly api: ChecksPort;
  readonly locale: Locale;
  /** Messages for failed Excel calls (cell-edit mode, protection, missing API set). */
  readonly errors: UiStrings["errors"];
  /** Quiet period before a recheck after a change, in ms. */
  readonly debounceMs?: number;
  /** 生成评价报告 below the score summary; without it the button is not shown. */
  readonly report?: ReportPort;
  /** False while the task pane is hidden: no watching, rechecks or highlight writes then. Default true. */
  readonly visible?: boolean;
}

/** The checks tab: actions, status, findings grouped by kind, the score summary and 生成评价报告. */
export function ChecksPanel({ api, locale, errors, debounceMs, report, visible = true }: ChecksPanelProps) {
  const styles = useStyles();
  const strings = CHECKS_STRINGS[locale];
  const state = useChecks(api, strings, errors, debounceMs, visible);
  const { outcome } = state;
  const findings = outcome?.status === "checked" ? outcome.findings : [];

  return (
    <div className={styles.root}>
      <ChecksToolbar
        strings={strings}
        busy={state.busy}
        canAddColumns={findings.some((f) => f.kind === "missing-evidence-column")}
        canFix={planNumberTextFixes(findings).length > 0}
        onRecheck={() => void state.recheck()}
        onClearHighlights={() => void state.clearHighlights()}
        onAddColumns={() => void state.addEvidenceColumns()}
        onFix={() => void state.fixNumberText()}
      />
      <StatusMessage status={state.notice} />
      {outcome === undefined && <Spinner size="tiny" label={strings.checking} />}
      {outcome?.unreadableFormats !== undefined && <Text>{strings.unreadableFormats(outcome.unreadableFormats)}</Text>}
      {outcome?.status === "no-table" && <Text>{outcome.message ?? strings.noTable(outcome.sheetName)}</Text>}
      {outcome?.status === "checked" && findings.length === 0 && (outcome.panel?.findings.length ?? 0) === 0 && <Text>{strings.clean(outcome.sheetName)}</Text>}
      {findings.length > 0 && <FindingsList findings={findings} strings={strings} onSelect={(f) => void state.select(f)} />}
      {outcome?.status === "checked" && outcome.panel && (
        <>
          <Divider />
          <PanelSummary panel={outcome.panel} criteria={outcome.summary.criteria} strings={strings.panel} locale={locale} />
        </>
      )}
      {outcome?.status === "checked" && (
        <>
          <Divider />
          <ChecksSummary summary={outcome.summary} strings={strings} culture={locale} />
        </>
      )}
      {/* Outside the checked state: the new 评价报告 sheet becomes active and has no table, and the message stays. */}
      {report && (
        <>
          <Divider />
          <ReportButton port={report} strings={strings.report} errors={errors} />
        </>
      )}
    </div>
  );
}
