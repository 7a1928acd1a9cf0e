import { describe, expect, it } from "vitest";
import type { SukushoEvent } from "@/lib/client/sukusho-client";
import {
  applyProgressEvent,
  initialProgress,
  type JobProgress,
  overallProgress,
  stepWeights,
} from "@/lib/client/sukusho-client-progress";

let nextId = 1;
const ev = (event: Omit<SukushoEvent, "id">) => ({ id: nextId++, ...event }) as SukushoEvent;

function fold(events: SukushoEvent[], from: JobProgress = initialProgress()): JobProgress {
  return events.reduce(applyProgressEvent, from);
}

describe("job progress", () => {
  it("weighs the steps to a whole", () => {
    expect(Object.values(stepWeights).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 10);
  });

  it("moves through the steps, counting the OCR's own percentage", () => {
    const received = fold([
      ev({
        type: "job.received",
        data: {
          jobId: "j",
          fileName: "a.png",
          mimeType: "image/png",
          width: 1,
          height: 1,
          byteSize: 1,
          extractor: "local",
        },
      }),
    ]);
    expect(received.status).toBe("running");
    expect(overallProgress(received)).toBe(0);

    const queued = fold(
      [
        ev({ type: "step.started", data: { step: "check" } }),
        ev({ type: "step.completed", data: { step: "check", durationMs: 4 } }),
        ev({ type: "step.started", data: { step: "queue" } }),
        ev({ type: "queue.position", data: { position: 2, running: 2 } }),
      ],
      received,
    );
    expect(queued.step).toBe("queue");
    expect(queued.queuePosition).toBe(2);
    expect(queued.queueRunning).toBe(2);
    expect(overallProgress(queued)).toBeCloseTo(0.05, 10);

    const reading = fold(
      [
        ev({ type: "step.completed", data: { step: "queue", durationMs: 900 } }),
        ev({ type: "step.started", data: { step: "ocr" } }),
        ev({ type: "step.progress", data: { step: "ocr", progress: 0.5, message: "Reading strip 1 of 2" } }),
      ],
      queued,
    );
    expect(reading.queuePosition).toBeNull();
    expect(reading.step).toBe("ocr");
    expect(reading.steps.ocr).toMatchObject({ status: "running", progress: 0.5, message: "Reading strip 1 of 2" });
    expect(overallProgress(reading)).toBeCloseTo(0.1 + 0.55 * 0.5, 10);
    // A late, smaller progress value never moves the bar back.
    const late = fold([ev({ type: "step.progress", data: { step: "ocr", progress: 0.4 } })], reading);
    expect(late.steps.ocr.progress).toBe(0.5);
  });

  it("counts retries and takes a step's start as the end of the ones before it", () => {
    const progress = fold([
      ev({ type: "step.started", data: { step: "extract" } }),
      ev({
        type: "extract.retry",
        data: {
          attempt: 1,
          maxAttempts: 3,
          waitMs: 2000,
          reason: "The model is rate limited (429)",
          chunk: 0,
          chunks: 1,
        },
      }),
      ev({
        type: "extract.retry",
        data: { attempt: 2, maxAttempts: 3, waitMs: 4000, reason: "The model stopped answering", chunk: 0, chunks: 1 },
      }),
    ]);
    expect(progress.retries).toBe(2);
    expect(progress.lastRetry?.reason).toBe("The model stopped answering");
    expect(progress.retrying).toBe(true);
    const answered = fold([ev({ type: "extract.partial", data: { text: "{", chunk: 0, chunks: 1 } })], progress);
    expect(answered.retrying).toBe(false);
    expect(answered.retries).toBe(2);
    expect(progress.steps.check.status).toBe("succeeded");
    expect(progress.steps.ocr.status).toBe("succeeded");
    expect(overallProgress(progress)).toBeCloseTo(0.65, 10);
  });

  it("shows OCR and a model's extraction running side by side until OCR ends", () => {
    const both = fold([
      ev({ type: "step.started", data: { step: "ocr" } }),
      ev({ type: "step.started", data: { step: "extract" } }),
      ev({ type: "step.progress", data: { step: "ocr", progress: 0.5 } }),
    ]);
    expect(both.steps.ocr).toMatchObject({ status: "running", progress: 0.5 });
    expect(both.steps.extract.status).toBe("running");
    const read = fold([ev({ type: "step.completed", data: { step: "ocr", durationMs: 900 } })], both);
    expect(read.steps.ocr.status).toBe("succeeded");
    expect(read.steps.extract.status).toBe("running");
  });

  it("starts over when the job is resumed, and keeps the failure", () => {
    const before = fold([
      ev({ type: "step.started", data: { step: "ocr" } }),
      ev({ type: "step.progress", data: { step: "ocr", progress: 0.9 } }),
    ]);
    const resumed = fold([ev({ type: "job.resumed", data: { reason: "restart", attempt: 2 } })], before);
    expect(resumed.resumes).toBe(1);
    expect(overallProgress(resumed)).toBe(0);

    const failed = fold(
      [
        ev({ type: "step.started", data: { step: "ocr" } }),
        ev({
          type: "step.failed",
          data: { step: "ocr", durationMs: 5, error: { code: "ocr_failed", message: "No text." } },
        }),
        ev({ type: "job.done", data: { status: "failed", error: { code: "ocr_failed", message: "No text." } } }),
      ],
      resumed,
    );
    expect(failed.status).toBe("failed");
    expect(failed.step).toBe("ocr");
    expect(failed.error).toEqual({ code: "ocr_failed", message: "No text." });
    expect(overallProgress(failed)).toBeLessThan(1);
  });

  it("is full once the job succeeded", () => {
    const done = fold([
      ev({ type: "step.started", data: { step: "verify" } }),
      ev({
        type: "job.done",
        data: {
          status: "succeeded",
          result: {
            extractor: "local",
            model: null,
            document: { kind: "custom", fields: [] },
            checks: [],
          },
        },
      }),
    ]);
    expect(done.status).toBe("succeeded");
    expect(overallProgress(done)).toBe(1);
    expect(Object.values(done.steps).every((step) => step.status === "succeeded")).toBe(true);
    expect(done.lastEventId).toBe(nextId - 1);
  });
});
