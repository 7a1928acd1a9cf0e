import { isFinalEvent, type JobEvent } from "@/lib/events/schema";
import type { EventBus } from "@/lib/jobs/event-bus";
import type { EventLog } from "@/lib/jobs/event-log";
import { encodeRetry } from "@/lib/sse/encode";
import { streamHub } from "@/lib/sse/stream-hub";
import { type StreamStart, sseResponse } from "@/lib/sse/stream-output";

const gauge = globalThis as unknown as { sukushoOpenStreams?: number };

/** Streams open in this process right now, per-job and board (for health and for the cleanup tests). */
export function openStreamCount(): number {
  return gauge.sukushoOpenStreams ?? 0;
}

export function setOpenStreamCount(count: number): void {
  gauge.sukushoOpenStreams = count;
}

export interface JobStreamOptions {
  jobId: string;
  /** Send only events after this id (from Last-Event-ID); 0 for everything. */
  afterSeq: number;
  log: EventLog;
  bus: EventBus;
  heartbeatMs: number;
  retryMs: number;
}

const textEncoder = new TextEncoder();

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
    let closed = false;
    let replaying = true;
    let lastSent = options.afterSeq;
    const heldBack: JobEvent[] = [];

    const write = (bytes: Uint8Array) => {
      if (!closed) output.write(bytes);
    };
    const deliver = (event: JobEvent, bytes: Uint8Array) => {
      if (closed) return;
      if (event.id > lastSent) {
        lastSent = event.id;
        write(bytes);
      }
      // The run is over whether or not the client needed this event: a stream left open past
      // it would send heartbeats forever (a client claiming an id beyond the log, say).
      if (isFinalEvent(event)) stop();
    };

    const sink = {
      receive: (event: JobEvent, bytes: Uint8Array) => {
        if (replaying) heldBack.push(event);
        else deliver(event, bytes);
      },
      beat: write,
    };
    const leave = hub.join(options.jobId, sink);
    const quiet = hub.beat(sink);
    const onAbort = () => stop();
    signal.addEventListener("abort", onAbort);
    gauge.sukushoOpenStreams = openStreamCount() + 1;

    const stop = () => {
      if (closed) return;
      closed = true;
      gauge.sukushoOpenStreams = openStreamCount() - 1;
      leave();
      quiet();
      signal.removeEventListener("abort", onAbort);
      output.end();
    };
    if (signal.aborted) {
      stop();
      return stop;
    }

    write(textEncoder.encode(encodeRetry(options.retryMs)));
    void (async () => {
      try {
        for (const event of await hub.replay(options.log, options.jobId, options.afterSeq)) {
          deliver(event, hub.bytesOf(event));
        }
        replaying = false;
        for (const event of heldBack.splice(0)) deliver(event, hub.bytesOf(event));
      } catch (error) {
        console.error("[sukusho] stream replay failed:", error);
        stop();
      }
    })();
    return stop;
  };
}

/** {@link jobStream} as a web Response; `signal` aborts when the client goes away. */
export function jobStreamResponse(options: JobStreamOptions & { signal: AbortSignal }): Response {
  return sseResponse(jobStream(options), options.signal);
}
