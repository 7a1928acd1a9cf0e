import { ApiError, getJob } from "@/lib/client/api";
import { announceResultsChanged } from "@/lib/client/results-changed";
import { type JobSnapshot, jobSnapshotSchema } from "@/lib/jobs/schema";

/** The page's calls for a duplicate (docs/duplicates.md); deleting one is the ordinary deleteJob. */

async function post(id: string, action: "dismiss" | "merge"): Promise<JobSnapshot> {
  const response = await fetch(`/api/jobs/${encodeURIComponent(id)}/duplicate/${action}`, {
    method: "POST",
    cache: "no-store",
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(
      error?.code ?? "http_error",
      error?.message ?? `The server could not handle the request (HTTP ${response.status}). Please try again.`,
      response.status,
    );
  }
  return jobSnapshotSchema.parse(body);
}

/** "Keep both". Answers the job, no longer flagged. */
export const dismissDuplicate = (id: string) => post(id, "dismiss");

/** Merges the duplicate into its original and deletes it. Answers the original. */
export async function mergeDuplicate(id: string): Promise<JobSnapshot> {
  const original = await post(id, "merge");
  announceResultsChanged();
  return original;
}

/** The job's flag now (a receipt is compared with the others once its result is in). */
export async function currentDuplicateOf(id: string, signal?: AbortSignal): Promise<JobSnapshot["duplicateOf"]> {
  return (await getJob(id, signal)).duplicateOf ?? null;
}
