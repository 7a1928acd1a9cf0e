import { Limiter } from "@/lib/async/limiter";
import { withTimeout } from "@/lib/async/with-timeout";
import { env } from "@/lib/env";
import { AppError, toProblem } from "@/lib/errors";
import { cleanImage } from "@/lib/images/check-image";
import { checkSummary } from "@/lib/images/check-summary";
import { isCleanImageKey } from "@/lib/images/image-store";
import { perceptualHash } from "@/lib/images/perceptual-hash";
import { claimCheck, readCheckState, storeCheckedImage } from "@/lib/jobs/check-claim";
import { JobReporter } from "@/lib/pipeline/job-reporter";
import type { Services } from "@/lib/services";

/**
 * Checks at once per process. Separate from the pipeline limiter, so a new upload's check never
 * waits behind other jobs' OCR. One: a decode holds a whole image in memory, a check takes tens
 * of milliseconds, and one line keeps the uploads' order into the pipeline (first in, first read).
 */
export const CHECK_CONCURRENCY = 1;
/** A check that has not finished in this long fails its job (a decode takes well under a second). */
export const CHECK_TIMEOUT_MS = 60_000;
/**
 * A check taken longer ago than this is taken as lost (its process died) and another process
 * takes it over. Longer than a check may wait for a slot and then run.
 */
export const CHECK_STALE_MS = 3 * CHECK_TIMEOUT_MS;
/** How often a run waiting for another process's check looks again. */
export const CHECK_POLL_MS = 50;

/** What a try at the check came to: it passed, it failed the job, or another process holds it. */
type Attempt = "passed" | "failed" | "taken";

// One map and one limiter per process, even when Next loads this module in several bundles.
const shared = globalThis as unknown as {
  sukushoChecks?: { running: Map<string, Promise<Attempt>>; limiter: Limiter };
};
function checks() {
  shared.sukushoChecks ??= { running: new Map(), limiter: new Limiter("check", CHECK_CONCURRENCY) };
  return shared.sukushoChecks;
}

/**
 * Makes sure the job's `check` step has run (docs/fast-upload.md): the full decode, the clean
 * PNG in place of the upload, the perceptual hash and the same-image mark. Runs it here if no
 * process has, waits for it if another process is running it (`wait`), takes it over if that
 * process is gone. True when the job may go on; false when the check failed it (it then ended
 * with `job.done` failed), the job is gone, or, without `wait`, another process has it.
 */
export async function ensureChecked(jobId: string, services: Services, options = { wait: true }): Promise<boolean> {
  // Called while the upload request is still answering: not even a query until its 202 and the
  // first events of its stream have gone out (docs/fast-upload.md).
  const delayMs = env().CHECK_START_DELAY_MS;
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  for (;;) {
    const mine = checks().running.get(jobId);
    if (mine) {
      const attempt = await mine;
      if (attempt !== "taken") return attempt === "passed";
    }
    const state = await readCheckState(services.db, jobId);
    if (!state || state.status === "failed") return false;
    if (state.status === "succeeded") return true;
    if (state.status === "pending") {
      const attempt = await tryCheck(jobId, services);
      if (attempt !== "taken") return attempt === "passed";
      continue;
    }
    const stale = state.startedAt !== null && Date.now() - state.startedAt.getTime() > CHECK_STALE_MS;
    if (stale && state.startedAt) {
      const attempt = await tryCheck(jobId, services, state.startedAt);
      if (attempt !== "taken") return attempt === "passed";
      continue;
    }
    if (!options.wait) return false;
    await new Promise((resolve) => setTimeout(resolve, CHECK_POLL_MS));
  }
}

/** Claims the check once a slot is free (so a busy process does not sit on claims) and runs it. */
function tryCheck(jobId: string, services: Services, staleSince?: Date): Promise<Attempt> {
  const { running, limiter } = checks();
  const existing = running.get(jobId);
  if (existing) return existing;
  const attempt = limiter
    .run(async (): Promise<Attempt> => {
      if (!(await claimCheck(services.db, jobId, staleSince))) return "taken";
      return (await runCheck(jobId, services, staleSince !== undefined)) ? "passed" : "failed";
    })
    .finally(() => running.delete(jobId));
  running.set(jobId, attempt);
  return attempt;
}

/** The check itself, by the process holding the claim. Never throws: a failure fails the job. */
async function runCheck(jobId: string, services: Services, takenOver: boolean): Promise<boolean> {
  const reporter = new JobReporter(jobId, services.store, services.log);
  const job = await services.db.job.findUnique({
    where: { id: jobId },
    select: { imageKey: true, fileName: true, mimeType: true, width: true, height: true },
  });
  if (!job) return false;
  try {
    if (takenOver) await reporter.emit({ type: "step.started", data: { step: "check" } });
    const { cleanKey, imageHash } = await withTimeout(clean(job, services, reporter), CHECK_TIMEOUT_MS, () => {
      return new AppError(
        "check_timeout",
        `The check step took longer than ${CHECK_TIMEOUT_MS / 1000} s and was stopped.`,
        504,
      );
    });
    if (!(await storeCheckedImage(services.db, jobId, { uploadKey: job.imageKey, cleanKey, imageHash }))) {
      // Deleted while it was checked: the clean copy has no job to belong to.
      await services.images.remove(cleanKey);
      return false;
    }
    if (job.imageKey !== cleanKey) await services.images.remove(job.imageKey);
    // Before the run: a same-image flag is the stronger one and must not lose a race to the result.
    await services.store.duplicates.markSameImage(jobId);
    await reporter.stepCompleted("check", checkSummary(job));
    // The queue step waits for the check (lib/jobs/begin-run.ts), and starts here once it passed.
    await reporter.stepStarted("queue");
    return true;
  } catch (error) {
    const problem = toProblem(error);
    if (!(error instanceof AppError)) console.error(`[sukusho] check failed for ${jobId}:`, error);
    try {
      await reporter.stepFailed("check", problem);
      await services.store.fail(jobId, problem);
      await reporter.emit({ type: "job.done", data: { status: "failed", error: problem } });
      // Nothing reads an upload that failed its check again: its bytes (and metadata) go.
      if (!isCleanImageKey(job.imageKey)) await services.images.remove(job.imageKey);
    } catch (storeError) {
      console.error(`[sukusho] could not record the failed check of ${jobId}:`, storeError);
    }
    return false;
  }
}

/** Decodes the upload into a clean PNG, stores it, and hashes the image. */
async function clean(
  job: { imageKey: string; fileName: string },
  services: Services,
  reporter: JobReporter,
): Promise<{ cleanKey: string; imageHash: string }> {
  // A clean key already: a run that stored the PNG and stopped before the step was marked done.
  if (isCleanImageKey(job.imageKey)) {
    const png = await services.images.read(job.imageKey);
    return { cleanKey: job.imageKey, imageHash: await perceptualHash(png) };
  }
  const bytes = await services.images.readUpload(job.imageKey);
  const png = await cleanImage(bytes, job.fileName, { maxPixels: env().MAX_IMAGE_PIXELS });
  // Decoded and re-encoded: the larger half of the work.
  reporter.stepProgress("check", 0.6);
  // From the upload's own bytes, as at upload before: the hashes of older jobs compare alike.
  const imageHash = await perceptualHash(bytes);
  return { cleanKey: await services.images.save(png), imageHash };
}
