// A worker thread of `qcity collect`: collects the workbooks the pool sends, one at a time.
import { parentPort, workerData } from "node:worker_threads";
import { buildRubric } from "../../rubric/build";
import { streamWorkbookSnapshots } from "../../xlsx/streamSnapshots";
import { collectWorkbook } from "./collectWorkbook";
import type { CollectSettings, CollectTask } from "./workerPool";

const { locale, rubric } = workerData as CollectSettings;
// The --rubric data was validated by the command before the workers started.
const option = rubric === undefined ? undefined : buildRubric(rubric);

parentPort?.on("message", (task: CollectTask) => {
  void collectWorkbook(task.path, task.file, streamWorkbookSnapshots, option, locale).then((result) => parentPort?.postMessage({ index: task.index, result }));
});
