import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertJsonContentType } from "@/lib/http/json-content-type";
import { formatBytes } from "@/lib/images/read-multipart";

/**
 * The largest JSON body any route takes. The biggest is a correction: a path and a value of at
 * most 1,000 characters, a few KB even written as \uXXXX escapes.
 */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

export interface JsonBodyLimits {
  /** A body over this is refused (413 request_too_large). */
  maxBytes: number;
  /**
   * How much of a refused body is read into nothing so the client receives the 413 rather than
   * a connection reset; past this the connection is cut, so nobody keeps the server reading.
   */
  drainBytes: number;
}

function defaultLimits(): JsonBodyLimits {
  return { maxBytes: MAX_JSON_BODY_BYTES, drainBytes: env().MAX_REQUEST_BYTES };
}

/**
 * Reads a JSON request body with its size capped before it is all in memory: a declared
 * Content-Length over the cap is refused before a byte is kept, and the bytes are counted as
 * they stream in (a chunked body, or one that lies about its length), so a 300 MiB body costs
 * at most the cap. `request.json()` would read any size whole. A body not declared as
 * `application/json` is 415 unsupported_media_type before a byte is read; one that is not JSON
 * is 422 invalid_request, as a body that does not fit the route's schema.
 */
export async function readJsonBody(request: Request, limits: JsonBodyLimits = defaultLimits()): Promise<unknown> {
  assertJsonContentType(request);
  if (!request.body) throw notJson();
  const reader = request.body.getReader();
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await discard(reader, limits.drainBytes);
    throw tooLarge(limits.maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limits.maxBytes) {
      await discard(reader, limits.drainBytes - received);
      throw tooLarge(limits.maxBytes);
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    throw notJson();
  }
}

/** Reads the rest of a body without keeping it, or cuts it off past `maxBytes`. */
async function discard(reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number): Promise<void> {
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
      if (read > maxBytes) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    // The client went away: nothing left to drain.
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("request_too_large", `The request body is larger than ${formatBytes(maxBytes)}.`, 413);
}

function notJson(): AppError {
  return new AppError("invalid_request", "The request body must be JSON.", 422);
}
