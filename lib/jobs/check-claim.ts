import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StepStatus } from "@/lib/jobs/schema";

/**
 * Who runs an upload's check step, across processes (docs/fast-upload.md). The check step's row
 * is the claim: `pending` is free, `running` is taken (since `startedAt`), `succeeded` and
 * `failed` are done. Every change is a conditional update, so of two processes that try at
 * once, exactly one wins; the database decides, in SQLite and PostgreSQL alike.
 */

export interface CheckState {
  status: StepStatus;
  startedAt: Date | null;
}

const CHECK = (jobId: string) => ({ jobId, name: "check" });

/** The check step as it stands; null when the job is gone. */
export async function readCheckState(db: PrismaClient, jobId: string): Promise<CheckState | null> {
  const step = await db.step.findUnique({
    where: { jobId_name: CHECK(jobId) },
    select: { status: true, startedAt: true },
  });
  return step ? { status: step.status as StepStatus, startedAt: step.startedAt } : null;
}

/**
 * Takes the check: a free one, or one taken at `staleSince` (its process died or hung). True if
 * this caller now holds it.
 */
export async function claimCheck(db: PrismaClient, jobId: string, staleSince?: Date): Promise<boolean> {
  const { count } = await db.step.updateMany({
    where: { ...CHECK(jobId), ...(staleSince ? { status: "running", startedAt: staleSince } : { status: "pending" }) },
    data: { status: "running", startedAt: new Date(), finishedAt: null, error: null, summary: null },
  });
  return count === 1;
}

/** Frees a check whose process is known to be gone (recovery at start-up); true if it was taken. */
export async function releaseCheck(db: PrismaClient, jobId: string): Promise<boolean> {
  const { count } = await db.step.updateMany({
    where: { ...CHECK(jobId), status: "running" },
    data: { status: "pending", startedAt: null },
  });
  return count === 1;
}

/**
 * Points the job at its clean image and stores the image's hash, if the job still holds the
 * upload it was checked from; false when it was deleted (or re-pointed) meanwhile.
 */
export async function storeCheckedImage(
  db: PrismaClient,
  jobId: string,
  image: { uploadKey: string; cleanKey: string; imageHash: string },
): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: { id: jobId, imageKey: image.uploadKey },
    data: { imageKey: image.cleanKey, imageHash: image.imageHash },
  });
  return count === 1;
}

/**
 * How many times the check has started: once at upload, once more for each run that had to start
 * it again. From the event log, so no column counts it; recovery gives up on an image whose check
 * keeps being interrupted (it may be what brings the process down).
 */
export async function checkStarts(db: PrismaClient, jobId: string): Promise<number> {
  return db.event.count({ where: { jobId, type: "step.started", data: { contains: '"step":"check"' } } });
}
