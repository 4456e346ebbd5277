export interface Rechecker {
  /** Asks for a recheck after the quiet period; requests within it become one. */
  request(): void;
  /** Rechecks now (pane opened, 重新检查 button); resolves when it and any recheck asked for meanwhile are done. */
  now(): Promise<void>;
  /** Cancels a pending request. */
  dispose(): void;
}

/**
 * Debounces and serialises rechecks: a burst of change events (typing, a
 * paste, the add-in's own writes) gives one check, and a request that arrives
 * while a check runs gives exactly one more check after it, never two at once.
 * Errors of `run` go to `onError`.
 */
export function createRechecker(run: () => Promise<void>, onError: (error: unknown) => void, delayMs = 400): Rechecker {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let pending = false;

  const flush = (): Promise<void> => {
    if (running !== undefined) {
      pending = true;
      return running;
    }
    running = (async () => {
      do {
        pending = false;
        try {
          await run();
        } catch (error) {
          onError(error);
        }
      } while (pending);
      running = undefined;
    })();
    return running;
  };

  return {
    request() {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void flush();
      }, delayMs);
    },
    now() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      return flush();
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
