import { isCellEditModeError } from "./errors";

export interface EditModeRetry {
  /** Called once when Excel first reports cell-edit mode, so the pane can ask the user to finish editing. */
  readonly onWaiting: () => void;
  /** Pause between attempts, in ms; default 1000. */
  readonly delayMs?: number;
  /** Attempts in all before giving up with the last cell-edit-mode error; default 120 (two minutes). */
  readonly attempts?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Runs a port call, and while Excel is in cell-edit mode
 * (InvalidOperationInCellEditMode) tells the caller and retries until the user
 * finishes editing. Any other error, or the last cell-edit-mode error after all
 * attempts, is thrown, never dropped.
 */
export async function retryInCellEditMode<T>(action: () => Promise<T>, options: EditModeRetry): Promise<T> {
  const attempts = options.attempts ?? 120;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (!isCellEditModeError(error) || attempt >= attempts) throw error;
      if (attempt === 1) options.onWaiting();
      await sleep(options.delayMs ?? 1000);
    }
  }
}
