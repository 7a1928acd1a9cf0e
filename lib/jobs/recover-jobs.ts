import { env } from "@/lib/env";
import { checkStarts, readCheckState } from "@/lib/jobs/check-claim";
import type { Services } from "@/lib/services";

export const INTERRUPTED_REASON = "The server restarted while this job was in progress; it runs again.";

/**
 * At start-up, settles the jobs a previous process left queued or running: each runs again
 * from its stored image, unless it has been interrupted too often, when it fails with a
 * reason. Nothing is left "running" forever.
 */
export async function recoverJobs(services: Services): Promise<{ resumed: number; failed: number }> {
  let resumed = 0;
  let failed = 0;
  for (const job of await services.store.unfinished()) {
    if (await failIfGivenUp(job.id, await attemptsOf(job, services), services)) {
      failed++;
      continue;
    }
    await services.queue.enqueue(job.id, { resumedReason: INTERRUPTED_REASON });
    resumed++;
  }
  return { resumed, failed };
}

/**
 * How often the job was interrupted. A run is counted once it leaves the queue; before that, its
 * check step (lib/pipeline/check-step.ts) counts each time it had started, when a process held it
 * as it stopped: an image whose decode brings the process down must not do so at every start-up.
 */
async function attemptsOf(job: { id: string; attempts: number }, services: Services): Promise<number> {
  const check = await readCheckState(services.db, job.id);
  // Only a check its process held when it stopped; one still waiting for a slot was not tried.
  if (check?.status !== "running") return job.attempts;
  // The first interruption is free: a check runs within milliseconds of its upload, and a restart
  // during a burst of uploads says nothing about the image (with JOB_MAX_ATTEMPTS=1 it would
  // otherwise lose every upload in flight).
  return Math.max(job.attempts, (await checkStarts(services.db, job.id)) - 1);
}

/** Fails a job interrupted JOB_MAX_ATTEMPTS times, with the reason; true if it did. */
export async function failIfGivenUp(jobId: string, attempts: number, services: Services): Promise<boolean> {
  if (attempts < env().JOB_MAX_ATTEMPTS) return false;
  const error = {
    code: "interrupted",
    message: `The server stopped while this job was running, ${attempts} times; it was given up.`,
  };
  await services.store.fail(jobId, error);
  await services.log.append(jobId, { type: "job.done", data: { status: "failed", error } });
  return true;
}
