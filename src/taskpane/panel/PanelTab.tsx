import { Button, Divider, Field, Input, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { UiStrings } from "../../i18n";
import type { PanelStrings } from "../../i18n/panelStrings";
import type { ImportReport, PanelPort, PanelSheetInfo } from "../../ports/panel";
import type { ConsensusMethod } from "../../scoring/panel/consensus";
import { describeError } from "../describeError";
import { StatusMessage, type Status } from "../StatusMessage";
import { ImportReports } from "./ImportReports";
import { PanelSheetList } from "./PanelSheetList";

export interface PanelTabProps {
  readonly strings: PanelStrings;
  readonly errors: UiStrings["errors"];
  readonly api: PanelPort;
  /** Today's date as the sign-off writes it, e.g. 2026-12-01. */
  readonly today: () => string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  row: { display: "flex", alignItems: "end", gap: tokens.spacingHorizontalS, flexWrap: "wrap", maxWidth: "100%" },
  method: { minWidth: 0, maxWidth: "100%" },
  hidden: { display: "none" },
});

/** The 评审 tab: add the self-assessment and expert sheets, import experts' files, write the summary, sign sheets off. */
export function PanelTab({ strings, errors, api, today }: PanelTabProps) {
  const styles = useStyles();
  const [name, setName] = useState("");
  const [method, setMethod] = useState<ConsensusMethod>("mean");
  const [sheets, setSheets] = useState<readonly PanelSheetInfo[]>([]);
  const [reports, setReports] = useState<readonly ImportReport[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | undefined>(undefined);
  const picker = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => setSheets(await api.list()), [api]);
  useEffect(() => {
    // The list comes from Excel: subscribe-like, set when the call returns.
    let live = true;
    api.list().then(
      (list) => live && setSheets(list),
      (error: unknown) => live && setStatus({ intent: "error", text: describeError(error, errors) }),
    );
    return () => {
      live = false;
    };
  }, [api, errors]);

  /** Runs one action: busy while it runs, its outcome (or the Excel error) in the message bar, then the list again. */
  const act = async (action: () => Promise<string | undefined>) => {
    setBusy(true);
    setStatus(undefined);
    try {
      const done = await action();
      if (done !== undefined) setStatus({ intent: "success", text: done });
      await refresh();
    } catch (error) {
      setStatus({ intent: "error", text: describeError(error, errors) });
    } finally {
      setBusy(false);
    }
  };

  const addExpert = () =>
    act(async () => {
      if (name.trim() === "") return Promise.reject(new Error(strings.needName));
      const { sheetName } = await api.addSheet("assessment", name.trim());
      setName("");
      return strings.added(sheetName);
    });

  const importPicked = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    await act(async () => {
      const picked = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      setReports(await api.importFiles(picked));
      return undefined;
    });
    if (picker.current) picker.current.value = "";
  };

  const hasSummary = sheets.some((s) => s.role === "summary");
  return (
    <section className={styles.root}>
      <Text className={styles.intro}>{strings.intro}</Text>
      <div className={styles.row}>
        <Field label={strings.expertName}>
          <Input value={name} placeholder={strings.expertPlaceholder} onChange={(_, data) => setName(data.value)} />
        </Field>
        <Button appearance="primary" disabled={busy} onClick={() => void addExpert()}>
          {strings.addExpert}
        </Button>
        <Button disabled={busy} onClick={() => void act(async () => strings.added((await api.addSheet("self")).sheetName))}>
          {strings.addSelf}
        </Button>
      </div>
      <Divider />
      <Text weight="semibold">{strings.importTitle}</Text>
      <Text size={200} className={styles.intro}>
        {strings.importHint}
      </Text>
      <input ref={picker} className={styles.hidden} type="file" accept=".xlsx" multiple aria-label={strings.importTitle} onChange={(e) => void importPicked(e.target.files)} />
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => picker.current?.click()}>
          {strings.importButton}
        </Button>
      </div>
      <ImportReports strings={strings} reports={reports} />
      <Divider />
      <div className={styles.row}>
        <Field label={strings.method} className={styles.method}>
          <Select value={method} onChange={(_, data) => setMethod(data.value as ConsensusMethod)}>
            {(["mean", "trimmed", "median"] as const).map((m) => (
              <option key={m} value={m}>
                {strings.methods[m]}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() =>
            void act(async () => {
              const result = await api.writeSummary(method);
              return strings.summaryDone(result.sheetName, result.experts, result.updated);
            })
          }
        >
          {hasSummary ? strings.updateSummary : strings.writeSummary}
        </Button>
        {busy && <Spinner size="tiny" label={strings.busy} />}
      </div>
      <StatusMessage status={status} errorTitle={errors.title} />
      <Divider />
      <PanelSheetList
        strings={strings}
        sheets={sheets}
        busy={busy}
        onSignOff={(sheet) => void act(async () => (await api.signOff(sheet.sheetName, sheet.assessor ?? "", today()), undefined))}
        onUnlock={(sheet) => void act(async () => (await api.unlock(sheet.sheetName), undefined))}
      />
    </section>
  );
}
