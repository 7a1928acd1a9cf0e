import fs from "node:fs";
import path from "node:path";
import { TaskThread } from "@/lib/async/task-thread";
import { env } from "@/lib/env";
import type { ExtractProgress } from "@/lib/extract/extractor";
import {
  type ExtractTask,
  type RulesTask,
  runRulesTask,
  type VerifyOutput,
  type VerifyTask,
} from "@/lib/extract/local-worker/rules-tasks";
import type { ExtractedDocument } from "@/lib/extract/schema";

interface Pending {
  task: RulesTask;
  onProgress: (progress: ExtractProgress) => void;
  /** Progress already passed on: a rerun in the calling thread does not repeat it. */
  relayed: number;
  resolve: (output: unknown) => void;
  reject: (error: unknown) => void;
}

type Reply =
  | { id: number; progress: ExtractProgress }
  | { id: number; output: unknown }
  | { id: number; error: string }
  | { id: number; unavailable: string };

/**
 * The worker script, found from the working directory as the pixel thread's is: the project's
 * for `npm start`, the worker process, the tests and the Docker image.
 */
export function rulesWorkerScript(): string | null {
  const file = path.join(process.cwd(), "lib", "extract", "local-worker", "rules-worker.mjs");
  return fs.existsSync(file) ? file : null;
}

/**
 * One worker thread for the local rules: a job's extraction by the local extractor and its
 * verify step (rules-tasks.ts). Each is tens of milliseconds of synchronous work per job, which
 * on the main thread holds up every request and stream for as long (docs/event-loop.md).
 * Tasks are served in order; the thread starts on first use (or warm()) and holds the process
 * open only while a task is in flight.
 *
 * The output is always the calling thread's: a task that throws in the thread, or is in flight
 * when the thread dies, is run again in the calling thread, which throws (or answers) exactly as
 * it would have alone; a thread that cannot load the rules (no tsx) makes every later task run
 * in the calling thread, as does a missing script or RULES_THREAD=false.
 */
export class RulesThread {
  private readonly thread: TaskThread<Pending, Reply> | null;
  private unavailable = false;

  constructor(script: string | null = rulesWorkerScript()) {
    this.thread = script
      ? new TaskThread<Pending, Reply>({
          script,
          name: "rules thread",
          onReply: (reply, pending) => this.settle(reply, pending),
          onExit: (left) => rerunAll(left),
        })
      : null;
  }

  /** The worker thread's id (0 when the tasks run in the calling thread), for tests. */
  get threadId(): number {
    return this.thread?.threadId ?? 0;
  }

  /**
   * The local extractor's reading of a page, progress included. The signal is checked before
   * and after, where the rules check it: a thread cannot see it change.
   */
  async extract(
    input: Omit<ExtractTask, "task">,
    options: { signal: AbortSignal; onProgress: (progress: ExtractProgress) => void },
  ): Promise<ExtractedDocument> {
    throwIfAborted(options.signal);
    const document = await this.run<ExtractedDocument>({ task: "extract", ...input }, options.onProgress);
    throwIfAborted(options.signal);
    return document;
  }

  /** The verify step (lib/verify/verify-against-image.ts). */
  verify(input: Omit<VerifyTask, "task">): Promise<VerifyOutput> {
    return this.run<VerifyOutput>({ task: "verify", ...input }, () => {});
  }

  /** Starts the thread now, so that the first job does not wait for it to load the rules. */
  warm(): void {
    if (!this.unavailable) this.thread?.start();
  }

  async close(): Promise<void> {
    await this.thread?.close(rerunAll);
  }

  private run<T>(task: RulesTask, onProgress: (progress: ExtractProgress) => void): Promise<T> {
    const thread = this.thread;
    if (!thread || this.unavailable) return runRulesTask(task, onProgress) as Promise<T>;
    return new Promise<T>((resolve, reject) => {
      thread.send({ task }, { task, onProgress, relayed: 0, resolve: (output) => resolve(output as T), reject });
    });
  }

  private settle(reply: Reply, pending: Pending): void {
    if ("progress" in reply) {
      pending.relayed++;
      pending.onProgress(reply.progress);
      return;
    }
    this.thread?.settle(reply.id);
    if ("output" in reply) {
      pending.resolve(reply.output);
      return;
    }
    if ("unavailable" in reply) {
      if (!this.unavailable)
        console.error("[sukusho] the rules thread is unavailable, rules run here:", reply.unavailable);
      this.unavailable = true;
      void this.close();
    }
    rerun(pending);
  }
}

/** The calling thread's own answer, with the progress the thread already passed on left out. */
function rerun(pending: Pending): void {
  let skip = pending.relayed;
  runRulesTask(pending.task, (progress) => {
    if (skip > 0) skip--;
    else pending.onProgress(progress);
  }).then(pending.resolve, pending.reject);
}

function rerunAll(left: Pending[]): void {
  for (const pending of left) rerun(pending);
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new Error("Extraction aborted");
}

const globalForRules = globalThis as unknown as { sukushoRulesThread?: RulesThread };

/** The process's rules thread (the calling thread itself with RULES_THREAD=false). */
export function rulesThread(): RulesThread {
  globalForRules.sukushoRulesThread ??= new RulesThread(env().RULES_THREAD ? rulesWorkerScript() : null);
  return globalForRules.sukushoRulesThread;
}
