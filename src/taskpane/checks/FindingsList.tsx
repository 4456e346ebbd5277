import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, CounterBadge, makeStyles, tokens } from "@fluentui/react-components";
import type { ChecksStrings } from "../../i18n/checksStrings";
import { useState } from "react";
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

/** Findings grouped by kind, errors first, each group with its count; error groups open by default. */
export function FindingsList({ findings, strings, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const groups = FINDING_KINDS.map((kind) => ({ kind, items: findings.filter((f) => f.kind === kind) })).filter((g) => g.items.length > 0);
  // Error groups are open and others closed unless the user toggled them, also for groups that appear on a recheck.
  const [toggled, setToggled] = useState<ReadonlySet<FindingKind>>(new Set());
  const open = groups.filter((g) => (SEVERITY[g.kind] === "error") !== toggled.has(g.kind)).map((g) => g.kind);
  const toggle = (kind: FindingKind) =>
    setToggled((before) => {
      const after = new Set(before);
      if (!after.delete(kind)) after.add(kind);
      return after;
    });
  return (
    <Accordion multiple collapsible openItems={open} onToggle={(_, data) => toggle(data.value as FindingKind)} aria-label={strings.findings}>
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
