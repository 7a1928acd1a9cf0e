import { describe, expect, it } from "vitest";
import {
  createSukushoClient,
  type SukushoApiError,
  type SukushoEvent,
  type UploadFile,
} from "@/lib/client/sukusho-client";
import type { NewJobEvent } from "@/lib/events/schema";
import type { JobResult } from "@/lib/extract/schema";
import { type JobSnapshot, jobLinks } from "@/lib/jobs/schema";
import { encodeComment, encodeMessage, encodeRetry } from "@/lib/sse/encode";

const BASE = "http://sukusho.test";

function field<T extends string | number>(value: T) {
  return { value, text: String(value), box: null, confidence: 0.9, seen: true };
}

const result: JobResult = {
  extractor: "local",
  model: null,
  document: {
    kind: "receipt",
    merchant: field("Blue Bottle Coffee"),
    address: field("1 Ferry Building, San Francisco"),
    date: field("2026-10-03"),
    time: field("08:42"),
    subtotal: field(11.5),
    tax: field(0.95),
    rounding: field(0),
    total: field(12.45),
    currency: field("USD"),
    paymentMethod: field("Visa •••• 4242"),
    reference: field("TXN-8F3K2Q9P"),
    items: [],
  },
  checks: [],
};

/** A whole job's events, ids 1…n, ending with job.done. */
function jobEvents(jobId: string, done: NewJobEvent["data"] = { status: "succeeded", result }) {
  const events: NewJobEvent[] = [
    {
      type: "job.received",
      data: {
        jobId,
        fileName: "pay.png",
        mimeType: "image/png",
        width: 1170,
        height: 2532,
        byteSize: 1000,
        extractor: "local",
      },
    },
    { type: "step.started", data: { step: "check" } },
    { type: "step.completed", data: { step: "check", durationMs: 3 } },
    { type: "step.started", data: { step: "queue" } },
    { type: "queue.position", data: { position: 1, running: 2 } },
    { type: "step.completed", data: { step: "queue", durationMs: 40 } },
    { type: "step.started", data: { step: "ocr" } },
    { type: "step.progress", data: { step: "ocr", progress: 0.5, message: "Reading — レシート ¥1,280" } },
    {
      type: "ocr.region",
      data: { index: 0, count: 1, top: 0, height: 2532, text: "Blue Bottle\nTotal $12.45", confidence: 91 },
    },
    { type: "step.completed", data: { step: "ocr", durationMs: 900 } },
    { type: "step.started", data: { step: "extract" } },
    { type: "step.completed", data: { step: "extract", durationMs: 12 } },
    { type: "step.started", data: { step: "verify" } },
    { type: "step.completed", data: { step: "verify", durationMs: 2 } },
    { type: "job.done", data: done } as NewJobEvent,
  ];
  return events.map((event, index) => ({ id: index + 1, ...event }));
}

type StoredEvent = ReturnType<typeof jobEvents>[number];

const sse = (events: StoredEvent[]) =>
  events.map((event) => encodeMessage({ id: event.id, event: event.type, data: event.data })).join("");

/** Cuts text into chunks of `size` bytes: inside lines, inside events, inside multi-byte characters. */
function chunksOf(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.slice(at, at + size));
  return chunks;
}

interface StreamPlan {
  chunks: Uint8Array[];
  /** How the body ends once the chunks are out: closed by the server, or broken. */
  end: "close" | "drop";
}

/** A streamed response that sends its chunks one macrotask apart, then ends as planned. */
function streamResponse(plan: StreamPlan, onCancel?: () => void): Response {
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const chunk = plan.chunks[index++];
      if (chunk) controller.enqueue(chunk);
      else if (plan.end === "close") controller.close();
      else controller.error(new TypeError("terminated"));
    },
    cancel: () => onCancel?.(),
  });
  return new Response(body, { status: 200, headers: { "Content-Type": "text/event-stream; charset=utf-8" } });
}

interface SeenRequest {
  url: string;
  method: string;
  headers: Headers;
  body: BodyInit | null | undefined;
  at: number;
}

/** An injected fetch: each call is answered by the next handler; every request is recorded. */
function fakeFetch(handlers: ((request: SeenRequest) => Response | Promise<Response>)[]) {
  const requests: SeenRequest[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request: SeenRequest = {
      url: String(input),
      method: init?.method ?? "GET",
      headers: new Headers(init?.headers),
      body: init?.body,
      at: performance.now(),
    };
    requests.push(request);
    const handler = handlers[requests.length - 1];
    if (!handler) throw new Error(`unexpected request ${requests.length}: ${request.method} ${request.url}`);
    return handler(request);
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function collect(iterator: AsyncGenerator<SukushoEvent, unknown>) {
  const events: SukushoEvent[] = [];
  for await (const event of iterator) events.push(event);
  return events;
}

function createdJob(id: string) {
  return { id, status: "queued", fileName: `${id}.png`, extractor: "local", links: jobLinks(id) };
}

function snapshot(id: string, overrides: Partial<JobSnapshot>): JobSnapshot {
  return {
    id,
    status: "succeeded",
    fileName: `${id}.png`,
    mimeType: "image/png",
    width: 10,
    height: 10,
    byteSize: 100,
    extractor: "local",
    attempts: 1,
    createdAt: "2026-10-03T08:00:00.000Z",
    updatedAt: "2026-10-03T08:00:01.000Z",
    finishedAt: "2026-10-03T08:00:01.000Z",
    steps: [],
    result: null,
    error: null,
    lastEventId: 15,
    corrections: {},
    acceptedAt: null,
    summary: { kind: null, merchant: null, total: null, currency: null, date: null, rows: null },
    links: jobLinks(id),
    ...overrides,
  };
}

describe("follow", () => {
  it("resumes a stream cut mid-event and dropped, with Last-Event-ID, and yields every event once", async () => {
    const events = jobEvents("j1");
    // Connection 1: the retry delay, events 1–4, then half of event 5, and the connection breaks.
    const first = encodeRetry(30) + sse(events.slice(0, 4)) + sse(events.slice(4, 5)).slice(0, 25);
    // Connection 2: a server that replays too much (3–4 again), then 5–9, then closes early.
    const second = encodeComment("keep-alive") + sse(events.slice(2, 9));
    // Connection 3: the rest, with the final event.
    const third = sse(events.slice(9));
    const { fetch, requests } = fakeFetch([
      () => streamResponse({ chunks: chunksOf(first, 7), end: "drop" }),
      () => streamResponse({ chunks: chunksOf(second, 11), end: "close" }),
      () => streamResponse({ chunks: chunksOf(third, 5), end: "close" }),
    ]);
    const client = createSukushoClient({ baseUrl: `${BASE}/`, fetch });
    const seen: number[] = [];
    const reconnects: { attempt: number; delayMs: number; lastEventId: number }[] = [];
    const iterator = client.follow("j1", {
      onEvent: (event) => seen.push(event.id),
      onReconnect: ({ attempt, delayMs, lastEventId }) => reconnects.push({ attempt, delayMs, lastEventId }),
    });
    const received = await collect(iterator);

    expect(received.map((event) => ({ id: event.id, type: event.type, data: event.data }))).toEqual(
      events.map((event) => ({ id: event.id, type: event.type, data: event.data })),
    );
    expect(seen).toEqual(events.map((event) => event.id));
    expect(requests.map((request) => request.url)).toEqual(Array(3).fill(`${BASE}/api/jobs/j1/events`));
    expect(requests.map((request) => request.headers.get("last-event-id"))).toEqual([null, "4", "9"]);
    expect(requests.every((request) => request.headers.get("accept") === "text/event-stream")).toBe(true);
    // The server's retry: 30 is honoured before each reconnection.
    expect(reconnects).toEqual([
      { attempt: 1, delayMs: 30, lastEventId: 4 },
      { attempt: 1, delayMs: 30, lastEventId: 9 },
    ]);
    expect((requests[1]?.at ?? 0) - (requests[0]?.at ?? 0)).toBeGreaterThanOrEqual(25);
    const done = received.at(-1);
    expect(done?.type === "job.done" && done.data.status === "succeeded" && done.data.result.extractor).toBe("local");
  });

  it("starts after lastEventId and stops at the final event without reading further", async () => {
    const events = jobEvents("j2");
    let cancelled = false;
    const { fetch, requests } = fakeFetch([
      // Anything after job.done is ignored: the client must stop at it.
      () =>
        streamResponse(
          { chunks: [new TextEncoder().encode(sse(events.slice(12)) + sse(events.slice(0, 1)))], end: "drop" },
          () => (cancelled = true),
        ),
    ]);
    const client = createSukushoClient({ baseUrl: BASE, fetch });
    const iterator = client.follow("j2", { lastEventId: 12 });
    const ids = (await collect(iterator)).map((event) => event.id);
    expect(ids).toEqual([13, 14, 15]);
    expect(requests[0]?.headers.get("last-event-id")).toBe("12");
    expect(cancelled).toBe(true);
  });

  it("treats 204 as nothing more: no event, no reconnection", async () => {
    const { fetch, requests } = fakeFetch([() => new Response(null, { status: 204 })]);
    const client = createSukushoClient({ baseUrl: BASE, fetch });
    const iterator = client.follow("j3", { lastEventId: 15 });
    const first = await iterator.next();
    expect(first).toEqual({ done: true, value: { reason: "no_content", lastEventId: 15 } });
    expect(requests).toHaveLength(1);
  });

  it("throws the server's error at once for a 4xx, with its status and code", async () => {
    const { fetch, requests } = fakeFetch([
      () => json({ error: { code: "job_not_found", message: "There is no job nope." } }, 404),
    ]);
    const client = createSukushoClient({ baseUrl: BASE, fetch });
    await expect(collect(client.follow("nope", { retryMs: 1 }))).rejects.toMatchObject({
      name: "SukushoApiError",
      status: 404,
      code: "job_not_found",
      message: "There is no job nope.",
    });
    expect(requests).toHaveLength(1);
  });

  it("retries a 503 and a refused connection, then goes on", async () => {
    const events = jobEvents("j4");
    const { fetch, requests } = fakeFetch([
      () => new Response("Bad gateway", { status: 503 }),
      () => {
        throw new TypeError("fetch failed");
      },
      () => streamResponse({ chunks: [new TextEncoder().encode(sse(events))], end: "close" }),
    ]);
    const client = createSukushoClient({ baseUrl: BASE, fetch });
    const delays: number[] = [];
    const iterator = client.follow("j4", { retryMs: 5, onReconnect: ({ delayMs }) => delays.push(delayMs) });
    expect((await collect(iterator)).length).toBe(events.length);
    expect(requests).toHaveLength(3);
    // Failures in a row back off: 5, then 10.
    expect(delays).toEqual([5, 10]);
  });

  it("gives up after maxRetries connections in a row that bring nothing, with a network_error", async () => {
    const fail = () => {
      throw Object.assign(new TypeError("fetch failed"), {
        cause: Object.assign(new Error("refused"), { code: "ECONNREFUSED" }),
      });
    };
    const { fetch, requests } = fakeFetch([fail, fail, fail, fail]);
    const client = createSukushoClient({ baseUrl: BASE, fetch });
    const error = (await collect(client.follow("j5", { retryMs: 1, maxRetries: 2 })).catch(
      (e) => e,
    )) as SukushoApiError;
    expect(error).toMatchObject({ status: 0, code: "network_error" });
    expect(error.message).toContain("ECONNREFUSED");
    expect(requests).toHaveLength(3);
  });

  it("skips an event that breaks the protocol, reports it, and does not ask for it again", async () => {
    const events = jobEvents("j6");
    const broken = 'id: 2\nevent: step.started\ndata: {"step":"dance"}\n\n';
    const { fetch, requests } = fakeFetch([
      () => streamResponse({ chunks: [new TextEncoder().encode(sse(events.slice(0, 1)) + broken)], end: "close" }),
      () => streamResponse({ chunks: [new TextEncoder().encode(sse(events.slice(2)))], end: "close" }),
    ]);
    const client = createSukushoClient({ baseUrl: BASE, fetch });
    const invalid: string[] = [];
    const iterator = client.follow("j6", { retryMs: 1, onInvalidEvent: (raw) => invalid.push(raw.data) });
    const ids = (await collect(iterator)).map((event) => event.id);
    expect(ids).toEqual(events.filter((event) => event.id !== 2).map((event) => event.id));
    expect(invalid).toEqual(['{"step":"dance"}']);
    expect(requests[1]?.headers.get("last-event-id")).toBe("2");
  });

  it("reopens a stream that goes silent", async () => {
    const events = jobEvents("j7");
    const { fetch, requests } = fakeFetch([
      // Sends two events, then nothing at all (a half-open connection).
      () =>
        new Response(
          new ReadableStream({
            start: (controller) => controller.enqueue(new TextEncoder().encode(sse(events.slice(0, 2)))),
          }),
          { headers: { "Content-Type": "text/event-stream" } },
        ),
      () => streamResponse({ chunks: [new TextEncoder().encode(sse(events.slice(2)))], end: "close" }),
    ]);
    const client = createSukushoClient({ baseUrl: BASE, fetch });
    const ids = (await collect(client.follow("j7", { retryMs: 1, idleTimeoutMs: 50 }))).map((event) => event.id);
    expect(ids).toEqual(events.map((event) => event.id));
    expect(requests[1]?.headers.get("last-event-id")).toBe("2");
  });

  it("stops when the caller aborts", async () => {
    const controller = new AbortController();
    const { fetch } = fakeFetch([
      (request) =>
        new Response(
          new ReadableStream({
            start: (stream) => {
              stream.enqueue(new TextEncoder().encode(sse(jobEvents("j8").slice(0, 1))));
              void request;
            },
          }),
          { headers: { "Content-Type": "text/event-stream" } },
        ),
    ]);
    const client = createSukushoClient({ baseUrl: BASE, fetch });
    const iterator = client.follow("j8", { signal: controller.signal, idleTimeoutMs: 0 });
    expect((await iterator.next()).value).toMatchObject({ id: 1, type: "job.received" });
    const next = iterator.next();
    controller.abort(new Error("enough"));
    await expect(next).rejects.toThrow("enough");
  });
});

describe("wait", () => {
  it("reads the outcome from the snapshot when the stream answers 204", async () => {
    const { fetch, requests } = fakeFetch([
      () => new Response(null, { status: 204 }),
      () => json(snapshot("j9", { status: "failed", error: { code: "ocr_failed", message: "No text." } })),
    ]);
    const client = createSukushoClient({ baseUrl: BASE, fetch });
    expect(await client.wait("j9", { lastEventId: 15 })).toEqual({
      status: "failed",
      error: { code: "ocr_failed", message: "No text." },
    });
    expect(requests[1]?.url).toBe(`${BASE}/api/jobs/j9`);
  });
});

describe("requests", () => {
  it("uploads files and options as multipart and validates the answer", async () => {
    const { fetch, requests } = fakeFetch([() => json({ jobs: [createdJob("a"), createdJob("b")] }, 202)]);
    const client = createSukushoClient({ baseUrl: BASE, fetch });
    const files: UploadFile[] = [
      { name: "a.png", bytes: new Uint8Array([1, 2, 3]), type: "image/png" },
      { name: "b.jpg", bytes: new Blob([new Uint8Array([4, 5])], { type: "image/jpeg" }) },
    ];
    const jobs = await client.upload(files, {
      extractor: "llm",
      kind: "receipt",
      allowImage: true,
      fields: [{ name: "shop", type: "string" }],
    });
    expect(jobs.map((job) => job.id)).toEqual(["a", "b"]);
    const request = requests[0];
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe(`${BASE}/api/jobs`);
    const form = request?.body as FormData;
    const parts = form.getAll("file") as File[];
    expect(parts.map((part) => [part.name, part.type, part.size])).toEqual([
      ["a.png", "image/png", 3],
      ["b.jpg", "image/jpeg", 2],
    ]);
    expect(new Uint8Array(await (parts[0] as File).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(form.get("extractor")).toBe("llm");
    expect(form.get("kind")).toBe("receipt");
    expect(form.get("allowImage")).toBe("true");
    expect(JSON.parse(String(form.get("fields")))).toEqual([{ name: "shop", type: "string" }]);
  });

  it("turns the JSON error body into a SukushoApiError", async () => {
    const { fetch } = fakeFetch([
      () => json({ error: { code: "unsupported_type", message: "This is not an image." } }, 415),
    ]);
    const client = createSukushoClient({ baseUrl: BASE, fetch });
    const error = await client.upload([{ name: "x.txt", bytes: new Uint8Array([1]) }]).catch((e) => e);
    expect(error).toMatchObject({
      name: "SukushoApiError",
      status: 415,
      code: "unsupported_type",
      message: "This is not an image.",
    });
  });

  it("reports an error status without a JSON body, an answer that does not fit, and no answer", async () => {
    const { fetch } = fakeFetch([
      () => new Response("<html>502</html>", { status: 502, statusText: "Bad Gateway" }),
      () => json({ jobs: [{ id: 1 }] }),
      () => {
        throw new TypeError("fetch failed");
      },
    ]);
    const client = createSukushoClient({ baseUrl: BASE, fetch });
    await expect(client.getJob("x")).rejects.toMatchObject({ status: 502, code: "http_error" });
    await expect(client.listJobs({ limit: 5 })).rejects.toMatchObject({ code: "unexpected_response" });
    await expect(client.config()).rejects.toMatchObject({ status: 0, code: "network_error" });
  });

  it("gets, lists and deletes jobs and reads the config", async () => {
    const config = {
      extractors: { local: { available: true }, llm: { available: false, model: null, vision: false } },
      defaultExtractor: "local",
      limits: { maxUploadBytes: 1, maxRequestBytes: 2, maxFilesPerUpload: 3, maxImagePixels: 4 },
    };
    const { fetch, requests } = fakeFetch([
      () => json(snapshot("a b", { result })),
      () => json({ jobs: [snapshot("c", {})] }),
      () => new Response(null, { status: 204 }),
      () => json(config),
    ]);
    const client = createSukushoClient({ baseUrl: BASE, fetch });
    expect((await client.getJob("a b")).result).toEqual(result);
    expect((await client.listJobs({ limit: 5 })).map((job) => job.id)).toEqual(["c"]);
    await client.deleteJob("c");
    expect(await client.config()).toEqual(config);
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `GET ${BASE}/api/jobs/a%20b`,
      `GET ${BASE}/api/jobs?limit=5`,
      `DELETE ${BASE}/api/jobs/c`,
      `GET ${BASE}/api/config`,
    ]);
  });
});

describe("extract", () => {
  it("uploads, follows every job in parallel and gives each result in the files' order", async () => {
    const failure = { status: "failed" as const, error: { code: "no_text", message: "No text was found." } };
    const bEvents = jobEvents("b", failure);
    const aEvents = jobEvents("a");
    const { fetch, requests } = fakeFetch([
      () => json({ jobs: [createdJob("a"), createdJob("b")] }, 202),
      // Both streams are open at once: a's stream only ends after b's has started.
      (request) =>
        request.url.endsWith("/a/events")
          ? streamResponse({ chunks: chunksOf(sse(aEvents), 40), end: "close" })
          : streamResponse({ chunks: chunksOf(sse(bEvents), 40), end: "close" }),
      (request) =>
        request.url.endsWith("/a/events")
          ? streamResponse({ chunks: chunksOf(sse(aEvents), 40), end: "close" })
          : streamResponse({ chunks: chunksOf(sse(bEvents), 40), end: "close" }),
    ]);
    const client = createSukushoClient({ baseUrl: BASE, fetch });
    const seen: string[] = [];
    const results = await client.extract(
      [
        { name: "a.png", bytes: new Uint8Array([1]) },
        { name: "b.png", bytes: new Uint8Array([2]) },
      ],
      { extractor: "local" },
      { onEvent: (event, job, index) => seen.push(`${index}:${job.id}:${event.id}`) },
    );
    expect(results).toEqual([
      { job: createdJob("a"), result },
      { job: createdJob("b"), error: failure.error },
    ]);
    expect(
      requests
        .slice(1)
        .map((request) => request.url.split("/").at(-2))
        .sort(),
    ).toEqual(["a", "b"]);
    expect(seen.filter((entry) => entry.startsWith("0:a:"))).toHaveLength(aEvents.length);
    expect(seen.filter((entry) => entry.startsWith("1:b:"))).toHaveLength(bEvents.length);
    // Interleaved: the second job's events started before the first job's ended.
    expect(seen.findIndex((entry) => entry.startsWith("1:"))).toBeLessThan(seen.lastIndexOf(`0:a:${aEvents.length}`));
  });

  it("gives a job whose stream cannot be followed that error, and rejects when the upload is refused", async () => {
    const { fetch } = fakeFetch([
      () => json({ jobs: [createdJob("a")] }, 202),
      () => json({ error: { code: "job_not_found", message: "Gone." } }, 404),
      () => json({ error: { code: "too_many_files", message: "At most 10 files." } }, 413),
    ]);
    const client = createSukushoClient({ baseUrl: BASE, fetch });
    const files = [{ name: "a.png", bytes: new Uint8Array([1]) }];
    expect(await client.extract(files)).toEqual([
      { job: createdJob("a"), error: { code: "job_not_found", message: "Gone." } },
    ]);
    await expect(client.extract(files)).rejects.toMatchObject({ status: 413, code: "too_many_files" });
  });
});
