import { runJob } from "@/lib/pipeline/run-job";
import type { Services } from "@/lib/services";

/**
 * Starts a job's pipeline in the background of this process and returns at once. The run is
 * not tied to any request: a client that disconnects ends its stream, never the job.
 */
export async function startJob(jobId: string, services: Services): Promise<void> {
  await services.store.beginAttempt(jobId);
  void runJob(jobId, services);
}
