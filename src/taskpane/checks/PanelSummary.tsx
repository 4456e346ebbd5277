import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, CounterBadge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ChecksStrings } from "../../i18n/checksStrings";
import { methodLabel } from "../../layout/panel/summaryText";
import { PANEL_FINDING_KINDS, PANEL_SEVERITY } from "../../scoring/panel/panelFindings";
import { shownPoints, shownShare } from "../../scoring/panel/panelMessages";
import type { SummaryPanel } from "../../scoring/panel/summaryPanel";
import type { Locale } from "../../table/locale";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  number: { textAlign: "end" },
});

const BADGE_COLOR = { error: "danger", warning: "important" } as const;

export interface PanelSummaryProps {
  readonly panel: SummaryPanel;
  /** The rubric's number of criteria, for "scored n / N". */
  readonly criteria: number;
  readonly strings: ChecksStrings["panel"];
  readonly locale: Locale;
}

/** On a summary sheet: the method and thresholds, each member's total, and the panel findings grouped by kind (errors open). */
export function PanelSummary({ panel, criteria, strings, locale }: PanelSummaryProps) {
  const styles = useStyles();
  const method = methodLabel(panel.method, locale);
  const members = [...panel.experts, ...(panel.self ? [{ ...panel.self, name: strings.self }] : [])];
  const groups = PANEL_FINDING_KINDS.map((kind) => ({ kind, items: panel.findings.filter((f) => f.kind === kind) })).filter((g) => g.items.length > 0);
  return (
    <section className={styles.root} aria-label={strings.heading}>
      <Text weight="semibold">{strings.heading}</Text>
      <Text>{strings.settings(method, shownShare(panel.spreadThreshold), shownShare(panel.selfThreshold))}</Text>
      <Table size="extra-small" aria-label={strings.total}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.member}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{strings.total}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{strings.scored}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((m) => (
            <TableRow key={m.name}>
              <TableCell>{m.sheet === undefined ? `${m.name}${strings.noSheet}` : m.name}</TableCell>
              <TableCell className={styles.number}>{shownPoints(m.total)}</TableCell>
              <TableCell className={styles.number}>{`${m.scored} / ${criteria}`}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {groups.length === 0 ? (
        <Text>{strings.clean}</Text>
      ) : (
        <Accordion multiple collapsible defaultOpenItems={groups.filter((g) => PANEL_SEVERITY[g.kind] === "error").map((g) => g.kind)}>
          {groups.map(({ kind, items }) => (
            <AccordionItem key={kind} value={kind}>
              <AccordionHeader>
                <span className={styles.header}>
                  {strings.kinds[kind]}
                  <CounterBadge count={items.length} overflowCount={999} color={BADGE_COLOR[PANEL_SEVERITY[kind]]} size="small" />
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {items.map((f) => (
                    <li key={`${f.kind}:${f.code}`}>
                      <Text>{f.message}</Text>
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
