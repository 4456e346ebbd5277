/** Every text the task pane shows, in one language. */
export interface UiStrings {
  readonly appTitle: string;
  readonly tabs: { readonly insert: string; readonly checks: string };
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
  };
  readonly errors: {
    readonly title: string;
    readonly cellEditMode: string;
    readonly apiNotSupported: (requirement: string) => string;
    readonly accessDenied: string;
    readonly generic: (message: string) => string;
  };
}
