import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, CounterBadge, makeStyles, tokens } from "@fluentui/react-components";
import type { ChecksStrings } from "../../i18n/checksStrings";
import { FINDING_KINDS, SEVERITY, type Finding, type FindingKind } from "../../scoring/findings";
import { FindingRow } from "./FindingRow";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

const BADGE_COLOR = { error: "danger", warning: "important", info: "informative" } as const;

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  readonly strings: ChecksStrings;
  readonly onSelect: (finding: Finding) => void;
}

/** Findings grouped by kind, errors first, each group with its count; error groups start open. */
export function FindingsList({ findings, strings, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const groups = FINDING_KINDS.map((kind) => ({ kind, items: findings.filter((f) => f.kind === kind) })).filter((g) => g.items.length > 0);
  const open: FindingKind[] = groups.filter((g) => SEVERITY[g.kind] === "error").map((g) => g.kind);
  return (
    <Accordion multiple collapsible defaultOpenItems={open} aria-label={strings.findings}>
      {groups.map(({ kind, items }) => (
        <AccordionItem key={kind} value={kind}>
          <AccordionHeader>
            <span className={styles.header}>
              {strings.kinds[kind]}
              <CounterBadge count={items.length} overflowCount={999} color={BADGE_COLOR[SEVERITY[kind]]} size="small" />
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {items.map((finding) => (
                <FindingRow key={`${finding.address}:${finding.kind}:${finding.problem.detail ?? ""}`} finding={finding} onSelect={onSelect} />
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
