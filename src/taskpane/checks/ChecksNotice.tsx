import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Notice } from "./useChecks";

/** The latest status or action result, e.g. the request to finish cell editing. */
export function ChecksNotice({ notice }: { readonly notice: Notice }) {
  return (
    <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
