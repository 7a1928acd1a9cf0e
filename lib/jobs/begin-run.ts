import { JobReporter } from "@/lib/pipeline/job-reporter";
import type { Services } from "@/lib/services";

/**
 * Opens a new run of a job, wherever it will execute: resets the steps after `check`, says why
 * it runs again if it does (and which attempt it will be), and starts the queue step. The
 * attempt itself is counted when the run leaves the queue (JobStore.setStatus "running").
 */
export async function beginRun(jobId: string, services: Services, resumedReason?: string): Promise<number> {
  const attempt = await services.store.prepareRun(jobId);
  const reporter = new JobReporter(jobId, services.store, services.log);
  if (resumedReason) await reporter.emit({ type: "job.resumed", data: { reason: resumedReason, attempt } });
  await reporter.stepStarted("queue");
  return attempt;
}
