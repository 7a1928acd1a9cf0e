import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashDistance, SAME_IMAGE_MAX_DISTANCE } from "@/lib/images/perceptual-hash";
import type { DuplicateOf, DuplicateReason } from "@/lib/jobs/duplicates-schema";
import { sameTransaction } from "@/lib/jobs/duplicates-transaction";
import type { JobSummary } from "@/lib/review/schema";

/** What a job row carries about the job it repeats, as the store reads it. */
export interface DuplicateColumns {
  duplicateReason: string | null;
  duplicateOf: { id: string; fileName: string; createdAt: Date } | null;
}

/** The prisma `include` that reads the original's name and time with the job. */
export const DUPLICATE_OF_INCLUDE = { duplicateOf: { select: { id: true, fileName: true, createdAt: true } } } as const;

/** The snapshot's `duplicateOf` from the stored columns. */
export function duplicateOfView(job: DuplicateColumns): DuplicateOf | null {
  if (!job.duplicateOf || job.duplicateReason === null) return null;
  return {
    jobId: job.duplicateOf.id,
    reason: job.duplicateReason as DuplicateReason,
    fileName: job.duplicateOf.fileName,
    createdAt: job.duplicateOf.createdAt.toISOString(),
  };
}

// Only what the checks read: a job row also holds its OCR and result as JSON.
const SUMMARY_COLUMNS = {
  summaryKind: true,
  merchant: true,
  total: true,
  currency: true,
  documentDate: true,
  rowCount: true,
} as const;
const FLAG_COLUMNS = {
  userId: true,
  createdAt: true,
  imageHash: true,
  duplicateOfId: true,
  duplicateDismissedAt: true,
  ...SUMMARY_COLUMNS,
} as const;

/**
 * Finds and records which earlier job of the same user a job repeats (docs/duplicates.md).
 * Only earlier jobs count, so two jobs never point at each other; the earliest match is the
 * original, so a third copy points at the first, not the second. A dismissed flag stays away.
 */
export class DuplicateStore {
  constructor(private readonly db: PrismaClient) {}

  /** At upload: an earlier job of the user's whose image hash is within SAME_IMAGE_MAX_DISTANCE. */
  async markSameImage(id: string): Promise<DuplicateOf | null> {
    const job = await this.db.job.findUnique({ where: { id }, select: FLAG_COLUMNS });
    if (!job || job.imageHash === null || job.duplicateDismissedAt !== null || job.duplicateOfId !== null) return null;
    // Hamming distance has no index; the user's own hashes are a short string each.
    const earlier = await this.db.job.findMany({
      where: { userId: job.userId, imageHash: { not: null }, createdAt: { lt: job.createdAt }, id: { not: id } },
      orderBy: { createdAt: "asc" },
      select: { id: true, imageHash: true },
    });
    const hash = job.imageHash;
    const original = earlier.find((other) => hashDistance(hash, other.imageHash ?? "") <= SAME_IMAGE_MAX_DISTANCE);
    return original ? this.mark(id, original.id, "same_image") : null;
  }

  /** Once a receipt succeeded: an earlier succeeded receipt of the user's with the same payment. */
  async markSameTransaction(id: string): Promise<DuplicateOf | null> {
    const job = await this.db.job.findUnique({ where: { id }, select: FLAG_COLUMNS });
    if (!job || job.duplicateDismissedAt !== null || job.duplicateOfId !== null) return null;
    const summary = summaryOf(job);
    if (summary.kind !== "receipt" || summary.total === null || summary.date === null) return null;
    const candidates = await this.db.job.findMany({
      where: {
        userId: job.userId,
        id: { not: id },
        createdAt: { lt: job.createdAt },
        status: "succeeded",
        summaryKind: "receipt",
        documentDate: summary.date,
        currency: summary.currency,
        total: { gte: summary.total - 0.005, lte: summary.total + 0.005 },
      },
      orderBy: { createdAt: "asc" },
      select: { id: true, ...SUMMARY_COLUMNS },
    });
    const original = candidates.find((other) => sameTransaction(summary, summaryOf(other)));
    return original ? this.mark(id, original.id, "same_transaction") : null;
  }

  /** "Keep both": the flag goes, and is not raised again for this job. */
  async dismiss(id: string): Promise<void> {
    await this.db.job.update({
      where: { id },
      data: { duplicateOfId: null, duplicateReason: null, duplicateDismissedAt: new Date() },
    });
  }

  /** The job's flag now, or null. */
  async of(id: string): Promise<DuplicateOf | null> {
    const job = await this.db.job.findUnique({
      where: { id },
      select: { duplicateReason: true, ...DUPLICATE_OF_INCLUDE },
    });
    return job ? duplicateOfView(job) : null;
  }

  private async mark(id: string, originalId: string, reason: DuplicateReason): Promise<DuplicateOf | null> {
    await this.db.job.update({ where: { id }, data: { duplicateOfId: originalId, duplicateReason: reason } });
    return this.of(id);
  }
}

function summaryOf(job: {
  summaryKind: string | null;
  merchant: string | null;
  total: number | null;
  currency: string | null;
  documentDate: string | null;
  rowCount: number | null;
}): JobSummary {
  return {
    kind: job.summaryKind as JobSummary["kind"],
    merchant: job.merchant,
    total: job.total,
    currency: job.currency,
    date: job.documentDate,
    rows: job.rowCount,
  };
}
