import { encodeRetry } from "@/lib/sse/encode";
import type { StreamOutput } from "@/lib/sse/stream-output";

const gauge = globalThis as unknown as { sukushoOpenStreams?: number };

/** Streams open in this process right now, per-job and board (for health and for the cleanup tests). */
export function openStreamCount(): number {
  return gauge.sukushoOpenStreams ?? 0;
}

export interface StreamLifetime {
  /** Writes to the output while the stream is open; nothing after it closed. */
  write(bytes: Uint8Array): void;
  /** Closes the stream: releases what it holds, ends the output (harmless twice). */
  stop(): void;
  readonly closed: boolean;
}

const textEncoder = new TextEncoder();

/**
 * What every event stream does the same way, per-job or board: it counts itself open, stops
 * when the client goes away (the signal aborts), and on stop releases what it joined (the
 * hub, the bus), counts itself closed and ends its output. Its first bytes are the `retry:`
 * block, so headers and the reconnect delay reach the client at once. A signal already
 * aborted gives a stream closed from the start.
 */
export function openStreamLifetime(options: {
  output: StreamOutput;
  signal: AbortSignal;
  retryMs: number;
  release: () => void;
}): StreamLifetime {
  const { output, signal } = options;
  let closed = false;
  const onAbort = () => stop();
  const stop = () => {
    if (closed) return;
    closed = true;
    gauge.sukushoOpenStreams = openStreamCount() - 1;
    options.release();
    signal.removeEventListener("abort", onAbort);
    output.end();
  };
  const life: StreamLifetime = {
    write: (bytes) => {
      if (!closed) output.write(bytes);
    },
    stop,
    get closed() {
      return closed;
    },
  };
  signal.addEventListener("abort", onAbort);
  gauge.sukushoOpenStreams = openStreamCount() + 1;
  if (signal.aborted) stop();
  else life.write(textEncoder.encode(encodeRetry(options.retryMs)));
  return life;
}
