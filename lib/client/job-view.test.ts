import { describe, expect, it } from "vitest";
import { announceJob } from "@/lib/client/announce";
import {
  applyReview,
  applySnapshot,
  extractionParts,
  initialJobView,
  type JobView,
  partialTexts,
  pendingRetries,
  reduceJobView,
  type StreamEvent,
} from "@/lib/client/job-view";
import type { JobResult } from "@/lib/extract/schema";
import { type JobSnapshot, jobLinks } from "@/lib/jobs/schema";

const id = "job-1";
const created = {
  id,
  status: "queued" as const,
  fileName: "pay.png",
  extractor: "local" as const,
  links: jobLinks(id),
};

const field = <T>(value: T | null, seen = true) => ({
  value,
  text: value === null ? null : String(value),
  box: value === null ? null : { x0: 10, y0: 20, x1: 110, y1: 40 },
  confidence: 0.9,
  seen,
});

const result: JobResult = {
  extractor: "local",
  model: null,
  document: {
    kind: "receipt",
    merchant: field("Blue Bottle Coffee"),
    address: field<string>(null),
    date: field("2026-10-03"),
    time: field("08:42"),
    subtotal: field<number>(null),
    tax: field<number>(null),
    rounding: field<number>(null),
    total: field(12.45),
    currency: field("USD"),
    paymentMethod: field("Visa •••• 4242"),
    reference: field("TXN-8F3K2Q9P", false),
    items: [],
  },
  checks: [{ code: "not_seen", status: "warn", field: "reference", message: "Not found in the image." }],
};

/** Numbers the events 1, 2, 3… as the server would. */
function numbered(events: Omit<StreamEvent, "id">[], first = 1): StreamEvent[] {
  return events.map((event, index) => ({ ...event, id: first + index }) as StreamEvent);
}

function run(events: StreamEvent[], from: JobView = initialJobView(created)): JobView {
  return events.reduce(reduceJobView, from);
}

const start: Omit<StreamEvent, "id">[] = [
  {
    type: "job.received",
    data: {
      jobId: id,
      fileName: "pay.png",
      mimeType: "image/png",
      width: 1170,
      height: 2532,
      byteSize: 250_000,
      extractor: "local",
    },
  },
  { type: "step.started", data: { step: "check" } },
  { type: "step.completed", data: { step: "check", durationMs: 42, summary: "PNG 1170×2532" } },
  { type: "step.started", data: { step: "queue" } },
  { type: "queue.position", data: { position: 2, running: 2 } },
];

const toSuccess: Omit<StreamEvent, "id">[] = [
  { type: "step.completed", data: { step: "queue", durationMs: 1500 } },
  { type: "step.started", data: { step: "ocr" } },
  { type: "step.progress", data: { step: "ocr", progress: 0.43 } },
  {
    type: "ocr.region",
    data: { index: 1, count: 2, top: 1266, height: 1266, text: "Total $12.45", confidence: 91 },
  },
  { type: "ocr.region", data: { index: 0, count: 2, top: 0, height: 1266, text: "Blue Bottle", confidence: 88 } },
  { type: "step.completed", data: { step: "ocr", durationMs: 3200, summary: "12 lines, confidence 90%" } },
  { type: "step.started", data: { step: "extract" } },
  { type: "extract.partial", data: { text: '{"merchant":', chunk: 0, chunks: 1 } },
  { type: "step.completed", data: { step: "extract", durationMs: 20, summary: "a single payment" } },
  { type: "step.started", data: { step: "verify" } },
  { type: "step.completed", data: { step: "verify", durationMs: 5, summary: "1 finding(s) to review" } },
  { type: "job.done", data: { status: "succeeded", result } },
];

describe("reduceJobView", () => {
  it("starts from an upload answer with every step pending", () => {
    const view = initialJobView(created);
    expect(view.status).toBe("queued");
    expect(view.steps.map((step) => step.name)).toEqual(["check", "queue", "ocr", "extract", "verify"]);
    expect(view.steps.every((step) => step.status === "pending")).toBe(true);
    expect(view.lastEventId).toBe(0);
  });

  it("follows a successful job from upload to result", () => {
    const events = numbered([...start, ...toSuccess]);

    const queued = run(events.slice(0, start.length));
    expect(queued.status).toBe("queued");
    expect(queued.width).toBe(1170);
    expect(queued.height).toBe(2532);
    expect(queued.queue).toEqual({ position: 2, running: 2 });
    expect(queued.steps[0]).toMatchObject({ status: "succeeded", durationMs: 42, summary: "PNG 1170×2532" });
    expect(queued.steps[1]?.status).toBe("running");
    expect(announceJob(queued)).toBe("Waiting — 2nd in line");

    const reading = run(events.slice(0, start.length + 3));
    expect(reading.status).toBe("running");
    expect(reading.queue).toBeNull();
    expect(reading.steps[2]).toMatchObject({ status: "running", progress: 0.43, hasProgress: true });
    expect(announceJob(reading)).toBe("Reading text: 40%");

    const extracting = run(events.slice(0, start.length + 8));
    expect(extracting.ocrRegionCount).toBe(2);
    expect(extracting.ocrRegions[0]?.text).toBe("Blue Bottle");
    expect(extracting.ocrRegions[1]?.text).toBe("Total $12.45");
    expect(extracting.partialExtraction).toEqual({ chunks: 1, texts: { 0: '{"merchant":' } });

    const done = run(events);
    expect(done.status).toBe("succeeded");
    expect(done.result).toEqual(result);
    expect(done.error).toBeNull();
    expect(done.lastEventId).toBe(events.length);
    expect(done.steps.map((step) => step.status)).toEqual(Array(5).fill("succeeded"));
    expect(done.steps[2]).toMatchObject({ durationMs: 3200, summary: "12 lines, confidence 90%", progress: 1 });
    expect(announceJob(done)).toBe("Done: receipt from Blue Bottle Coffee, $12.45");
  });

  it("shows OCR and a model's extraction as active together when they overlap", () => {
    const events = numbered([
      ...start,
      { type: "step.completed", data: { step: "queue", durationMs: 10 } },
      { type: "step.started", data: { step: "ocr" } },
      { type: "step.started", data: { step: "extract" } },
      { type: "ocr.region", data: { index: 0, count: 2, top: 0, height: 900, text: "Card history", confidence: 90 } },
      { type: "extract.partial", data: { text: '{"rows":[', chunk: 0, chunks: 1 } },
      { type: "step.progress", data: { step: "ocr", progress: 0.6 } },
    ]);
    const both = run(events);
    expect(both.steps[2]).toMatchObject({ status: "running", progress: 0.6 });
    expect(both.steps[3]?.status).toBe("running");
    expect(both.ocrRegions[0]?.text).toBe("Card history");
    expect(both.partialExtraction).toEqual({ chunks: 1, texts: { 0: '{"rows":[' } });
    const read = run(
      numbered([{ type: "step.completed", data: { step: "ocr", durationMs: 1200 } }], events.length + 1),
      both,
    );
    expect(read.steps.map((step) => step.status)).toEqual([
      "succeeded",
      "succeeded",
      "succeeded",
      "running",
      "pending",
    ]);
  });

  it("records a failed step and the job's error", () => {
    const problem = { code: "no_text", message: "No text was found in this image." };
    const events = numbered([
      ...start,
      { type: "step.completed", data: { step: "queue", durationMs: 10 } },
      { type: "step.started", data: { step: "ocr" } },
      { type: "step.progress", data: { step: "ocr", progress: 0.9 } },
      { type: "step.failed", data: { step: "ocr", durationMs: 800, error: problem } },
      { type: "job.done", data: { status: "failed", error: problem } },
    ]);
    const view = run(events);
    expect(view.status).toBe("failed");
    expect(view.error).toEqual(problem);
    expect(view.result).toBeNull();
    expect(view.steps[2]).toMatchObject({ status: "failed", durationMs: 800, error: problem });
    expect(view.steps[3]?.status).toBe("pending");
    expect(view.steps[4]?.status).toBe("pending");
    expect(announceJob(view)).toBe("Failed: No text was found in this image.");
  });

  it("marks a step still running as failed when the job ends without a step failure", () => {
    const problem = { code: "interrupted", message: "The server stopped while this job was running." };
    const events = numbered([
      ...start,
      { type: "step.completed", data: { step: "queue", durationMs: 10 } },
      { type: "step.started", data: { step: "ocr" } },
      { type: "job.done", data: { status: "failed", error: problem } },
    ]);
    const view = run(events);
    expect(view.steps[2]?.status).toBe("failed");
    expect(view.error).toEqual(problem);
  });

  it("resets the steps after check when the job is resumed, then runs again", () => {
    const before = numbered([
      ...start,
      { type: "step.completed", data: { step: "queue", durationMs: 10 } },
      { type: "step.started", data: { step: "ocr" } },
      { type: "step.progress", data: { step: "ocr", progress: 0.5 } },
      { type: "ocr.region", data: { index: 0, count: 2, top: 0, height: 100, text: "half", confidence: 80 } },
    ]);
    const interrupted = run(before);
    expect(interrupted.steps[2]?.status).toBe("running");

    const resumedEvent = numbered(
      [{ type: "job.resumed", data: { reason: "The server restarted.", attempt: 2 } }],
      before.length + 1,
    );
    const resumed = run(resumedEvent, interrupted);
    expect(resumed.status).toBe("queued");
    expect(resumed.attempt).toBe(2);
    expect(resumed.resumedReason).toBe("The server restarted.");
    expect(resumed.steps.map((step) => step.status)).toEqual(["succeeded", "pending", "pending", "pending", "pending"]);
    expect(resumed.steps[2]).toMatchObject({ progress: 0, hasProgress: false });
    expect(resumed.ocrRegions).toEqual({});
    expect(resumed.ocrRegionCount).toBeNull();
    expect(resumed.width).toBe(1170);

    const again = numbered(
      [{ type: "step.started", data: { step: "queue" } }, ...toSuccess],
      before.length + resumedEvent.length + 1,
    );
    const done = run(again, resumed);
    expect(done.status).toBe("succeeded");
    expect(done.steps.map((step) => step.status)).toEqual(Array(5).fill("succeeded"));
    expect(done.ocrRegions[0]?.text).toBe("Blue Bottle");
  });

  it("ignores an event it has already applied", () => {
    const events = numbered([...start, ...toSuccess.slice(0, 3)]);
    const view = run(events);
    const progress = events.at(-1);
    if (!progress) throw new Error("no events");
    expect(reduceJobView(view, progress)).toBe(view);
    const stale = { id: 2, type: "step.started", data: { step: "verify" } } as StreamEvent;
    const after = reduceJobView(view, stale);
    expect(after).toBe(view);
    expect(after.steps[4]?.status).toBe("pending");
  });
});

describe("initialJobView from a snapshot", () => {
  const snapshot = (over: Partial<JobSnapshot>): JobSnapshot => ({
    id,
    status: "running",
    fileName: "pay.png",
    mimeType: "image/png",
    width: 1170,
    height: 2532,
    byteSize: 250_000,
    extractor: "local",
    attempts: 1,
    createdAt: "2026-10-03T08:00:00.000Z",
    updatedAt: "2026-10-03T08:00:05.000Z",
    finishedAt: null,
    steps: [
      {
        name: "check",
        status: "succeeded",
        startedAt: "2026-10-03T08:00:00.000Z",
        finishedAt: "2026-10-03T08:00:00.250Z",
        durationMs: 250,
        summary: "PNG 1170×2532, orientation applied, metadata removed",
        error: null,
      },
      {
        name: "queue",
        status: "succeeded",
        startedAt: "2026-10-03T08:00:00.300Z",
        finishedAt: "2026-10-03T08:00:01.300Z",
        durationMs: 1000,
        summary: null,
        error: null,
      },
      {
        name: "ocr",
        status: "running",
        startedAt: "2026-10-03T08:00:01.300Z",
        finishedAt: null,
        durationMs: null,
        summary: null,
        error: null,
      },
      {
        name: "extract",
        status: "pending",
        startedAt: null,
        finishedAt: null,
        durationMs: null,
        summary: null,
        error: null,
      },
      {
        name: "verify",
        status: "pending",
        startedAt: null,
        finishedAt: null,
        durationMs: null,
        summary: null,
        error: null,
      },
    ],
    result: null,
    error: null,
    lastEventId: 9,
    corrections: {},
    acceptedAt: null,
    summary: { kind: null, merchant: null, total: null, currency: null, date: null, rows: null },
    links: jobLinks(id),
    ...over,
  });

  it("replays an unfinished job's stream from the start on top of its snapshot", () => {
    const view = initialJobView(snapshot({}));
    expect(view.lastEventId).toBe(0);
    expect(view.steps[0]).toMatchObject({ status: "succeeded", durationMs: 250 });
    expect(view.steps[2]?.status).toBe("running");
    const replayed = run(numbered([...start, ...toSuccess]), view);
    expect(replayed.status).toBe("succeeded");
    expect(replayed.ocrRegions[0]?.text).toBe("Blue Bottle");
  });

  it("keeps a finished job's last event id, and settles a view from a finished snapshot", () => {
    const finished = snapshot({ status: "succeeded", result, lastEventId: 25 });
    expect(initialJobView(finished).lastEventId).toBe(25);

    const live = run(numbered(start));
    const settled = applySnapshot(live, finished);
    expect(settled.status).toBe("succeeded");
    expect(settled.result).toEqual(result);
    expect(settled.lastEventId).toBe(25);
    expect(settled.steps[0]).toMatchObject({ summary: "PNG 1170×2532" });
    expect(applySnapshot(live, snapshot({}))).toBe(live);
  });

  it("carries the corrections and the acceptance, and takes new ones from a review answer", () => {
    const corrections = { total: { value: 13, correctedAt: "2026-10-03T09:00:00.000Z" } };
    const finished = snapshot({ status: "succeeded", result, lastEventId: 25, corrections });
    const view = initialJobView(finished);
    expect(view.corrections).toEqual(corrections);
    expect(view.acceptedAt).toBeNull();
    expect(initialJobView(created).corrections).toEqual({});

    const accepted = applyReview(view, { id, corrections: {}, acceptedAt: "2026-10-03T09:05:00.000Z" });
    expect(accepted.corrections).toEqual({});
    expect(accepted.acceptedAt).toBe("2026-10-03T09:05:00.000Z");
    expect(accepted.result).toBe(view.result);
    expect(applyReview(view, { id: "other", corrections: {}, acceptedAt: null })).toBe(view);
  });
});

describe("the extract step with a language model", () => {
  const toExtract: Omit<StreamEvent, "id">[] = [
    ...start,
    { type: "step.completed", data: { step: "queue", durationMs: 10 } },
    { type: "step.started", data: { step: "ocr" } },
    { type: "step.completed", data: { step: "ocr", durationMs: 3000 } },
    { type: "step.started", data: { step: "extract" } },
    { type: "step.progress", data: { step: "extract", progress: 0.1, message: "Asking gpt-4o-mini…" } },
  ];
  const partial = (text: string, chunk: number, chunks: number): Omit<StreamEvent, "id"> => ({
    type: "extract.partial",
    data: { text, chunk, chunks },
  });
  const retry = (attempt: number, chunk = 0, status?: number): Omit<StreamEvent, "id"> => ({
    type: "extract.retry",
    data: { attempt, maxAttempts: 4, waitMs: 2000, reason: "The model is rate limited (429)", status, chunk },
  });

  it("keeps the latest text of each part, in part order", () => {
    const view = run(
      numbered([
        ...toExtract,
        partial('{"rows":[', 1, 3),
        partial('{"currency":"JPY","rows":[{"date"', 0, 3),
        partial('{"rows":[{"amount":5', 1, 3),
      ]),
    );
    expect(view.partialExtraction).toEqual({
      chunks: 3,
      texts: { 0: '{"currency":"JPY","rows":[{"date"', 1: '{"rows":[{"amount":5' },
    });
    expect(partialTexts(view.partialExtraction ?? { chunks: 0, texts: {} })).toEqual([
      '{"currency":"JPY","rows":[{"date"',
      '{"rows":[{"amount":5',
      "",
    ]);
    expect(view.steps[3]).toMatchObject({ status: "running", message: "Asking gpt-4o-mini…" });
  });

  it("keeps every part's text as the number of parts grows (a list read while OCR reads it)", () => {
    // Part 0 started when only it was known; its later events still say 1 part.
    const view = run(
      numbered([...toExtract, partial('{"rows":[', 0, 1), partial("{", 1, 2), partial('{"rows":[{', 0, 1)]),
    );
    expect(view.partialExtraction).toEqual({ chunks: 2, texts: { 0: '{"rows":[{', 1: "{" } });
  });

  it("clears the partial answer when the step starts again or the job is resumed", () => {
    const events = numbered([...toExtract, partial("{", 0, 1), retry(2)]);
    const before = run(events);
    const again = run(numbered([{ type: "step.started", data: { step: "extract" } }], events.length + 1), before);
    expect(again.partialExtraction).toBeNull();
    expect(again.retries).toEqual([]);
    const resumed = run(
      numbered([{ type: "job.resumed", data: { reason: "The server restarted.", attempt: 2 } }], events.length + 1),
      before,
    );
    expect(resumed.partialExtraction).toBeNull();
    expect(resumed.retries).toEqual([]);
  });

  it("logs retries, one pending per part until that part streams again", () => {
    const events = numbered([...toExtract, partial('{"rows":[', 0, 2), retry(2, 1, 429)]);
    const waiting = run(events);
    expect(waiting.retries).toHaveLength(1);
    expect(pendingRetries(waiting)).toEqual([
      expect.objectContaining({ attempt: 2, maxAttempts: 4, waitMs: 2000, status: 429, chunk: 1, settled: false }),
    ]);
    expect(announceJob(waiting)).toBe("Extracting fields: rate limited, retrying (attempt 2 of 4)");

    // Text from another part does not end this part's wait; a second failure replaces it.
    const next = numbered([partial('{"rows":[{', 0, 2), retry(3, 1, 503)], events.length + 1);
    const failedAgain = run(next, waiting);
    expect(failedAgain.retries.map((r) => [r.attempt, r.settled])).toEqual([
      [2, true],
      [3, false],
    ]);

    // Text from the retried part: its wait is over.
    const streaming = run(numbered([partial('{"rows":[', 1, 2)], events.length + next.length + 1), failedAgain);
    expect(pendingRetries(streaming)).toEqual([]);
    expect(streaming.retries).toHaveLength(2);
    expect(extractionParts(streaming)).toBe(2);
  });

  it("keeps the retry log after the step, with every retry settled", () => {
    const events = numbered([
      ...toExtract,
      retry(2),
      { type: "step.completed", data: { step: "extract", durationMs: 5000, summary: "a single payment" } },
    ]);
    const view = run(events);
    expect(view.retries).toHaveLength(1);
    expect(view.retries[0]?.settled).toBe(true);
    expect(pendingRetries(view)).toEqual([]);

    const failed = run(
      numbered([
        ...toExtract,
        retry(4, 2),
        { type: "job.done", data: { status: "failed", error: { code: "llm_failed", message: "No answer." } } },
      ]),
    );
    expect(failed.retries[0]?.settled).toBe(true);
    expect(extractionParts(failed)).toBe(3);
  });
});

describe("custom documents", () => {
  it("are described by how many of the caller's fields were found", () => {
    const custom: JobResult = {
      extractor: "llm",
      model: "gpt-4o-mini",
      document: {
        kind: "custom",
        fields: [
          { name: "invoice_number", type: "string", description: "", field: field("INV-42") },
          { name: "due", type: "date", description: "Due date", field: field<string>(null) },
        ],
      },
      checks: [],
    };
    const view = run(numbered([...start, { type: "job.done", data: { status: "succeeded", result: custom } }]));
    expect(announceJob(view)).toBe("Done: 2 custom fields, 1 found");
  });
});
