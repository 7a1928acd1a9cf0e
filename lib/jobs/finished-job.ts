import { AppError, jobNotFound } from "@/lib/errors";
import type { JobResult } from "@/lib/extract/schema";
import type { JobSnapshot } from "@/lib/jobs/schema";
import type { Services } from "@/lib/services";

/** A job that has a result to review, or the error a route should answer with. */
export async function finishedJob(services: Services, id: string): Promise<JobSnapshot & { result: JobResult }> {
  const snapshot = await services.store.snapshot(id);
  if (!snapshot) throw jobNotFound(id);
  if (!snapshot.result) {
    throw new AppError(
      "job_has_no_result",
      "This job has no result to review (it is still running or it failed).",
      409,
    );
  }
  return snapshot as JobSnapshot & { result: JobResult };
}
