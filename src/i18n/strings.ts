/** Every text the task pane shows, in one language. */
export interface UiStrings {
  readonly appTitle: string;
  readonly tabs: { readonly insert: string; readonly checks: string; readonly panel: string };
  readonly insert: {
    readonly intro: string;
    readonly province: string;
    readonly provincePlaceholder: string;
    readonly city: string;
    readonly cityPlaceholder: string;
    readonly evidenceColumns: string;
    readonly evidenceColumnsHint: string;
    readonly button: string;
    readonly busy: string;
    readonly done: (sheetName: string) => string;
    /** One line after `done` when Excel has no custom functions runtime and the totals are native formulas. */
    readonly nativeFallback: string;
  };
  /** The 转换为普通公式 action under the insert form. */
  readonly convert: {
    readonly button: string;
    readonly hint: string;
    readonly busy: string;
    readonly done: (count: number) => string;
    readonly nothingToConvert: string;
    readonly errorTitle: string;
  };
  readonly errors: {
    readonly title: string;
    /** Excel refused because a cell is being edited: what to do, then try again. */
    readonly cellEditMode: string;
    /** The same request while the pane waits and retries on its own. */
    readonly cellEditModeWaiting: string;
    readonly apiNotSupported: (requirement: string) => string;
    readonly accessDenied: string;
    readonly generic: (message: string) => string;
  };
}
