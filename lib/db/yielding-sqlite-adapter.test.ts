import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/db/client";
import { applySqliteMigrations } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LocalEventBus } from "@/lib/jobs/event-bus";
import { EventLog } from "@/lib/jobs/event-log";
import { JobStore } from "@/lib/jobs/job-store";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-yielding-"));
const clients: PrismaClient[] = [];

afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(name: string, yieldEachStatement: boolean): Promise<PrismaClient> {
  const file = path.join(dir, `${name}.sqlite`);
  applySqliteMigrations({ file, migrationsDir: "prisma/migrations" });
  const db = createClient(`file:${file}`, { yieldEachStatement });
  clients.push(db);
  await db.user.create({ data: { id: "u", name: "u", email: "u@example.com" } });
  await new JobStore(db).create({
    id: "job",
    userId: "u",
    fileName: "a.png",
    mimeType: "image/png",
    width: 1,
    height: 1,
    byteSize: 1,
    imageKey: "key",
    extractor: "local",
    kind: null,
    allowImage: false,
    customFields: null,
  });
  return db;
}

/** How many turns of the event loop passed while `work` ran (an immediate that keeps renewing itself). */
async function turnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  turns = 0;
  await work();
  running = false;
  return turns;
}

/** 32 events appended at once, as a page's OCR strips report them. */
function appendMany(log: EventLog): Promise<unknown> {
  return Promise.all(
    Array.from({ length: 32 }, (_, index) =>
      log.append("job", {
        type: "ocr.region",
        data: { index, count: 32, top: index * 10, height: 10, text: `line ${index}`, confidence: 90 },
      }),
    ),
  );
}

describe("a SQLite client whose statements yield", () => {
  it("lets the event loop turn between the statements of a chain, which it does not without", async () => {
    const yielding = await open("yielding", true);
    const whole = await open("whole", false);
    const yieldingTurns = await turnsDuring(() => appendMany(new EventLog(yielding, new LocalEventBus())));
    const wholeTurns = await turnsDuring(() => appendMany(new EventLog(whole, new LocalEventBus())));
    expect(wholeTurns).toBeLessThanOrEqual(1);
    expect(yieldingTurns).toBeGreaterThanOrEqual(32);
  });

  it("stores and reads the same, in the same order", async () => {
    const yielding = await open("same-yielding", true);
    const whole = await open("same-whole", false);
    const read = async (db: PrismaClient) => {
      const log = new EventLog(db, new LocalEventBus());
      await appendMany(log);
      return (await log.read("job")).map(({ id, type, data }) => ({ id, type, data }));
    };
    const stored = await read(yielding);
    expect(stored.map((event) => event.id)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(stored).toEqual(await read(whole));
    expect(await yielding.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1n }]);
  });

  it("runs transactions whole, and rolls them back", async () => {
    const db = await open("transactions", true);
    await db.$transaction([
      db.job.update({ where: { id: "job" }, data: { fileName: "b.png" } }),
      db.job.update({ where: { id: "job" }, data: { width: 2 } }),
    ]);
    await expect(
      db.$transaction(async (tx) => {
        await tx.job.update({ where: { id: "job" }, data: { fileName: "c.png" } });
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await db.job.findUnique({ where: { id: "job" }, select: { fileName: true, width: true } })).toEqual({
      fileName: "b.png",
      width: 2,
    });
  });
});
