import type { PaneVisibility } from "../ports/paneVisibility";

/** The pane's visibility from Office.addin.onVisibilityModeChanged (SharedRuntime 1.1). */
export const officePaneVisibility: PaneVisibility = {
  subscribe(listener) {
    let stopped = false;
    let remove: (() => Promise<void>) | undefined;
    void Office.addin
      .onVisibilityModeChanged((message) => {
        if (!stopped) listener(message.visibilityMode !== "Hidden");
      })
      .then((removeHandler) => {
        remove = removeHandler;
        if (stopped) void remove();
      });
    return () => {
      stopped = true;
      void remove?.();
    };
  },
};
