import { env } from "@/lib/env";
import { startJob } from "@/lib/jobs/start-job";
import type { Services } from "@/lib/services";

/**
 * At start-up, settles the jobs a previous process left queued or running: each runs again
 * from its stored image, unless it has been interrupted too often, when it fails with a
 * reason. Nothing is left "running" forever.
 */
export async function recoverJobs(services: Services): Promise<{ resumed: number; failed: number }> {
  const maxAttempts = env().JOB_MAX_ATTEMPTS;
  let resumed = 0;
  let failed = 0;
  for (const job of await services.store.unfinished()) {
    if (job.attempts >= maxAttempts) {
      const error = {
        code: "interrupted",
        message: `The server stopped while this job was running, ${job.attempts} times; it was given up.`,
      };
      await services.store.fail(job.id, error);
      await services.log.append(job.id, { type: "job.done", data: { status: "failed", error } });
      failed++;
      continue;
    }
    await services.log.append(job.id, {
      type: "job.resumed",
      data: {
        reason: "The server restarted while this job was in progress; it runs again.",
        attempt: job.attempts + 1,
      },
    });
    await startJob(job.id, services);
    resumed++;
  }
  return { resumed, failed };
}
