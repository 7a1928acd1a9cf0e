import { FreshReads } from "@/lib/async/fresh-reads";
import type { JobEvent } from "@/lib/events/schema";
import type { EventBus } from "@/lib/jobs/event-bus";
import type { EventLog } from "@/lib/jobs/event-log";
import { encodeComment, encodeMessage } from "@/lib/sse/encode";

/**
 * What one process shares between its open event streams, so that a stream costs a socket and
 * a few small objects (docs/streaming.md, "Cheap streams"):
 * - one bus subscription per job, however many streams follow it, fanned out here;
 * - each event encoded to bytes once, and the same bytes written to every stream;
 * - one heartbeat timer for all streams, writing one pre-encoded comment;
 * - one read of a job's log for the streams that open on it at once (their replays).
 */
export interface StreamSink {
  /** An event of a job this sink joined, with its encoded SSE block. */
  receive(event: JobEvent, bytes: Uint8Array): void;
  /** The shared heartbeat: write the keep-alive bytes. */
  beat(bytes: Uint8Array): void;
}

const textEncoder = new TextEncoder();
const encodeEvent = (event: JobEvent) => encodeMessage({ id: event.id, event: event.type, data: event.data });

/** A job's events as SSE bytes are kept while someone follows it; a job has a few hundred at most. */
const MAX_CACHED_EVENTS = 5000;

class JobChannel {
  readonly sinks = new Set<StreamSink>();
  private readonly encoded = new Map<number, Uint8Array>();
  readonly unsubscribe: () => void;

  constructor(bus: EventBus, jobId: string) {
    this.unsubscribe = bus.subscribe(jobId, (event) => {
      const bytes = this.bytesOf(event);
      for (const sink of this.sinks) sink.receive(event, bytes);
    });
  }

  /** The event's SSE block, encoded on first use and then shared. */
  bytesOf(event: JobEvent): Uint8Array {
    let bytes = this.encoded.get(event.id);
    if (!bytes) {
      bytes = textEncoder.encode(encodeEvent(event));
      if (this.encoded.size < MAX_CACHED_EVENTS) this.encoded.set(event.id, bytes);
    }
    return bytes;
  }
}

export class StreamHub {
  private readonly channels = new Map<string, JobChannel>();
  private readonly beating = new Set<StreamSink>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly heartbeat = textEncoder.encode(encodeComment("keep-alive"));
  private readonly logReads = new WeakMap<EventLog, FreshReads<string, JobEvent[]>>();

  constructor(
    private readonly bus: EventBus,
    private readonly heartbeatMs: number,
  ) {}

  /** Follows a job's live events; returns the function that leaves (harmless twice). */
  join(jobId: string, sink: StreamSink): () => void {
    let channel = this.channels.get(jobId);
    if (!channel) {
      channel = new JobChannel(this.bus, jobId);
      this.channels.set(jobId, channel);
    }
    channel.sinks.add(sink);
    const joined = channel;
    return () => {
      if (!joined.sinks.delete(sink) || joined.sinks.size > 0) return;
      joined.unsubscribe();
      if (this.channels.get(jobId) === joined) this.channels.delete(jobId);
    };
  }

  /**
   * The job's stored events after `afterSeq`, for a stream that has joined the job: streams
   * opening at once share one read of the whole log (a job has a few hundred events at most),
   * never one begun before they asked, so the replay seam holds (lib/async/fresh-reads.ts).
   */
  async replay(log: EventLog, jobId: string, afterSeq: number): Promise<JobEvent[]> {
    let reads = this.logReads.get(log);
    if (!reads) {
      reads = new FreshReads((id: string) => log.read(id, 0));
      this.logReads.set(log, reads);
    }
    const events = await reads.read(jobId);
    return afterSeq === 0 ? events : events.filter((event) => event.id > afterSeq);
  }

  /** The SSE block of a job's event (a replayed one too), shared with the live fan-out. */
  bytesOf(event: JobEvent): Uint8Array {
    return this.channels.get(event.jobId)?.bytesOf(event) ?? textEncoder.encode(encodeEvent(event));
  }

  /** Starts the sink's heartbeat; returns the function that stops it. */
  beat(sink: StreamSink): () => void {
    this.beating.add(sink);
    this.timer ??= setInterval(() => {
      for (const each of this.beating) each.beat(this.heartbeat);
    }, this.heartbeatMs);
    // The timer alone must not keep a process alive (a CLI, a test) once streams are gone.
    this.timer.unref?.();
    return () => {
      this.beating.delete(sink);
      if (this.beating.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  }

  /** Bus subscriptions held now: one per followed job (for tests and health). */
  subscriptions(): number {
    return this.channels.size;
  }
}

const hubs = new WeakMap<EventBus, StreamHub>();

/** The process's hub over this bus (one per bus: tests make their own buses). */
export function streamHub(bus: EventBus, heartbeatMs: number): StreamHub {
  let hub = hubs.get(bus);
  if (!hub) {
    hub = new StreamHub(bus, heartbeatMs);
    hubs.set(bus, hub);
  }
  return hub;
}
