import { useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "../../scoring/findings";
import { planNumberTextFixes } from "../../scoring/planNumberTextFixes";
import type { CheckOutcome, ChecksPort } from "../../ports/checks";
import { retryInCellEditMode } from "../../ports/editMode";
import type { UiStrings } from "../../i18n";
import type { ChecksStrings } from "../../i18n/checksStrings";
import { describeError } from "../describeError";
import type { Status } from "../StatusMessage";
import { createRechecker, type Rechecker } from "./rechecker";

/** The checks tab's latest status or action result, shown in the pane's one message bar. */
export type Notice = Status;

export interface ChecksState {
  readonly outcome?: CheckOutcome;
  readonly busy: boolean;
  readonly notice?: Notice;
  readonly recheck: () => Promise<void>;
  readonly clearHighlights: () => Promise<void>;
  readonly addEvidenceColumns: () => Promise<void>;
  readonly fixNumberText: () => Promise<void>;
  readonly select: (finding: Finding) => Promise<void>;
}

/**
 * The checks panel's state: checks when mounted, rechecks (debounced) on the
 * watcher's events, and runs the actions. While `visible` is false (the pane
 * is closed but the shared runtime lives on) it does not watch, check or write
 * highlights; when it turns true again it watches again and rechecks at once. Every Excel call waits out cell-edit
 * mode with a notice asking the user to finish editing; any failure ends in an
 * error notice, never silently.
 */
export function useChecks(api: ChecksPort, strings: ChecksStrings, errors: UiStrings["errors"], debounceMs = 400, visible = true): ChecksState {
  const [outcome, setOutcome] = useState<CheckOutcome>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const highlight = useRef(true);

  const excel = useCallback(
    <T,>(action: () => Promise<T>): Promise<T> =>
      retryInCellEditMode(action, { onWaiting: () => setNotice({ intent: "warning", text: errors.cellEditModeWaiting }) }),
    [errors],
  );
  const fail = useCallback((error: unknown) => setNotice({ intent: "error", text: describeError(error, errors) }), [errors]);

  // Made in the effect (not during render), so the ref it reads is only read when a check runs.
  const rechecker = useRef<Rechecker | undefined>(undefined);
  useEffect(() => {
    if (!visible) return;
    const current = createRechecker(
      async () => {
        const result = await excel(() => api.check({ highlight: highlight.current }));
        setOutcome(result);
        setNotice((n) => (n?.text === errors.cellEditModeWaiting ? undefined : n));
      },
      fail,
      debounceMs,
    );
    rechecker.current = current;
    let stop: (() => Promise<void>) | undefined;
    let live = true;
    void current.now();
    api.watch(() => current.request()).then(
      (stopWatching) => (live ? (stop = stopWatching) : void stopWatching().catch(fail)),
      fail,
    );
    return () => {
      live = false;
      current.dispose();
      stop?.().catch(fail);
    };
  }, [api, excel, fail, errors, debounceMs, visible]);
  const recheckNow = () => rechecker.current?.now() ?? Promise.resolve();

  /** Runs a user action with the buttons disabled; its notice replaces the last one. */
  const act = useCallback(
    async (action: () => Promise<Notice | undefined>) => {
      setBusy(true);
      setNotice(undefined);
      try {
        const result = await action();
        if (result) setNotice(result);
      } catch (error) {
        fail(error);
      } finally {
        setBusy(false);
      }
    },
    [fail],
  );

  const sheetName = outcome?.sheetName ?? "";
  const findings = outcome?.status === "checked" ? outcome.findings : [];

  return {
    outcome,
    busy,
    notice,
    recheck: () =>
      act(async () => {
        highlight.current = true;
        await recheckNow();
        return undefined;
      }),
    clearHighlights: () =>
      act(async () => {
        highlight.current = false;
        const removed = await excel(() => api.clearHighlights());
        return { intent: "info", text: strings.cleared(removed) };
      }),
    addEvidenceColumns: () =>
      act(async () => {
        const result = await excel(() => api.addEvidenceColumns());
        await recheckNow();
        return result.status === "added"
          ? { intent: "success", text: strings.columnsAdded(result.titles, result.columnsAddress) }
          : { intent: "warning", text: strings.refused[result.reason] };
      }),
    fixNumberText: () =>
      act(async () => {
        const result = await excel(() => api.fixNumberText(sheetName, planNumberTextFixes(findings)));
        await recheckNow();
        return { intent: result.skipped > 0 ? "warning" : "success", text: strings.fixed(result.changed, result.skipped) };
      }),
    select: (finding) => excel(() => api.select(sheetName, finding.address)).catch(fail),
  };
}
