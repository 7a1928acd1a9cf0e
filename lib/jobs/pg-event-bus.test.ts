import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createClient } from "@/lib/db/client";
import { applyPostgresMigrations } from "@/lib/db/migrate-postgres";
import type { JobEvent } from "@/lib/events/schema";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { EventLog, readEvents } from "@/lib/jobs/event-log";
import { EVENTS_CHANNEL, PgEventBus } from "@/lib/jobs/pg-event-bus";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/postgres";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A process's view: its own Prisma client, bus and event log, on a shared database. */
function processOn(url: string) {
  const client = createClient(url);
  const bus = new PgEventBus({
    url,
    readEvents: (jobId, after) => readEvents(client, jobId, after),
    notify: async (channel, payload) => {
      await client.$executeRaw`SELECT pg_notify(${channel}, ${payload})`;
    },
  });
  cleanups.push(async () => {
    await bus.stop();
    await client.$disconnect();
  });
  return { client, bus, log: new EventLog(client, bus) };
}

async function setup(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  cleanups.push(database.drop);
  await applyPostgresMigrations({ url: database.url, migrationsDir: "prisma/postgresql/migrations" });
  return database;
}

async function createJob(client: PrismaClient, id: string) {
  await client.job.create({
    data: {
      id,
      status: "running",
      fileName: "a.png",
      mimeType: "image/png",
      width: 1,
      height: 1,
      byteSize: 1,
      imageKey: "k",
      extractor: "local",
    },
  });
}

function collect(bus: PgEventBus, jobId: string) {
  const received: JobEvent[] = [];
  bus.subscribe(jobId, (event) => received.push(event));
  return received;
}

const until = async (check: () => boolean, ms = 5_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe("PgEventBus", () => {
  it("delivers events stored by one process to followers in another, in order", async () => {
    const { url } = await setup();
    const worker = processOn(url);
    const web = processOn(url);
    await Promise.all([worker.bus.start(), web.bus.start()]);
    await createJob(worker.client, "j1");
    const received = collect(web.bus, "j1");
    for (let i = 0; i < 20; i++) {
      void worker.log.append("j1", { type: "step.progress", data: { step: "ocr", progress: i / 20 } });
    }
    await until(() => received.length === 20);
    expect(received.map((event) => event.id)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("keeps one listening connection per process, however many follow", async () => {
    const { url } = await setup();
    const web = processOn(url);
    await web.bus.start();
    for (let i = 0; i < 50; i++) web.bus.subscribe(`job-${i % 5}`, () => {});
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    cleanups.push(() => admin.end());
    const { rows } = await admin.query<{ n: string }>(
      "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND query = $1",
      [`LISTEN ${EVENTS_CHANNEL}`],
    );
    expect(Number(rows[0]?.n)).toBe(1);
  });

  it("catches up on what was announced while its listener was cut off", async () => {
    const { url } = await setup();
    const worker = processOn(url);
    const web = processOn(url);
    await web.bus.start();
    await createJob(worker.client, "j2");
    const received = collect(web.bus, "j2");
    await worker.log.append("j2", { type: "step.started", data: { step: "ocr" } });
    await until(() => received.length === 1);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    cleanups.push(() => admin.end());
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1", [
      `LISTEN ${EVENTS_CHANNEL}`,
    ]);
    // Announced while nobody listens: these notifications are lost, the events are not.
    await worker.log.append("j2", { type: "step.progress", data: { step: "ocr", progress: 0.5 } });
    await worker.log.append("j2", { type: "step.completed", data: { step: "ocr", durationMs: 10 } });
    await until(() => received.length === 3, 10_000);
    expect(received.map((event) => event.type)).toEqual(["step.started", "step.progress", "step.completed"]);
  });
});
