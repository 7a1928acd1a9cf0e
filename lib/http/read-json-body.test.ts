import { describe, expect, it } from "vitest";
import { readJsonBody } from "@/lib/http/read-json-body";

const LIMITS = { maxBytes: 1024, drainBytes: 64 * 1024 };

/** A body streamed in chunks, counting how many bytes the reader pulled out of it. */
function streamedBody(chunk: Uint8Array, count: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= count * chunk.byteLength) return controller.close();
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

function put(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/api/jobs/x/corrections", {
    method: "PUT",
    headers: { "Content-Type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

describe("readJsonBody", () => {
  it("reads a small JSON body", async () => {
    expect(await readJsonBody(put(JSON.stringify({ path: "total", value: 12 })), LIMITS)).toEqual({
      path: "total",
      value: 12,
    });
  });

  it("refuses a declared Content-Length over the cap before keeping any of it", async () => {
    const body = streamedBody(new Uint8Array(512), 8);
    const request = put(body.stream, { "Content-Length": String(4096) });
    // Nothing to drain: the reader takes one chunk (and the stream pulls one ahead), never the
    // three it would take to count past the cap.
    await expect(readJsonBody(request, { maxBytes: 1024, drainBytes: 0 })).rejects.toMatchObject({
      code: "request_too_large",
      status: 413,
    });
    expect(body.pulled()).toBeLessThanOrEqual(1024);
  });

  it("counts a streamed body and stops at the cap, draining at most drainBytes", async () => {
    const huge = streamedBody(new Uint8Array(16 * 1024), 64 * 1024); // 1 GiB if read whole
    await expect(readJsonBody(put(huge.stream), LIMITS)).rejects.toMatchObject({
      code: "request_too_large",
      status: 413,
    });
    expect(huge.pulled()).toBeLessThanOrEqual(LIMITS.drainBytes + 3 * 16 * 1024);
  });

  it("says a body that is not JSON is invalid", async () => {
    await expect(readJsonBody(put("{not json"), LIMITS)).rejects.toMatchObject({
      code: "invalid_request",
      status: 422,
    });
  });

  it("refuses a body not declared as JSON (a form's text/plain) before reading any of it", async () => {
    const chunk = new TextEncoder().encode('{"path":"total","value":1}');
    const body = streamedBody(chunk, 4);
    await expect(readJsonBody(put(body.stream, { "Content-Type": "text/plain" }), LIMITS)).rejects.toMatchObject({
      code: "unsupported_media_type",
      status: 415,
    });
    // The stream fills its one-chunk queue by itself; the reader never asks for more.
    expect(body.pulled()).toBeLessThanOrEqual(chunk.byteLength);
  });
});
