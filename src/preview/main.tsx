import { MemoryWorkbook } from "../memory";
import { renderPreview } from "./index";

// preview.html (development builds only): the task pane in a plain browser tab, over a workbook in memory.
const container = document.getElementById("root");
if (!container) throw new Error("preview.html has no #root element");
const locale = new URLSearchParams(location.search).get("lang") === "en-US" ? "en-US" : "zh-CN";
const { book } = renderPreview(container, locale, new MemoryWorkbook(["Sheet1"]));
// For trying the pane by hand from the browser console, e.g. qcityPreview.type("G4", "45").
Object.assign(window, { qcityPreview: book });
