import { type JobEvent, type NewJobEvent, parseEventData } from "@/lib/events/schema";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { EventBus } from "@/lib/jobs/event-bus";

/** Another process took the number first: read the newest and try again, this many times. */
const MAX_SEQ_CONFLICTS = 5;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/** A job's stored events after `afterSeq`, oldest first. */
export async function readEvents(db: PrismaClient, jobId: string, afterSeq = 0): Promise<JobEvent[]> {
  const rows = await db.event.findMany({ where: { jobId, seq: { gt: afterSeq } }, orderBy: { seq: "asc" } });
  return rows.map((row) => ({
    id: row.seq,
    jobId: row.jobId,
    at: row.createdAt.toISOString(),
    type: row.type,
    data: JSON.parse(row.data),
  })) as JobEvent[];
}

/**
 * The append-only log every stream is replayed from. An event is validated, stored with the
 * job's next sequence number, and only then announced, so a client that reconnects after
 * any event finds it in the database. Appends for one job are chained: sequence numbers,
 * storage and announcement stay in the same order even when parallel OCR strips report at once.
 */
export class EventLog {
  private readonly nextSeq = new Map<string, number>();
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: PrismaClient,
    private readonly bus: EventBus,
  ) {}

  append(jobId: string, event: NewJobEvent): Promise<JobEvent> {
    const previous = this.tails.get(jobId) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(() => this.store(jobId, event));
    this.tails.set(jobId, next);
    void next
      .finally(() => {
        if (this.tails.get(jobId) === next) this.tails.delete(jobId);
      })
      .catch(() => {});
    return next;
  }

  /** Events after `afterSeq`, oldest first. */
  read(jobId: string, afterSeq = 0): Promise<JobEvent[]> {
    return readEvents(this.db, jobId, afterSeq);
  }

  /** Forgets a finished or deleted job's counter. */
  forget(jobId: string): void {
    this.nextSeq.delete(jobId);
  }

  private async store(jobId: string, event: NewJobEvent): Promise<JobEvent> {
    const data = parseEventData(event.type, event.data);
    for (let attempt = 1; ; attempt++) {
      const seq = await this.allocate(jobId);
      try {
        const row = await this.db.event.create({ data: { jobId, seq, type: event.type, data: JSON.stringify(data) } });
        const stored = { id: seq, jobId, at: row.createdAt.toISOString(), type: event.type, data } as JobEvent;
        this.bus.publish(stored);
        return stored;
      } catch (error) {
        // Re-read the last stored number rather than leave a hole or reuse a taken one: with
        // several processes (web and worker) one job's events can come from either.
        this.nextSeq.delete(jobId);
        if (!isUniqueViolation(error) || attempt >= MAX_SEQ_CONFLICTS) throw error;
      }
    }
  }

  private async allocate(jobId: string): Promise<number> {
    let last = this.nextSeq.get(jobId);
    if (last === undefined) {
      const max = await this.db.event.aggregate({ where: { jobId }, _max: { seq: true } });
      last = max._max.seq ?? 0;
    }
    this.nextSeq.set(jobId, last + 1);
    return last + 1;
  }
}
