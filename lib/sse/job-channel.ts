import { isFinalEvent, type JobEvent } from "@/lib/events/schema";
import type { EventBus } from "@/lib/jobs/event-bus";
import { encodeMessage } from "@/lib/sse/encode";

/** Where a channel hands a job's live events, with their encoded SSE block. */
export interface ChannelSink {
  receive(event: JobEvent, bytes: Uint8Array): void;
}

/** A job has a few hundred events at most; past this a channel keeps neither bytes nor log. */
export const MAX_KEPT_EVENTS = 5000;

const textEncoder = new TextEncoder();

/** An event's SSE block (`id`, `event`, `data`). */
export const encodeEvent = (event: JobEvent): Uint8Array =>
  textEncoder.encode(encodeMessage({ id: event.id, event: event.type, data: event.data }));

/** What a followed job's channel knows of it without asking the database. */
export interface ChannelState {
  /** The owner the first stream found (a job's owner never changes); undefined when not known. */
  userId: string | null | undefined;
  finished: boolean;
  lastEventId: number;
}

/**
 * One process's link to one job while any stream here follows it: one bus subscription fanned
 * out to every stream, each event encoded once, and the job's whole log kept in memory, so a
 * stream that opens on a followed job replays without a query (a thousand clients reconnecting
 * after a deploy cost one read, not a thousand).
 *
 * The log is complete by the same argument as a stream's replay seam: the channel subscribes
 * first and reads after, so every event is either in the read or heard from the bus since
 * (both, at the seam: merged by id). From then on the bus keeps it current, which is exactly
 * what a live stream relies on already.
 */
export class JobChannel {
  readonly sinks = new Set<ChannelSink>();
  readonly unsubscribe: () => void;
  private readonly encoded = new Map<number, Uint8Array>();
  /** The whole stored log, oldest first, once read; null before, or when too long to keep. */
  private log: JobEvent[] | null = null;
  private loading: Promise<JobEvent[]> | null = null;
  private heardWhileLoading: JobEvent[] = [];
  private tooLong = false;
  private owner: string | null | undefined;

  constructor(bus: EventBus, jobId: string) {
    this.unsubscribe = bus.subscribe(jobId, (event) => {
      this.remember(event);
      const bytes = this.bytesOf(event);
      for (const sink of this.sinks) sink.receive(event, bytes);
    });
  }

  /** The event's SSE block, encoded on first use and then shared. */
  bytesOf(event: JobEvent): Uint8Array {
    let bytes = this.encoded.get(event.id);
    if (!bytes) {
      bytes = encodeEvent(event);
      if (this.encoded.size < MAX_KEPT_EVENTS) this.encoded.set(event.id, bytes);
    }
    return bytes;
  }

  /** Notes the job's owner, as a stream opening on it read it from the database. */
  knowOwner(userId: string | null): void {
    this.owner = userId;
  }

  /**
   * The job's stored events, oldest first: read once (through `read`, which must begin now,
   * after this channel subscribed), then from memory. A failed read is not kept: the next
   * stream reads again.
   */
  async events(read: () => Promise<JobEvent[]>): Promise<JobEvent[]> {
    if (this.log) return this.log.slice();
    if (this.tooLong) return read();
    this.loading ??= read().then(
      (stored) => {
        const merged = mergeById(stored, this.heardWhileLoading);
        this.heardWhileLoading = [];
        this.keep(merged);
        return merged;
      },
      (error: unknown) => {
        this.loading = null;
        this.heardWhileLoading = [];
        throw error;
      },
    );
    return (await this.loading).slice();
  }

  /** Owner, end and last id from memory; undefined until the log is read and the owner known. */
  state(): ChannelState | undefined {
    if (!this.log || this.owner === undefined) return undefined;
    const last = this.log.at(-1);
    return { userId: this.owner, finished: last !== undefined && isFinalEvent(last), lastEventId: last?.id ?? 0 };
  }

  private remember(event: JobEvent): void {
    // A log too long to keep is read for every stream: nothing heard needs holding for it.
    if (this.tooLong) return;
    if (this.log) this.keep(mergeById(this.log, [event]));
    else if (this.loading) this.heardWhileLoading.push(event);
  }

  private keep(log: JobEvent[]): void {
    if (log.length > MAX_KEPT_EVENTS) {
      this.tooLong = true;
      this.log = null;
      return;
    }
    this.log = log;
  }
}

/**
 * `log` (ascending ids) with `more` added, each id once, still ascending. Events come in order
 * almost always, so the common case is a push; one that comes late is put in its place.
 */
function mergeById(log: JobEvent[], more: JobEvent[]): JobEvent[] {
  for (const event of more) {
    const last = log.at(-1);
    if (last === undefined || event.id > last.id) {
      log.push(event);
      continue;
    }
    const index = log.findIndex((kept) => kept.id >= event.id);
    if (log[index]?.id !== event.id) log.splice(index, 0, event);
  }
  return log;
}
