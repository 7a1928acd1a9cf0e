import { AppError, jobNotFound } from "@/lib/errors";
import type { JobSnapshot } from "@/lib/jobs/schema";
import type { Services } from "@/lib/services";

/** What resolving needs: the store, and the image store only to remove the duplicate's image. */
type Deps = { store: Services["store"]; images: Pick<Services["images"], "remove"> };

/** The job, which must be flagged as a repeat, or the error a route answers with. */
async function flaggedJob(services: Deps, id: string): Promise<JobSnapshot & { duplicateOf: { jobId: string } }> {
  const job = await services.store.snapshot(id);
  if (!job) throw jobNotFound(id);
  if (!job.duplicateOf) {
    throw new AppError("not_a_duplicate", "This job is not marked as a duplicate of another.", 409);
  }
  return job as JobSnapshot & { duplicateOf: { jobId: string } };
}

/** "Keep both": the flag goes and stays away (a later result does not raise it again). */
export async function dismissDuplicate(services: Deps, id: string): Promise<JobSnapshot> {
  await flaggedJob(services, id);
  await services.store.duplicates.dismiss(id);
  const job = await services.store.snapshot(id);
  if (!job) throw jobNotFound(id);
  return job;
}

/**
 * "Merge": the original stays and takes over what the user did on the repeat — each correction
 * of a field the original has not corrected, and the acceptance if the original has none — then
 * the repeat is deleted with its image. Answers the original as it is now.
 */
export async function mergeDuplicate(services: Deps, id: string): Promise<JobSnapshot> {
  const repeat = await flaggedJob(services, id);
  if (repeat.status === "queued" || repeat.status === "running") {
    throw new AppError("job_running", "This job is still running; merge it once it has finished.", 409);
  }
  const original = await services.store.snapshot(repeat.duplicateOf.jobId);
  if (!original) throw jobNotFound(repeat.duplicateOf.jobId);
  const carried = Object.entries(repeat.corrections).filter(([path]) => !(path in original.corrections));
  if (carried.length > 0 && !original.result) {
    throw new AppError(
      "original_has_no_result",
      "The original has no result to take these corrections; keep both, or delete one.",
      409,
    );
  }
  for (const [path, correction] of carried) {
    if (original.result) await services.store.correct(original.id, path, correction.value, original.result);
  }
  if (repeat.acceptedAt && !original.acceptedAt) await services.store.accept(original.id);
  const imageKey = await services.store.delete(id);
  if (imageKey !== null) await services.images.remove(imageKey);
  const merged = await services.store.snapshot(original.id);
  if (!merged) throw jobNotFound(original.id);
  return merged;
}
