import { Suspense, lazy } from "react";
import type { StatusMessageProps } from "./StatusMessage";

const StatusMessage = lazy(async () => ({ default: (await import(/* webpackChunkName: "status" */ "./StatusMessage")).StatusMessage }));

/**
 * StatusMessage, fetched with the first status to show: a message bar appears only after an action, so its code
 * stays out of the task pane's first load.
 */
export function LazyStatusMessage(props: StatusMessageProps) {
  if (!props.status) return null;
  return (
    <Suspense fallback={null}>
      <StatusMessage {...props} />
    </Suspense>
  );
}
