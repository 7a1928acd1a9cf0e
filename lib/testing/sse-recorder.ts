import { type EventType, isFinalEvent, parseEventData } from "@/lib/events/schema";
import { SseParser } from "@/lib/sse/parse";

/**
 * Test helpers for Sukusho's event stream, usable against any deployment: open a stream with
 * `fetch`, record every typed event with its arrival time, and check the stream's contract.
 * They throw plain Errors, so they work under any test runner.
 */

export interface ReceivedEvent {
  id: number;
  type: EventType;
  data: unknown;
  /** performance.now() when the event's last byte arrived. */
  receivedAt: number;
}

export interface StreamRecording {
  status: number;
  headers: Headers;
  events: ReceivedEvent[];
  comments: number;
  retry: number | undefined;
  /** True when the server ended the stream; false when the recorder stopped it. */
  closedByServer: boolean;
  /** True when the connection broke (only with `tolerateDrop`). */
  dropped: boolean;
}

export interface RecordOptions {
  /** Sent as the Last-Event-ID header. */
  lastEventId?: number;
  headers?: Record<string, string>;
  /** Stop (disconnect) after the first event for which this returns true. */
  until?: (event: ReceivedEvent) => boolean;
  /** Called once the response headers are in (which instance answered, say). */
  onOpen?: (headers: Headers) => void;
  /** Called for every event as it arrives. */
  onEvent?: (event: ReceivedEvent) => void;
  /**
   * Return what was received when the connection breaks (a server or proxy going down)
   * instead of throwing; `closedByServer` is then false and `dropped` true.
   */
  tolerateDrop?: boolean;
  timeoutMs?: number;
}

/** Opens the stream at `url` and records it until the server closes it or `until` matches. */
export async function recordStream(url: string, options: RecordOptions = {}): Promise<StreamRecording> {
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? 60_000;
  const timer = setTimeout(() => controller.abort(new Error(`stream not finished after ${timeoutMs} ms`)), timeoutMs);
  const headers: Record<string, string> = { Accept: "text/event-stream", ...options.headers };
  if (options.lastEventId !== undefined) headers["Last-Event-ID"] = String(options.lastEventId);
  const recording: StreamRecording = {
    status: 0,
    headers: new Headers(),
    events: [],
    comments: 0,
    retry: undefined,
    closedByServer: false,
    dropped: false,
  };
  let stopped = false;
  const parser = new SseParser({
    onEvent: (raw) => {
      if (stopped) return;
      const event: ReceivedEvent = {
        id: Number(raw.id),
        type: raw.event as EventType,
        data: parseEventData(raw.event, JSON.parse(raw.data)),
        receivedAt: performance.now(),
      };
      recording.events.push(event);
      options.onEvent?.(event);
      if (options.until?.(event)) {
        stopped = true;
        controller.abort();
      }
    },
    onComment: () => recording.comments++,
    onRetry: (ms) => (recording.retry = ms),
  });
  try {
    const response = await fetch(url, { headers, signal: controller.signal });
    recording.status = response.status;
    recording.headers = response.headers;
    options.onOpen?.(response.headers);
    if (!response.body) return recording;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(value);
    }
    recording.closedByServer = true;
    return recording;
  } catch (error) {
    if (stopped) return recording;
    if (options.tolerateDrop && !controller.signal.aborted) {
      recording.dropped = true;
      return recording;
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The stream contract: ids are consecutive integers from `afterId + 1`, the final event comes
 * last and once, and the server closed the stream after it.
 */
export function assertCompleteStream(recording: StreamRecording, afterId = 0): void {
  const ids = recording.events.map((event) => event.id);
  ids.forEach((id, index) => {
    if (id !== afterId + index + 1)
      throw new Error(`event ids are not consecutive from ${afterId + 1}: ${ids.join(",")}`);
  });
  const finals = recording.events.filter(isFinalEvent);
  if (finals.length !== 1) throw new Error(`expected one final event, got ${finals.length}`);
  if (!isFinalEvent(recording.events.at(-1) ?? { type: "" })) throw new Error("an event came after the final one");
  if (!recording.closedByServer) throw new Error("the server did not close the stream after the final event");
}

/** Asserts the event types appear in this relative order (other events may come between). */
export function assertTypesInOrder(recording: StreamRecording, types: string[]): void {
  let at = 0;
  for (const event of recording.events) if (event.type === types[at]) at++;
  if (at < types.length) {
    throw new Error(`missing "${types[at]}" in order; got: ${recording.events.map((event) => event.type).join(", ")}`);
  }
}
