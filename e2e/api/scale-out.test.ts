import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobSnapshotSchema } from "@/lib/jobs/schema";
import { allDone, assertCompleteJobs, type BoardRecording, recordBoard } from "@/lib/testing/board-recorder";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/postgres";
import {
  assertCompleteStream,
  type ReceivedEvent,
  recordStream,
  type StreamRecording,
} from "@/lib/testing/sse-recorder";
import { type AppServer, startApp } from "../support/app-server";
import { type NginxServer, startNginx } from "../support/nginx";
import { fixture, upload } from "../support/upload";
import { startWorker, type WorkerProcess } from "../support/worker-process";

/**
 * The scaled-out mode, for real: PostgreSQL, two web instances (no workers of their own), a
 * worker process, nginx balancing across the instances, a shared image directory.
 */
let database: TestDatabase;
let sharedData: string;
let env: Record<string, string>;
let a: AppServer;
let b: AppServer;
let nginx: NginxServer;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  sharedData = fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-shared-"));
  env = {
    DATABASE_URL: database.url,
    DATA_DIR: sharedData,
    // A dead worker is found by its missing heartbeat (10 s, pg-boss's least), never a slow job
    // on a busy machine by its expiry.
    QUEUE_EXPIRE_SECONDS: "120",
    QUEUE_HEARTBEAT_SECONDS: "10",
    QUEUE_MAINTENANCE_SECONDS: "1",
    QUEUE_POLLING_SECONDS: "0.5",
  };
  a = await startApp({ env: { ...env, RUN_WORKERS: "false" }, dataDir: sharedData });
  b = await startApp({ env: { ...env, RUN_WORKERS: "false" }, dataDir: sharedData });
  workers.push(await startWorker(env));
  nginx = await startNginx({ upstreamPorts: [a.port, b.port] });
}, 120_000);

afterAll(async () => {
  await nginx?.stop();
  for (const worker of workers) await worker.stop();
  await a?.stop();
  await b?.stop();
  await database?.drop();
  fs.rmSync(sharedData, { recursive: true, force: true });
});

const strip = (events: ReceivedEvent[]) => events.map(({ id, type, data }) => ({ id, type, data }));
const isOcrStart = (event: ReceivedEvent) =>
  event.type === "step.started" && (event.data as { step: string }).step === "ocr";

describe("several instances, one board stream", () => {
  it("carries every event of every job exactly once when the instance serving it dies", async () => {
    const { body } = await upload(nginx.url, [
      { name: "long.png", bytes: fixture("ja-bank-statement-long") },
      { name: "pay.png", bytes: fixture("en-payment-light") },
    ]);
    const ids: string[] = body.jobs.map((job: { id: string }) => job.id);
    let serving = "";
    let killed: AppServer | undefined;
    const parts: BoardRecording[] = [];
    parts.push(
      await recordBoard(`${nginx.url}/api/events`, {
        tolerateDrop: true,
        onOpen: (headers) => (serving = headers.get("x-sukusho-instance") ?? ""),
        until: (events) => allDone(events, ids),
        onEvent: (event) => {
          if (event.type === "step.started" && !killed) {
            killed = [a, b].find((app) => serving.endsWith(`:${app.pid}`));
            void killed?.crash();
          }
        },
      }),
    );
    expect(killed).toBeDefined();
    // Reconnect as an EventSource does, with the last cursor, until both jobs are done.
    for (
      let attempt = 0;
      attempt < 10 &&
      !allDone(
        parts.flatMap((part) => part.events),
        ids,
      );
      attempt++
    ) {
      const lastEventId = parts.flatMap((part) => part.events).at(-1)?.cursor;
      parts.push(
        await recordBoard(`${nginx.url}/api/events`, {
          lastEventId,
          tolerateDrop: true,
          timeoutMs: 60_000,
          until: (events) => allDone([...parts.flatMap((part) => part.events), ...events], ids),
        }),
      );
    }
    const received = parts.flatMap((part) => part.events).filter((event) => ids.includes(event.jobId));
    assertCompleteJobs(received, ids);
    // The instance comes back where nginx looks for it, for the tests after this one.
    const port = Number(new URL((killed as AppServer).url).port);
    const restarted = await startApp({ env: { ...env, RUN_WORKERS: "false" }, dataDir: sharedData, port });
    if (killed === a) a = restarted;
    else b = restarted;
  }, 120_000);
});

describe("several instances, one stream", () => {
  it("follows on instance B a job uploaded through A and run by the worker", async () => {
    const { status, body } = await upload(a.url, [{ name: "pay.png", bytes: fixture("en-payment-light") }]);
    expect(status).toBe(202);
    const job = body.jobs[0];
    const recording = await recordStream(b.url + job.links.events);
    assertCompleteStream(recording);
    expect(recording.events.at(-1)?.data).toMatchObject({ status: "succeeded" });
    const snapshot = jobSnapshotSchema.parse(await (await fetch(b.url + job.links.self)).json());
    expect(snapshot.status).toBe("succeeded");
    // The image stored by A is served by B (a shared volume).
    expect((await fetch(b.url + job.links.image)).headers.get("content-type")).toBe("image/png");
    // A late client on A replays exactly what B saw.
    expect(strip((await recordStream(a.url + job.links.events)).events)).toEqual(strip(recording.events));
  });

  it("finishes a job elsewhere when its worker dies mid-job", async () => {
    const { body } = await upload(a.url, [{ name: "long.png", bytes: fixture("ja-bank-statement-long") }]);
    const job = body.jobs[0];
    const before = await recordStream(b.url + job.links.events, { until: isOcrStart });
    const [first] = workers.splice(0, 1);
    await first?.crash();
    workers.push(await startWorker(env));
    const lastSeen = before.events.at(-1)?.id ?? 0;
    const after = await recordStream(b.url + job.links.events, { lastEventId: lastSeen, timeoutMs: 60_000 });
    assertCompleteStream(after, lastSeen);
    const resumed = after.events.find((event) => event.type === "job.resumed");
    expect(resumed?.data).toMatchObject({ attempt: 2 });
    expect(after.events.at(-1)?.data).toMatchObject({ status: "succeeded" });
    const snapshot = jobSnapshotSchema.parse(await (await fetch(a.url + job.links.self)).json());
    expect(snapshot.attempts).toBe(2);
  }, 90_000);

  it("resumes through nginx on the other instance when the one serving the stream dies", async () => {
    const { body } = await upload(nginx.url, [{ name: "long.png", bytes: fixture("ja-bank-statement-long") }]);
    const job = body.jobs[0];
    let serving = "";
    const instances = new Map([
      [a, a],
      [b, b],
    ]);
    let killed: AppServer | undefined;
    const parts: StreamRecording[] = [];
    parts.push(
      await recordStream(nginx.url + job.links.events, {
        tolerateDrop: true,
        onOpen: (headers) => (serving = headers.get("x-sukusho-instance") ?? ""),
        onEvent: (event) => {
          if (isOcrStart(event) && !killed) {
            killed = [...instances.keys()].find((app) => serving.endsWith(`:${app.pid}`));
            void killed?.crash();
          }
        },
      }),
    );
    expect(killed).toBeDefined();
    // Reconnect like EventSource does, from the last id, until the final event.
    for (let attempt = 0; attempt < 10 && parts.at(-1)?.events.at(-1)?.type !== "job.done"; attempt++) {
      const lastId = parts.flatMap((part) => part.events).at(-1)?.id ?? 0;
      parts.push(await recordStream(nginx.url + job.links.events, { lastEventId: lastId, tolerateDrop: true }));
    }
    const received = parts.flatMap((part) => part.events);
    const survivor = killed === a ? b : a;
    const full = await recordStream(survivor.url + job.links.events);
    assertCompleteStream(full);
    expect(strip(received)).toEqual(strip(full.events));
  }, 90_000);
});
