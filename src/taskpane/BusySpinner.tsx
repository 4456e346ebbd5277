import { Spinner } from "@fluentui/react-components";

/** A tiny spinner with a label, shown while an action runs. Loaded by LazyBusySpinner. */
export function BusySpinner({ label }: { readonly label: string }) {
  return <Spinner size="tiny" label={label} />;
}
