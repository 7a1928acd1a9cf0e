import { isFinalEvent, type JobEvent } from "@/lib/events/schema";
import type { EventBus } from "@/lib/jobs/event-bus";
import type { EventLog } from "@/lib/jobs/event-log";
import { encodeComment, encodeMessage, encodeRetry } from "@/lib/sse/encode";
import { INSTANCE_ID, SSE_HEADERS } from "@/lib/sse/headers";

const gauge = globalThis as unknown as { sukushoOpenStreams?: number };

/** Streams open in this process right now (for health and for the cleanup tests). */
export function openStreamCount(): number {
  return gauge.sukushoOpenStreams ?? 0;
}

export interface JobStreamOptions {
  jobId: string;
  /** Send only events after this id (from Last-Event-ID); 0 for everything. */
  afterSeq: number;
  log: EventLog;
  bus: EventBus;
  /** The request's signal: aborts when the client goes away. */
  signal: AbortSignal;
  heartbeatMs: number;
  retryMs: number;
}

/**
 * Replay-then-follow: subscribes to live events first (holding them back), replays the stored
 * events after `afterSeq`, then releases the held-back ones. Every event is sent once, in id
 * order: an id not above the last one sent is dropped, so the seam between replay and live has
 * no gap and no duplicate. The final event closes the stream, even one not sent again. A client that leaves releases the
 * subscription, the heartbeat timer and the abort listener at once; the job itself runs on.
 */
export function jobStreamResponse(options: JobStreamOptions): Response {
  const encoder = new TextEncoder();
  let stop = () => {};

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let replaying = true;
      let lastSent = options.afterSeq;
      const heldBack: JobEvent[] = [];

      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const deliver = (event: JobEvent) => {
        if (closed) return;
        if (event.id > lastSent) {
          lastSent = event.id;
          write(encodeMessage({ id: event.id, event: event.type, data: event.data }));
        }
        // The run is over whether or not the client needed this event: a stream left open past
        // it would send heartbeats forever (a client claiming an id beyond the log, say).
        if (isFinalEvent(event)) stop();
      };

      const unsubscribe = options.bus.subscribe(options.jobId, (event) => {
        if (replaying) heldBack.push(event);
        else deliver(event);
      });
      const heartbeat = setInterval(() => write(encodeComment("keep-alive")), options.heartbeatMs);
      const onAbort = () => stop();
      options.signal.addEventListener("abort", onAbort);
      gauge.sukushoOpenStreams = openStreamCount() + 1;

      stop = () => {
        if (closed) return;
        closed = true;
        gauge.sukushoOpenStreams = openStreamCount() - 1;
        unsubscribe();
        clearInterval(heartbeat);
        options.signal.removeEventListener("abort", onAbort);
        try {
          controller.close();
        } catch {
          // Already closed by a cancelled reader.
        }
      };
      if (options.signal.aborted) {
        stop();
        return;
      }

      write(encodeRetry(options.retryMs));
      void (async () => {
        try {
          for (const event of await options.log.read(options.jobId, options.afterSeq)) deliver(event);
          replaying = false;
          for (const event of heldBack.splice(0)) deliver(event);
        } catch (error) {
          console.error("[sukusho] stream replay failed:", error);
          stop();
        }
      })();
    },
    cancel() {
      stop();
    },
  });

  return new Response(body, { headers: { ...SSE_HEADERS, "X-Sukusho-Instance": INSTANCE_ID } });
}
