import { FreshReads } from "@/lib/async/fresh-reads";
import { type Problem, type StepName, stepNames } from "@/lib/events/schema";
import type { CustomFieldSpec, DocumentKind, ExtractorName, JobResult } from "@/lib/extract/schema";
import type { Correction as CorrectionRow, Job, PrismaClient, Step } from "@/lib/generated/prisma/client";
import {
  DUPLICATE_OF_INCLUDE,
  type DuplicateColumns,
  DuplicateStore,
  duplicateOfView,
} from "@/lib/jobs/duplicates-store";
import { type JobSnapshot, type JobStatus, jobLinks, jobListRef, type StepStatus } from "@/lib/jobs/schema";
import { jobIdsContaining } from "@/lib/jobs/search-jobs";
import type { OcrResult } from "@/lib/ocr/types";
import { correctedDocument, summarise } from "@/lib/review/corrections";
import type { Corrections, JobSummary } from "@/lib/review/schema";

/** Reads and writes jobs and their steps. Events go through the EventLog, not here. */

export interface NewJob {
  id: string;
  userId: string | null;
  fileName: string;
  mimeType: string;
  width: number;
  height: number;
  byteSize: number;
  imageKey: string;
  extractor: ExtractorName;
  kind: DocumentKind | null;
  allowImage: boolean;
  customFields: CustomFieldSpec[] | null;
  /** The uploader's time zone (IANA); null or absent: the server's (docs/time-zones.md). */
  timeZone?: string | null;
  /** When the screenshot was taken, as the uploader's device knew it; null or absent: unknown. */
  capturedAt?: Date | null;
  /** A page of a stitched list (docs/stitching.md): the list's id and the page's place in it. */
  listId?: string | null;
  listPage?: number | null;
  /** The image's perceptual hash (docs/duplicates.md). */
  imageHash?: string | null;
}

type JobWithSteps = Job & { steps: Step[]; corrections: CorrectionRow[] } & DuplicateColumns;

export interface JobStreamState {
  /** A user id, or null for open mode's jobs. */
  userId: string | null;
  finished: boolean;
  lastEventId: number;
}

const WITH_DETAILS = { steps: true, corrections: true, ...DUPLICATE_OF_INCLUDE } as const;
/**
 * A snapshot leaves out the stored OCR (every word with its box: tens to hundreds of kilobytes
 * for a tall screenshot), which it does not show: the history's 50 jobs and every poll of a job
 * read it from the database for nothing.
 */
const SNAPSHOT_ROW = { include: WITH_DETAILS, omit: { ocr: true } } as const;

const parseJson = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

export class JobStore {
  private lastCreatedAt = 0;

  constructor(
    private readonly db: PrismaClient,
    /** PostgreSQL compares text case-sensitively unless asked; SQLite's LIKE already ignores case. */
    private readonly options: { insensitiveSearch: boolean } = { insensitiveSearch: false },
  ) {}

  /** Which earlier job a job repeats (docs/duplicates.md). */
  get duplicates(): DuplicateStore {
    return new DuplicateStore(this.db);
  }

  /** Strictly increasing creation times, so "newest first" is well defined within a batch. */
  private nextCreatedAt(): Date {
    this.lastCreatedAt = Math.max(Date.now(), this.lastCreatedAt + 1);
    return new Date(this.lastCreatedAt);
  }

  /**
   * Stores an upload as a queued job. Without `check`, its check step is still to run (pending:
   * no process has taken it yet; docs/fast-upload.md); with it, the check is already done.
   */
  async create(job: NewJob, check?: { startedAt: Date; finishedAt: Date; summary: string }): Promise<void> {
    await this.db.job.create({
      data: {
        ...job,
        customFields: job.customFields ? JSON.stringify(job.customFields) : null,
        status: "queued",
        createdAt: this.nextCreatedAt(),
        steps: {
          create: stepNames.map((name) =>
            name === "check" && check
              ? {
                  name,
                  status: "succeeded",
                  startedAt: check.startedAt,
                  finishedAt: check.finishedAt,
                  summary: check.summary,
                }
              : { name, status: "pending" },
          ),
        },
      },
    });
  }

  async find(id: string): Promise<JobWithSteps | null> {
    return this.db.job.findUnique({ where: { id }, include: WITH_DETAILS });
  }

  /** The job's owner: a user id, null (open mode's jobs), or undefined when there is no such job. */
  async ownerOf(id: string): Promise<string | null | undefined> {
    const job = await this.db.job.findUnique({ where: { id }, select: { userId: true } });
    return job === null ? undefined : job.userId;
  }

  async exists(id: string): Promise<boolean> {
    return (await this.db.job.count({ where: { id } })) > 0;
  }

  /**
   * What opening the job's event stream needs: its owner (as {@link ownerOf}), whether it has
   * finished, and its last event id. Not the job's OCR, result and steps: a stream opens often,
   * and a tall screenshot's OCR is hundreds of kilobytes. Streams opening on one job at once
   * share one query (never one begun before they asked: lib/async/fresh-reads.ts).
   */
  streamState(id: string): Promise<JobStreamState | undefined> {
    return this.streamStates.read(id);
  }

  private readonly streamStates = new FreshReads(async (id: string): Promise<JobStreamState | undefined> => {
    const job = await this.db.job.findUnique({
      where: { id },
      select: { userId: true, status: true, events: { select: { seq: true }, orderBy: { seq: "desc" }, take: 1 } },
    });
    if (job === null) return undefined;
    return {
      userId: job.userId,
      finished: job.status === "succeeded" || job.status === "failed",
      lastEventId: job.events[0]?.seq ?? 0,
    };
  });

  async snapshot(id: string): Promise<JobSnapshot | null> {
    const job = await this.db.job.findUnique({ where: { id }, ...SNAPSHOT_ROW });
    if (!job) return null;
    const last = await this.db.event.aggregate({ where: { jobId: id }, _max: { seq: true } });
    return toSnapshot(job, last._max.seq ?? 0);
  }

  /**
   * Newest first; `query` matches the merchant or file name (any case) or the total. With a
   * `userId`, only that user's jobs (open mode lists everyone's).
   */
  async list(limit: number, query?: string, userId?: string): Promise<JobSnapshot[]> {
    const owner = userId === undefined ? {} : { userId };
    const jobs = await this.db.job.findMany({
      where: query ? { ...owner, ...(await this.searchFilter(query, limit, userId)) } : owner,
      orderBy: { createdAt: "desc" },
      take: limit,
      ...SNAPSHOT_ROW,
    });
    const lasts = await this.db.event.groupBy({
      by: ["jobId"],
      where: { jobId: { in: jobs.map((job) => job.id) } },
      _max: { seq: true },
    });
    const lastById = new Map(lasts.map((row) => [row.jobId, row._max.seq ?? 0]));
    return jobs.map((job) => toSnapshot(job, lastById.get(job.id) ?? 0));
  }

  /**
   * The text part is matched in SQL with its wildcards escaped (jobIdsContaining); the newest
   * `limit` of those and the amount matches together hold the newest `limit` of either.
   */
  private async searchFilter(query: string, limit: number, userId?: string) {
    const ids = await jobIdsContaining(this.db, query.trim(), {
      limit,
      insensitiveOperator: this.options.insensitiveSearch,
      ...(userId === undefined ? {} : { userId }),
    });
    const amount = Number(query.replace(/[,¥$€£\s円]/g, ""));
    return {
      OR: [{ id: { in: ids } }, ...(query.trim() !== "" && Number.isFinite(amount) ? [{ total: amount }] : [])],
    };
  }

  /**
   * Sets the status; `running` is where a run begins (it left the queue for a pipeline slot),
   * so that is where an attempt is counted. A job that only ever waited in the queue has not
   * been tried: restarts while it waits do not bring it closer to JOB_MAX_ATTEMPTS.
   */
  async setStatus(id: string, status: JobStatus): Promise<void> {
    await this.db.job.update({
      where: { id },
      data: { status, ...(status === "running" ? { attempts: { increment: 1 } } : {}) },
    });
  }

  /**
   * Queues the job for a new run: status back to queued, the steps after `check` pending.
   * Returns the attempt that run will be once it begins (counted then, by setStatus).
   */
  async prepareRun(id: string): Promise<number> {
    const [job] = await this.db.$transaction([
      this.db.job.update({
        where: { id },
        data: { status: "queued", error: null, result: null, finishedAt: null },
      }),
      this.db.step.updateMany({
        where: { jobId: id, name: { not: "check" } },
        data: { status: "pending", startedAt: null, finishedAt: null, error: null, summary: null },
      }),
    ]);
    return job.attempts + 1;
  }

  async saveOcr(id: string, ocr: OcrResult): Promise<void> {
    await this.db.job.update({ where: { id }, data: { ocr: JSON.stringify(ocr) } });
  }

  async setStep(
    jobId: string,
    name: StepName,
    status: StepStatus,
    details: { error?: Problem; summary?: string } = {},
  ): Promise<{ durationMs: number | null }> {
    const now = new Date();
    const step = await this.db.step.update({
      where: { jobId_name: { jobId, name } },
      data: {
        status,
        ...(status === "running" ? { startedAt: now, finishedAt: null } : { finishedAt: now }),
        error: details.error ? JSON.stringify(details.error) : null,
        summary: details.summary ?? null,
      },
    });
    // From the stored start: the step may have started in another process (queued by the web
    // instance, taken by a worker).
    return { durationMs: step.startedAt && status !== "running" ? now.getTime() - step.startedAt.getTime() : null };
  }

  async succeed(id: string, result: JobResult): Promise<void> {
    await this.db.job.update({
      where: { id },
      data: {
        status: "succeeded",
        result: JSON.stringify(result),
        finishedAt: new Date(),
        ...summaryColumns(summarise(result.document)),
      },
    });
    await this.duplicates.markSameTransaction(id);
  }

  /** Stores a correction beside the original and refreshes the summary the history searches. */
  async correct(id: string, path: string, value: string | number | null, result: JobResult): Promise<void> {
    const json = JSON.stringify(value);
    await this.db.correction.upsert({
      where: { jobId_path: { jobId: id, path } },
      create: { jobId: id, path, value: json, correctedAt: new Date() },
      update: { value: json, correctedAt: new Date() },
    });
    await this.refreshSummary(id, result);
  }

  /** Drops a correction: the value as read is back. */
  async revert(id: string, path: string, result: JobResult): Promise<void> {
    await this.db.correction.deleteMany({ where: { jobId: id, path } });
    await this.refreshSummary(id, result);
  }

  async accept(id: string): Promise<void> {
    await this.db.job.update({ where: { id }, data: { acceptedAt: new Date() } });
  }

  /** Finished jobs created before `date` (for the retention sweep). */
  /** Which of these image keys a job still holds (its upload, or its checked PNG). */
  async heldImageKeys(keys: string[]): Promise<Set<string>> {
    const rows = await this.db.job.findMany({ where: { imageKey: { in: keys } }, select: { imageKey: true } });
    return new Set(rows.map((row) => row.imageKey));
  }

  async finishedBefore(date: Date): Promise<{ id: string }[]> {
    return this.db.job.findMany({
      where: { createdAt: { lt: date }, status: { in: ["succeeded", "failed"] } },
      select: { id: true },
    });
  }

  private async refreshSummary(id: string, result: JobResult): Promise<void> {
    const rows = await this.db.correction.findMany({ where: { jobId: id } });
    const document = correctedDocument(result.document, correctionsOf(rows));
    await this.db.job.update({ where: { id }, data: summaryColumns(summarise(document)) });
  }

  async fail(id: string, error: Problem): Promise<void> {
    await this.db.job.update({
      where: { id },
      data: { status: "failed", error: JSON.stringify(error), finishedAt: new Date() },
    });
  }

  /** Jobs a previous process left queued or running (it crashed or was stopped). */
  async unfinished(): Promise<Job[]> {
    return this.db.job.findMany({
      where: { status: { in: ["queued", "running"] } },
      orderBy: { createdAt: "asc" },
    });
  }

  /** Deletes the job with its steps and events (cascade). Returns its image key, if it existed. */
  async delete(id: string): Promise<string | null> {
    const job = await this.db.job.findUnique({ where: { id }, select: { imageKey: true } });
    if (!job) return null;
    await this.db.$transaction([
      this.db.event.deleteMany({ where: { jobId: id } }),
      this.db.correction.deleteMany({ where: { jobId: id } }),
      this.db.step.deleteMany({ where: { jobId: id } }),
      // Its repeats stand alone again (the foreign key does the same; this does not rely on it).
      this.db.job.updateMany({ where: { duplicateOfId: id }, data: { duplicateOfId: null, duplicateReason: null } }),
      this.db.job.delete({ where: { id } }),
    ]);
    return job.imageKey;
  }
}

function toSnapshot(job: Omit<JobWithSteps, "ocr">, lastEventId: number): JobSnapshot {
  const order = (name: string) => stepNames.indexOf(name as StepName);
  return {
    id: job.id,
    status: job.status as JobStatus,
    fileName: job.fileName,
    mimeType: job.mimeType,
    width: job.width,
    height: job.height,
    byteSize: job.byteSize,
    extractor: job.extractor as ExtractorName,
    attempts: job.attempts,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    capturedAt: job.capturedAt?.toISOString() ?? null,
    timeZone: job.timeZone,
    steps: [...job.steps]
      .sort((a, b) => order(a.name) - order(b.name))
      .map((step) => ({
        name: step.name as StepName,
        status: step.status as StepStatus,
        startedAt: step.startedAt?.toISOString() ?? null,
        finishedAt: step.finishedAt?.toISOString() ?? null,
        durationMs: step.startedAt && step.finishedAt ? step.finishedAt.getTime() - step.startedAt.getTime() : null,
        summary: step.summary,
        error: parseJson<Problem>(step.error),
      })),
    result: parseJson<JobResult>(job.result),
    error: parseJson<Problem>(job.error),
    lastEventId,
    corrections: correctionsOf(job.corrections),
    acceptedAt: job.acceptedAt?.toISOString() ?? null,
    summary: {
      kind: (job.summaryKind as JobSummary["kind"]) ?? null,
      merchant: job.merchant,
      total: job.total,
      currency: job.currency,
      date: job.documentDate,
      rows: job.rowCount,
    },
    links: jobLinks(job.id),
    list: job.listId === null ? null : jobListRef(job.listId, job.listPage ?? 0),
    duplicateOf: duplicateOfView(job),
  };
}

function correctionsOf(rows: CorrectionRow[]): Corrections {
  return Object.fromEntries(
    rows.map((row) => [
      row.path,
      { value: JSON.parse(row.value) as string | number | null, correctedAt: row.correctedAt.toISOString() },
    ]),
  );
}

function summaryColumns(summary: JobSummary) {
  return {
    summaryKind: summary.kind,
    merchant: summary.merchant,
    total: summary.total,
    currency: summary.currency,
    documentDate: summary.date,
    rowCount: summary.rows,
  };
}
