import { env } from "@/lib/env";
import type { Services } from "@/lib/services";

/**
 * Removes finished jobs older than RETENTION_DAYS (0 keeps everything): the job, its steps,
 * events, corrections and its image. Runs at start-up and then every RETENTION_SWEEP_MINUTES in
 * every process that runs jobs; concurrent sweeps in several processes are harmless.
 */
export async function sweepOldJobs(services: Services, days: number, now = new Date()): Promise<number> {
  if (days <= 0) return 0;
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  let removed = 0;
  for (const { id } of await services.store.finishedBefore(cutoff)) {
    const imageKey = await services.store.delete(id).catch(() => null);
    if (imageKey === null) continue;
    await services.images.remove(imageKey);
    removed++;
  }
  return removed;
}

const globalForRetention = globalThis as unknown as { sukushoRetention?: NodeJS.Timeout };

export function startRetention(services: Services): void {
  const { RETENTION_DAYS, RETENTION_SWEEP_MINUTES } = env();
  if (RETENTION_DAYS <= 0 || globalForRetention.sukushoRetention) return;
  const sweep = () =>
    sweepOldJobs(services, RETENTION_DAYS)
      .then(
        (removed) =>
          removed > 0 &&
          console.log(`[sukusho] retention: removed ${removed} job(s) older than ${RETENTION_DAYS} days`),
      )
      .catch((error) => console.error("[sukusho] retention sweep failed:", error));
  void sweep();
  globalForRetention.sukushoRetention = setInterval(sweep, RETENTION_SWEEP_MINUTES * 60_000);
  // The sweep never keeps a process alive on its own.
  globalForRetention.sukushoRetention.unref();
}
