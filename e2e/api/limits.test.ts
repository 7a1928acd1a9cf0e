import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import { type JobSnapshot, jobSnapshotSchema } from "@/lib/jobs/schema";
import {
  assertCompleteStream,
  assertTypesInOrder,
  recordStream,
  type StreamRecording,
} from "@/lib/testing/sse-recorder";
import { type AppServer, startApp } from "../support/app-server";
import { fixture, upload } from "../support/upload";

const running: AppServer[] = [];

async function start(env: Record<string, string>) {
  const app = await startApp({ env });
  running.push(app);
  return app;
}

afterEach(async () => {
  for (const app of running.splice(0)) await app.stop();
});

type Data = { step?: string; position?: number; progress?: number };

describe("the pipeline under its limits", () => {
  it("queues jobs past the limit and tells each its place in line as it moves", async () => {
    const app = await start({ PIPELINE_CONCURRENCY: "1" });
    const { body } = await upload(app.url, [
      { name: "1.png", bytes: fixture("ja-bank-statement-long") },
      { name: "2.png", bytes: fixture("en-card-history-light") },
      { name: "3.png", bytes: fixture("en-payment-light") },
    ]);
    const recordings: StreamRecording[] = await Promise.all(
      body.jobs.map((job: { links: { events: string } }) => recordStream(app.url + job.links.events)),
    );
    for (const recording of recordings) assertCompleteStream(recording);
    const positions = recordings.map((recording) =>
      recording.events.filter((event) => event.type === "queue.position").map((event) => (event.data as Data).position),
    );
    expect(positions[0]).toEqual([]);
    expect(positions[1]).toEqual([1]);
    expect(positions[2]).toEqual([2, 1]);
    const third = recordings[2];
    if (!third) throw new Error("no third recording");
    assertTypesInOrder(third, ["step.started", "queue.position", "queue.position", "step.completed"]);
    // One at a time: each job's OCR starts after the previous job finished.
    const snapshots: JobSnapshot[] = await Promise.all(
      body.jobs.map(async (job: { links: { self: string } }) =>
        jobSnapshotSchema.parse(await (await fetch(app.url + job.links.self)).json()),
      ),
    );
    const ocrStart = (i: number) => Date.parse(snapshots[i]?.steps.find((s) => s.name === "ocr")?.startedAt ?? "");
    const verifyEnd = (i: number) => Date.parse(snapshots[i]?.steps.find((s) => s.name === "verify")?.finishedAt ?? "");
    expect(ocrStart(1)).toBeGreaterThanOrEqual(verifyEnd(0));
    expect(ocrStart(2)).toBeGreaterThanOrEqual(verifyEnd(1));
  });

  it("reports OCR progress that only moves forward", async () => {
    const app = await start({});
    const { body } = await upload(app.url, [{ name: "long.png", bytes: fixture("ja-bank-statement-long") }]);
    const recording = await recordStream(app.url + body.jobs[0].links.events);
    const progress = recording.events
      .filter((event) => event.type === "step.progress" && (event.data as Data).step === "ocr")
      .map((event) => (event.data as Data).progress ?? 0);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const regions = recording.events.filter((event) => event.type === "ocr.region");
    expect(regions.length).toBeGreaterThan(1);
  });

  it("turns an OCR timeout into a failed step with a reason, and keeps serving", async () => {
    const app = await start({ OCR_TIMEOUT_MS: "30" });
    const { body } = await upload(app.url, [{ name: "long.png", bytes: fixture("ja-bank-statement-long") }]);
    const recording = await recordStream(app.url + body.jobs[0].links.events);
    assertCompleteStream(recording);
    const failed = recording.events.find((event) => event.type === "step.failed");
    expect(failed?.data).toMatchObject({ step: "ocr", error: { code: expect.stringMatching(/timeout/) } });
    expect(recording.events.at(-1)?.data).toMatchObject({
      status: "failed",
      error: { message: expect.stringMatching(/longer than/) },
    });
    const snapshot = jobSnapshotSchema.parse(await (await fetch(app.url + body.jobs[0].links.self)).json());
    expect(snapshot.status).toBe("failed");
    expect(snapshot.steps.find((step) => step.name === "ocr")?.status).toBe("failed");
    expect((await fetch(`${app.url}/api/health`)).ok).toBe(true);
  });

  it("fails a screenshot without text with a reason a person understands", async () => {
    const app = await start({});
    const blank = await sharp({ create: { width: 800, height: 1200, channels: 3, background: "#ffffff" } })
      .png()
      .toBuffer();
    const { body } = await upload(app.url, [{ name: "blank.png", bytes: blank }]);
    const recording = await recordStream(app.url + body.jobs[0].links.events);
    expect(recording.events.at(-1)?.data).toMatchObject({ status: "failed", error: { code: "no_text" } });
  });
});
