import { readCheckState, releaseCheck } from "@/lib/jobs/check-claim";
import { JobReporter } from "@/lib/pipeline/job-reporter";
import type { Services } from "@/lib/services";

/**
 * Opens a new run of a job, wherever it will execute: resets the steps after `check`, says why
 * it runs again if it does (and which attempt it will be), and starts the queue step. The
 * attempt itself is counted when the run leaves the queue (JobStore.setStatus "running").
 *
 * A job whose check has not passed goes to its check first (lib/pipeline/check-step.ts), which
 * starts the queue step once it passes. A resumed run frees a check its dead process held and
 * starts it again; a finished check is never redone.
 */
export async function beginRun(jobId: string, services: Services, resumedReason?: string): Promise<number> {
  const check = await readCheckState(services.db, jobId);
  // A new upload (its check not even taken): nothing to reset, and the upload request waits on this.
  if (!resumedReason && check?.status === "pending") return 1;
  const attempt = await services.store.prepareRun(jobId);
  const reporter = new JobReporter(jobId, services.store, services.log);
  if (resumedReason) await reporter.emit({ type: "job.resumed", data: { reason: resumedReason, attempt } });
  if (check?.status === "succeeded") {
    await reporter.stepStarted("queue");
  } else if (resumedReason) {
    await releaseCheck(services.db, jobId);
    await reporter.emit({ type: "step.started", data: { step: "check" } });
  }
  return attempt;
}
