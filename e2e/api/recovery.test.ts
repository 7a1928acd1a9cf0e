import { afterEach, describe, expect, it } from "vitest";
import { jobSnapshotSchema } from "@/lib/jobs/schema";
import { assertCompleteStream, recordStream } from "@/lib/testing/sse-recorder";
import { type AppServer, startApp } from "../support/app-server";
import { fixture, upload } from "../support/upload";

const running: AppServer[] = [];

async function start(dataDir?: string, env: Record<string, string> = {}) {
  const app = await startApp({ dataDir, env });
  running.push(app);
  return app;
}

afterEach(async () => {
  for (const app of running.splice(0)) await app.stop();
});

describe("a server that dies mid-job", () => {
  it("resumes the job at the next start and finishes it; the stream tells what happened", async () => {
    const first = await start(undefined, { PIPELINE_CONCURRENCY: "1" });
    const { body } = await upload(first.url, [
      { name: "long.png", bytes: fixture("ja-bank-statement-long") },
      { name: "second.png", bytes: fixture("en-card-history-light") },
    ]);
    const [a, b] = body.jobs;
    await recordStream(first.url + a.links.events, {
      until: (event) => event.type === "step.started" && (event.data as { step: string }).step === "ocr",
    });
    await first.crash();

    const second = await start(first.dataDir);
    // The first had begun its run when the server died; the second was still waiting for it.
    for (const [job, attempts] of [
      [a, 2],
      [b, 1],
    ] as const) {
      const recording = await recordStream(second.url + job.links.events);
      assertCompleteStream(recording);
      expect(recording.events.some((event) => event.type === "job.resumed")).toBe(true);
      expect(recording.events.at(-1)?.data).toMatchObject({ status: "succeeded" });
      const snapshot = jobSnapshotSchema.parse(await (await fetch(second.url + job.links.self)).json());
      expect(snapshot.status).toBe("succeeded");
      expect(snapshot.attempts).toBe(attempts);
    }
  });

  it("gives up with a reason once a job was interrupted too often", async () => {
    const first = await start(undefined, { PIPELINE_CONCURRENCY: "1", JOB_MAX_ATTEMPTS: "1" });
    const { body } = await upload(first.url, [{ name: "long.png", bytes: fixture("ja-bank-statement-long") }]);
    // Only a run that began counts as an attempt: the server dies once the job is running.
    await recordStream(first.url + body.jobs[0].links.events, {
      until: (event) => event.type === "step.started" && (event.data as { step: string }).step === "ocr",
    });
    await first.crash();
    const second = await start(first.dataDir, { JOB_MAX_ATTEMPTS: "1" });
    const recording = await recordStream(second.url + body.jobs[0].links.events);
    assertCompleteStream(recording);
    expect(recording.events.at(-1)?.data).toMatchObject({ status: "failed", error: { code: "interrupted" } });
    const snapshot = jobSnapshotSchema.parse(await (await fetch(second.url + body.jobs[0].links.self)).json());
    expect(snapshot.status).toBe("failed");
    expect(snapshot.error?.message).toMatch(/server stopped/);
  });

  it("counts an attempt only for a run that began: a job still waiting in the queue is not given up", async () => {
    const limits = { PIPELINE_CONCURRENCY: "1", JOB_MAX_ATTEMPTS: "1" };
    const first = await start(undefined, limits);
    const { body } = await upload(first.url, [
      { name: "long.png", bytes: fixture("ja-bank-statement-long") },
      { name: "waiting.png", bytes: fixture("en-payment-small") },
    ]);
    const [running, waiting] = body.jobs;
    await recordStream(first.url + running.links.events, {
      until: (event) => event.type === "step.started" && (event.data as { step: string }).step === "ocr",
    });
    await first.crash();

    const second = await start(first.dataDir, limits);
    const given = await recordStream(second.url + running.links.events);
    expect(given.events.at(-1)?.data).toMatchObject({ status: "failed", error: { code: "interrupted" } });
    const recording = await recordStream(second.url + waiting.links.events);
    assertCompleteStream(recording);
    expect(recording.events.at(-1)?.data).toMatchObject({ status: "succeeded" });
    const snapshot = jobSnapshotSchema.parse(await (await fetch(second.url + waiting.links.self)).json());
    expect(snapshot.attempts).toBe(1);
  });
});
