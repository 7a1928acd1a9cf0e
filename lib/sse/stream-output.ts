import { INSTANCE_ID, SSE_HEADERS } from "@/lib/sse/headers";

/**
 * Where a stream's bytes go. The same stream logic writes to a web `ReadableStream` (the
 * Next.js route handlers) or straight to Node's response (lib/sse/node-events-server.ts).
 */
export interface StreamOutput {
  write(bytes: Uint8Array): void;
  /** The server ends the stream (after `job.done`, or a chosen set that has finished). */
  end(): void;
}

/** Opens a stream on an output; returns the function that stops it (harmless twice). */
export type StreamStart = (output: StreamOutput, signal: AbortSignal) => () => void;

/** A stream as a web Response: a cancelled reader stops it like an aborted request. */
export function sseResponse(start: StreamStart, signal: AbortSignal): Response {
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      stop = start(
        {
          write: (bytes) => controller.enqueue(bytes),
          end: () => {
            try {
              controller.close();
            } catch {
              // Already closed by a cancelled reader.
            }
          },
        },
        signal,
      );
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, { headers: { ...SSE_HEADERS, "X-Sukusho-Instance": INSTANCE_ID } });
}
