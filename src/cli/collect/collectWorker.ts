// A worker thread of `qcity collect`: collects the workbooks the pool sends, one at a time.
import { parentPort, workerData } from "node:worker_threads";
import type { Locale } from "../../table/locale";
import { defaultRubric } from "../rubrics";
import { streamWorkbookSnapshots } from "../../xlsx/streamSnapshots";
import { collectWorkbook } from "./collectWorkbook";
import type { CollectTask } from "./workerPool";

const { locale } = workerData as { locale: Locale };

parentPort?.on("message", (task: CollectTask) => {
  void collectWorkbook(task.path, task.file, streamWorkbookSnapshots, defaultRubric(), locale).then((result) => parentPort?.postMessage({ index: task.index, result }));
});
