import os from "node:os";

/**
 * Headers that keep every hop from buffering or rewriting the stream: no-transform stops
 * compression middleware, X-Accel-Buffering stops nginx's proxy buffer even when a config
 * forgets `proxy_buffering off`.
 */
export const SSE_HEADERS: Record<string, string> = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
  Connection: "keep-alive",
};

/**
 * Which process answered, for operators following a stream through a load balancer. Clients
 * need not care: every instance serves every job's stream.
 */
export const INSTANCE_ID = `${os.hostname()}:${process.pid}`;
