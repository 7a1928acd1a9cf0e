import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobSnapshotSchema } from "@/lib/jobs/schema";
import { assertCompleteStream, assertTypesInOrder, recordStream } from "@/lib/testing/sse-recorder";
import { type AppServer, startApp } from "../support/app-server";
import { fixture, upload } from "../support/upload";

let app: AppServer;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

describe("upload → stream → snapshot", () => {
  it("runs a payment screenshot through every step and streams it all", async () => {
    const { status, body, headers } = await upload(app.url, [{ name: "pay.png", bytes: fixture("en-payment-light") }]);
    expect(status).toBe(202);
    expect(body.jobs).toHaveLength(1);
    const job = body.jobs[0];
    expect(job.links).toEqual({
      self: `/api/jobs/${job.id}`,
      events: `/api/jobs/${job.id}/events`,
      image: `/api/jobs/${job.id}/image`,
      thumbnail: `/api/jobs/${job.id}/thumbnail`,
    });
    expect(headers.get("location")).toBe(job.links.self);

    const recording = await recordStream(app.url + job.links.events);
    expect(recording.status).toBe(200);
    expect(recording.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(recording.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(recording.headers.get("x-accel-buffering")).toBe("no");
    expect(recording.headers.get("content-encoding")).toBeNull();
    expect(recording.retry).toBeGreaterThan(0);
    assertCompleteStream(recording);
    assertTypesInOrder(recording, [
      "job.received",
      "step.started", // check
      "step.completed",
      "step.started", // queue
      "step.completed",
      "step.started", // ocr
      "ocr.region",
      "step.completed",
      "step.started", // extract
      "step.completed",
      "step.started", // verify
      "step.completed",
      "job.done",
    ]);
    const steps = recording.events
      .filter((event) => event.type === "step.completed")
      .map((event) => (event.data as { step: string }).step);
    expect(steps).toEqual(["check", "queue", "ocr", "extract", "verify"]);
    const done = recording.events.at(-1)?.data as { status: string; result: { document: { kind: string } } };
    expect(done.status).toBe("succeeded");
    expect(done.result.document.kind).toBe("receipt");

    const snapshot = jobSnapshotSchema.parse(await (await fetch(app.url + job.links.self)).json());
    expect(snapshot.status).toBe("succeeded");
    expect(snapshot.result).toEqual(done.result);
    expect(snapshot.lastEventId).toBe(recording.events.length);
    expect(snapshot.steps.map((step) => step.status)).toEqual(Array(5).fill("succeeded"));
    expect(snapshot.attempts).toBe(1);
  });

  it("replays the whole log to a late client, then closes; 204 once nothing is left", async () => {
    const { body } = await upload(app.url, [{ name: "pay.png", bytes: fixture("ja-payment-light") }]);
    const events = app.url + body.jobs[0].links.events;
    const first = await recordStream(events);
    assertCompleteStream(first);
    const replay = await recordStream(events);
    expect(replay.events.map(({ id, type, data }) => ({ id, type, data }))).toEqual(
      first.events.map(({ id, type, data }) => ({ id, type, data })),
    );
    const after = await fetch(events, { headers: { "Last-Event-ID": String(first.events.length) } });
    expect(after.status).toBe(204);
  });

  it("serves the normalised image as PNG with nosniff, once the check step has written it", async () => {
    const { body } = await upload(app.url, [{ name: "shot.png", bytes: fixture("en-payment-small") }]);
    // The clean PNG comes from the job's check step, after the 202 (docs/fast-upload.md).
    await recordStream(app.url + body.jobs[0].links.events, {
      until: (event) => event.type === "step.completed" && (event.data as { step: string }).step === "check",
    });
    const response = await fetch(app.url + body.jobs[0].links.image);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Array.from(bytes.slice(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await recordStream(app.url + body.jobs[0].links.events);
  });

  it("accepts several images in one request, one job each, and lists them newest first", async () => {
    const { status, body } = await upload(app.url, [
      { name: "a.png", bytes: fixture("en-payment-dark") },
      { name: "b.png", bytes: fixture("ja-payment-dark") },
    ]);
    expect(status).toBe(202);
    expect(body.jobs.map((job: { fileName: string }) => job.fileName)).toEqual(["a.png", "b.png"]);
    await Promise.all(body.jobs.map((job: { links: { events: string } }) => recordStream(app.url + job.links.events)));
    const list = await (await fetch(`${app.url}/api/jobs?limit=2`)).json();
    expect(list.jobs.map((job: { fileName: string }) => job.fileName)).toEqual(["b.png", "a.png"]);
    expect(list.jobs.every((job: { status: string }) => job.status === "succeeded")).toBe(true);
  });

  it("deletes a finished job with its image and events", async () => {
    const { body } = await upload(app.url, [{ name: "del.png", bytes: fixture("en-payment-light") }]);
    const job = body.jobs[0];
    await recordStream(app.url + job.links.events);
    expect((await fetch(app.url + job.links.self, { method: "DELETE" })).status).toBe(204);
    expect((await fetch(app.url + job.links.self)).status).toBe(404);
    expect((await fetch(app.url + job.links.image)).status).toBe(404);
    const events = await fetch(app.url + job.links.events);
    expect(events.status).toBe(404);
    expect((await events.json()).error.code).toBe("job_not_found");
  });
});
