import type { ChecksPort } from "./checks";
import type { PanelPort } from "./panel";
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
  /** The 评审 tab; a workbook without it shows no such tab. */
  readonly panel?: PanelPort;
  readonly report: ReportPort;
}
