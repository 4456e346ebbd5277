import type { ChecksPort } from "./checks";
import type { ReportPort } from "./report";
import type { WorkbookActions } from "./workbookActions";

/**
 * Everything the task pane needs from a workbook, one port per tab. A
 * composition root builds it once (src/taskpane/index.tsx over Office.js,
 * src/preview/index.tsx in memory) and the components take its parts as props.
 */
export interface WorkbookPorts {
  readonly actions: WorkbookActions;
  readonly checks: ChecksPort;
  readonly report: ReportPort;
}
