/**
 * The rules thread's script (rules-thread.ts): runs the local rules' extraction and the verify
 * step of a job (rules-tasks.ts), so that the server's main thread does not spend a job's 30 ms
 * of rules in one piece while requests wait. Those files import much of the app through the `@/`
 * alias, which Node's type stripping cannot resolve, so they are loaded through tsx (already the
 * runner of `npm run worker` and of the Docker image's migrations) with the project's tsconfig:
 * the thread runs the tree's files, as the pixel thread does. Where tsx cannot load them, every
 * task is answered `unavailable` and the caller runs it in its own thread.
 */
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parentPort } from "node:worker_threads";

// Niced like the OCR threads (niced-worker.cjs, OCR_NICE): the main thread answers first.
const nice = Number(process.env.OCR_NICE ?? "10");
if (process.platform === "linux" && Number.isInteger(nice) && nice > 0) {
  try {
    os.setPriority(Math.min(nice, 19));
  } catch {
    // Not allowed (a seccomp profile, say): the rules run at normal priority.
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const tasks = import("tsx/esm/api").then(({ tsImport }) =>
  tsImport("./lib/extract/local-worker/rules-tasks.ts", {
    parentURL: pathToFileURL(`${root}${path.sep}`).href,
    tsconfig: path.join(root, "tsconfig.json"),
  }),
);
// Seen by the first task; an unhandled rejection would end the thread before it can say why.
tasks.catch(() => {});

parentPort?.on("message", async ({ id, task }) => {
  let runRulesTask;
  try {
    ({ runRulesTask } = await tasks);
  } catch (error) {
    parentPort?.postMessage({ id, unavailable: error instanceof Error ? error.message : String(error) });
    return;
  }
  try {
    const output = await runRulesTask(task, (progress) => parentPort?.postMessage({ id, progress }));
    parentPort?.postMessage({ id, output });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
