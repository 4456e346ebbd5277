import { extname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { RubricSource } from "../../rubric/types";
import type { Locale } from "../../table/locale";
import type { WorkbookResult } from "./types";

/** What every worker is started with: the message language, and the --rubric data (validated already) when given. */
export interface CollectSettings {
  readonly locale: Locale;
  readonly rubric: RubricSource | undefined;
}

/** One workbook for a worker: where it is and the name the output gives it. */
export interface CollectTask {
  readonly index: number;
  readonly path: string;
  readonly file: string;
}

const TEXT = {
  "zh-CN": (detail: string) => `读取时出错（处理进程中止：${detail}）`,
  "en-US": (detail: string) => `Reading failed (the worker stopped: ${detail})`,
} as const;

/**
 * A worker running collectWorker beside this module: the compiled JavaScript
 * in lib/, or, from the TypeScript source (tsx, jest), a two-line bootstrap
 * that registers tsx's require hook inside the worker first (a worker does not
 * inherit the parent's module hooks, and Node 20 does not apply `--import`
 * loaders to workers).
 */
function startWorker(settings: CollectSettings): Worker {
  const ext = extname(__filename);
  const file = join(__dirname, `collectWorker${ext}`);
  if (ext !== ".ts") return new Worker(file, { workerData: settings });
  const bootstrap = `require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(file)});`;
  return new Worker(bootstrap, { eval: true, workerData: settings });
}

/**
 * Collects `tasks` on `jobs` worker threads, each working on one workbook at a
 * time, and calls `done` as each result arrives (in any order). A worker that
 * dies (out of memory, a crash in a library) loses only the workbook it was
 * reading, which comes back as unreadable ("failed"); a new worker takes its
 * place. Resolves to the results in task order.
 */
export async function collectInWorkers(tasks: readonly CollectTask[], jobs: number, settings: CollectSettings, done: (result: WorkbookResult) => void): Promise<WorkbookResult[]> {
  const { locale } = settings;
  const results = new Array<WorkbookResult>(tasks.length);
  let next = 0;
  let finished = 0;
  return new Promise((resolveAll) => {
    const settle = (task: CollectTask, result: WorkbookResult) => {
      results[task.index] = result;
      finished++;
      done(result);
      if (finished === tasks.length) resolveAll(results);
    };
    const start = () => {
      const worker = startWorker(settings);
      let current: CollectTask | undefined;
      const feed = () => {
        current = tasks[next];
        if (current === undefined) {
          void worker.terminate();
          return;
        }
        next++;
        worker.postMessage(current);
      };
      worker.on("message", (message: { index: number; result: WorkbookResult }) => {
        const task = current as CollectTask;
        current = undefined;
        settle(task, message.result);
        feed();
      });
      const lost = (detail: string) => {
        const task = current;
        current = undefined;
        if (task === undefined) return;
        settle(task, { file: task.file, sheets: [], findings: [], unreadable: [{ file: task.file, sheet: "", kind: "failed", reason: TEXT[locale](detail) }] });
        if (next < tasks.length) start();
      };
      worker.on("error", (error) => lost(error.message));
      worker.on("exit", (code) => lost(`exit ${code}`));
      feed();
    };
    if (tasks.length === 0) resolveAll(results);
    for (let i = 0; i < Math.min(jobs, tasks.length); i++) start();
  });
}
