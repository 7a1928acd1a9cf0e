import { beginRun } from "@/lib/jobs/begin-run";
import type { JobQueue } from "@/lib/jobs/job-queue";
import { recoverJobs } from "@/lib/jobs/recover-jobs";
import { runJob } from "@/lib/pipeline/run-job";
import type { Services } from "@/lib/services";

/**
 * The embedded queue: a job runs in this process as soon as the pipeline limiter lets it.
 * Durable enough for one process: at start-up, jobs a crash left unfinished run again.
 */
export class LocalJobQueue implements JobQueue {
  constructor(private readonly services: () => Services) {}

  async enqueue(jobId: string, options: { resumedReason?: string } = {}): Promise<void> {
    await beginRun(jobId, this.services(), options.resumedReason);
    // Not awaited: the run belongs to the process, not to the request that started it.
    void runJob(jobId, this.services());
  }

  async start(options: { workers: boolean }): Promise<void> {
    if (!options.workers) return;
    const { resumed, failed } = await recoverJobs(this.services());
    if (resumed + failed > 0) console.log(`[sukusho] recovered unfinished jobs: ${resumed} resumed, ${failed} failed`);
  }

  async stop(): Promise<void> {}
}
