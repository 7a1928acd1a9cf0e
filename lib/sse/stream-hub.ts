import { FreshReads } from "@/lib/async/fresh-reads";
import type { JobEvent } from "@/lib/events/schema";
import type { EventBus } from "@/lib/jobs/event-bus";
import type { EventLog } from "@/lib/jobs/event-log";
import { encodeComment } from "@/lib/sse/encode";
import { type ChannelState, encodeEvent, JobChannel } from "@/lib/sse/job-channel";

/**
 * What one process shares between its open event streams, so that a stream costs a socket and
 * a few small objects (docs/streaming.md, "Cheap streams"):
 * - one bus subscription per job, however many streams follow it, fanned out here;
 * - each event encoded to bytes once, and the same bytes written to every stream;
 * - one heartbeat timer for all streams, writing one pre-encoded comment;
 * - a followed job's log read once and then kept current from the bus (lib/sse/job-channel.ts),
 *   so the streams that open on it later replay from memory.
 */
export interface StreamSink {
  /** An event of a job this sink joined, with its encoded SSE block. */
  receive(event: JobEvent, bytes: Uint8Array): void;
  /** The shared heartbeat: write the keep-alive bytes. */
  beat(bytes: Uint8Array): void;
}

const textEncoder = new TextEncoder();

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

  /**
   * Follows a job's live events; returns the function that leaves (harmless twice). `owner`,
   * when the caller read it, lets later streams on the job open without asking the database.
   */
  join(jobId: string, sink: StreamSink, owner?: string | null): () => void {
    let channel = this.channels.get(jobId);
    if (!channel) {
      channel = new JobChannel(this.bus, jobId);
      this.channels.set(jobId, channel);
    }
    if (owner !== undefined) channel.knowOwner(owner);
    channel.sinks.add(sink);
    const joined = channel;
    return () => {
      if (!joined.sinks.delete(sink) || joined.sinks.size > 0) return;
      joined.unsubscribe();
      if (this.channels.get(jobId) === joined) this.channels.delete(jobId);
    };
  }

  /**
   * The job's stored events after `afterSeq`, for a stream that has joined the job: from the
   * job's channel, which reads the log once after it subscribed and keeps it (so the replay seam
   * holds). Without a channel (the stream has left), or for a log too long to keep, streams
   * opening at once share one read, never one begun before they asked (lib/async/fresh-reads.ts).
   */
  async replay(log: EventLog, jobId: string, afterSeq: number): Promise<JobEvent[]> {
    const read = () => this.sharedRead(log, jobId);
    const channel = this.channels.get(jobId);
    const events = channel ? await channel.events(read) : await read();
    return afterSeq === 0 ? events : events.filter((event) => event.id > afterSeq);
  }

  /**
   * A followed job's owner, end and last event id, from memory; undefined when no stream here
   * follows it yet, or its log or owner is not known (then the caller asks the database).
   */
  followedState(jobId: string): ChannelState | undefined {
    return this.channels.get(jobId)?.state();
  }

  /** The SSE block of a job's event (a replayed one too), shared with the live fan-out. */
  bytesOf(event: JobEvent): Uint8Array {
    return this.channels.get(event.jobId)?.bytesOf(event) ?? encodeEvent(event);
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

  private sharedRead(log: EventLog, jobId: string): Promise<JobEvent[]> {
    let reads = this.logReads.get(log);
    if (!reads) {
      reads = new FreshReads((id: string) => log.read(id, 0));
      this.logReads.set(log, reads);
    }
    return reads.read(jobId);
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
