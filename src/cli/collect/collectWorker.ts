// A worker thread of `qcity collect`: collects the workbooks the pool sends, one at a time.
import { parentPort, workerData } from "node:worker_threads";
import type { Locale } from "../../table/locale";
import { OFFICIAL_RUBRIC } from "../../rubric";
import { streamWorkbookSnapshots } from "../../xlsx/streamSnapshots";
import { collectWorkbook } from "./collectWorkbook";
import type { CollectTask } from "./workerPool";

const { locale } = workerData as { locale: Locale };

parentPort?.on("message", (task: CollectTask) => {
  void collectWorkbook(task.path, task.file, streamWorkbookSnapshots, OFFICIAL_RUBRIC, locale).then((result) => parentPort?.postMessage({ index: task.index, result }));
});
