import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "./server";
import type { RecordedRequest } from "./types";

/** `finishedAt` and `onFinished`: when a completion was written in full (for latency benchmarks). */
describe("fake OpenAI server: finishedAt and onFinished", () => {
  let server: FakeOpenAI;
  const finished: Array<{ request: RecordedRequest; at: number }> = [];

  beforeAll(async () => {
    server = await startFakeOpenAI({ onFinished: (request) => finished.push({ request, at: performance.now() }) });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    finished.length = 0;
  });

  const client = () => new OpenAI({ apiKey: server.apiKey, baseURL: server.url, maxRetries: 0 });
  const messages = [{ role: "user" as const, content: "<ocr_text>\nnothing\n</ocr_text>" }];

  it("stamps a finished stream after its last chunk was written, before the client sees the end", async () => {
    server.setResponder(() => ({ type: "json", body: { a: "0123456789".repeat(5) }, chunkChars: 10, chunkDelayMs: 2 }));
    const started = performance.now();
    const stream = await client().chat.completions.create({ model: "m", messages, stream: true });
    let lastChunkAt = 0;
    for await (const _chunk of stream) lastChunkAt = performance.now();
    const ended = performance.now();
    const request = server.completions()[0];
    expect(request?.finishedAt).toBeGreaterThan(started);
    expect(request?.finishedAt).toBeLessThanOrEqual(ended);
    // Every content chunk was written before the stamp (the client got the last one no later than the end).
    expect(lastChunkAt).toBeLessThanOrEqual(ended);
    expect(finished).toHaveLength(1);
    expect(finished[0]?.request).toBe(request);
    expect(finished[0]?.at).toBeGreaterThanOrEqual(request?.finishedAt ?? Number.POSITIVE_INFINITY);
  });

  it("stamps a non-streaming answer", async () => {
    server.setResponder(() => ({ type: "json", body: { a: 1 } }));
    await client().chat.completions.create({ model: "m", messages });
    expect(server.completions()[0]?.finishedAt).toEqual(expect.any(Number));
    expect(finished).toHaveLength(1);
  });

  it("leaves errors and dropped streams unstamped", async () => {
    server.setResponder(() => ({ type: "status", status: 500 }));
    await expect(client().chat.completions.create({ model: "m", messages })).rejects.toThrow();
    server.setResponder(() => ({ type: "drop", afterChars: 4, content: "abcdefgh" }));
    const stream = await client().chat.completions.create({ model: "m", messages, stream: true });
    await expect(
      (async () => {
        for await (const _chunk of stream) {
          // drain until the socket drops
        }
      })(),
    ).rejects.toThrow();
    expect(server.completions().map((request) => request.finishedAt)).toEqual([undefined, undefined]);
    expect(finished).toHaveLength(0);
  });
});
