import { Suspense, lazy } from "react";

const BusySpinner = lazy(async () => ({ default: (await import(/* webpackChunkName: "status" */ "./BusySpinner")).BusySpinner }));

/**
 * The busy spinner of the first view's buttons, fetched with the first action (with the status message's chunk):
 * it only shows while an action runs, so its code stays out of the task pane's first load.
 */
export function LazyBusySpinner({ label }: { readonly label: string }) {
  return (
    <Suspense fallback={<span>{label}</span>}>
      <BusySpinner label={label} />
    </Suspense>
  );
}
