/**
 * Whether the task pane is on screen. The shared runtime lives on when the user
 * closes the pane (the custom functions need it), so the pane's work must know:
 * while hidden, the checks tab stops watching the workbook (no rechecks, no
 * highlight writes) and leaves the highlights on the sheet as they are; when
 * shown again, it watches again and rechecks once.
 */
export interface PaneVisibility {
  /** Calls `listener` with true (shown) or false (hidden) on each change; returns a function that stops it. */
  subscribe(listener: (visible: boolean) => void): () => void;
}

/** For hosts where the pane cannot be hidden while the page runs (tests, the browser preview). */
export const ALWAYS_VISIBLE: PaneVisibility = { subscribe: () => () => undefined };
