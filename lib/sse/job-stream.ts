import { isFinalEvent, type JobEvent } from "@/lib/events/schema";
import type { EventBus } from "@/lib/jobs/event-bus";
import type { EventLog } from "@/lib/jobs/event-log";
import { streamHub } from "@/lib/sse/stream-hub";
import { openStreamLifetime } from "@/lib/sse/stream-lifetime";
import { type StreamStart, sseResponse } from "@/lib/sse/stream-output";

export interface JobStreamOptions {
  jobId: string;
  /** The job's owner as the route read it: kept by the hub, so later streams need no query. */
  owner?: string | null;
  /** Send only events after this id (from Last-Event-ID); 0 for everything. */
  afterSeq: number;
  log: EventLog;
  bus: EventBus;
  heartbeatMs: number;
  retryMs: number;
}

/**
 * Replay-then-follow: joins the job's live events first (holding them back), replays the stored
 * events after `afterSeq`, then releases the held-back ones. Every event is sent once, in id
 * order: an id not above the last one sent is dropped, so the seam between replay and live has
 * no gap and no duplicate. The final event closes the stream, even one not sent again. A client
 * that leaves (the signal aborts) releases its place in the hub (lib/sse/stream-hub.ts: the
 * shared subscription, encoding and heartbeat) and the abort listener at once; the job itself
 * runs on.
 */
export function jobStream(options: JobStreamOptions): StreamStart {
  return (output, signal) => {
    const hub = streamHub(options.bus, options.heartbeatMs);
    let replaying = true;
    let lastSent = options.afterSeq;
    const heldBack: JobEvent[] = [];

    const deliver = (event: JobEvent, bytes: Uint8Array) => {
      if (life.closed) return;
      if (event.id > lastSent) {
        lastSent = event.id;
        life.write(bytes);
      }
      // The run is over whether or not the client needed this event: a stream left open past
      // it would send heartbeats forever (a client claiming an id beyond the log, say).
      if (isFinalEvent(event)) life.stop();
    };

    const sink = {
      receive: (event: JobEvent, bytes: Uint8Array) => {
        if (replaying) heldBack.push(event);
        else deliver(event, bytes);
      },
      beat: (bytes: Uint8Array) => life.write(bytes),
    };
    const leave = hub.join(options.jobId, sink, options.owner);
    const quiet = hub.beat(sink);
    const life = openStreamLifetime({
      output,
      signal,
      retryMs: options.retryMs,
      release: () => {
        leave();
        quiet();
      },
    });
    if (life.closed) return life.stop;

    void (async () => {
      try {
        for (const event of await hub.replay(options.log, options.jobId, options.afterSeq)) {
          deliver(event, hub.bytesOf(event));
        }
        replaying = false;
        for (const event of heldBack.splice(0)) deliver(event, hub.bytesOf(event));
      } catch (error) {
        console.error("[sukusho] stream replay failed:", error);
        life.stop();
      }
    })();
    return life.stop;
  };
}

/** {@link jobStream} as a web Response; `signal` aborts when the client goes away. */
export function jobStreamResponse(options: JobStreamOptions & { signal: AbortSignal }): Response {
  return sseResponse(jobStream(options), options.signal);
}
