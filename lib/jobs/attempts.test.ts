import { afterEach, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { beginRun } from "@/lib/jobs/begin-run";
import { LocalEventBus } from "@/lib/jobs/event-bus";
import { EventLog } from "@/lib/jobs/event-log";
import { JobStore } from "@/lib/jobs/job-store";
import { recoverJobs } from "@/lib/jobs/recover-jobs";
import type { Services } from "@/lib/services";
import { openTestSqlite } from "@/lib/testing/sqlite";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/**
 * A process's services on a fresh SQLite file, with a queue that opens a run (as the real
 * queues do) but whose run never gets past the queue: the process "restarts" before that.
 */
function servicesOnFreshDatabase(): { services: Services; db: PrismaClient } {
  const { db, close } = openTestSqlite("attempts");
  cleanups.push(close);
  const store = new JobStore(db);
  const log = new EventLog(db, new LocalEventBus());
  const services = { db, store, log } as unknown as Services & { queue: Services["queue"] };
  (services as { queue: Services["queue"] }).queue = {
    enqueue: async (jobId, options) => void (await beginRun(jobId, services, options?.resumedReason)),
    start: async () => {},
    stop: async () => {},
  };
  return { services, db };
}

async function queuedJob(services: Services, id: string): Promise<void> {
  await services.store.create(
    {
      id,
      fileName: `${id}.png`,
      mimeType: "image/png",
      width: 1,
      height: 1,
      byteSize: 1,
      imageKey: "key",
      extractor: "local",
      kind: null,
      allowImage: false,
      customFields: null,
      userId: null,
    },
    { startedAt: new Date(), finishedAt: new Date(), summary: "" },
  );
  await services.queue.enqueue(id);
}

describe("attempts", () => {
  it("are not counted for a job that waits in the queue across restarts", async () => {
    const { services } = servicesOnFreshDatabase();
    await queuedJob(services, "waiting");
    for (let restart = 0; restart < env().JOB_MAX_ATTEMPTS + 2; restart++) {
      expect(await recoverJobs(services)).toEqual({ resumed: 1, failed: 0 });
    }
    const job = await services.store.find("waiting");
    expect(job?.status).toBe("queued");
    expect(job?.attempts).toBe(0);
  });

  it("are counted when a run begins, and a job whose runs were cut short that often is given up", async () => {
    const { services } = servicesOnFreshDatabase();
    await queuedJob(services, "crashing");
    const max = env().JOB_MAX_ATTEMPTS;
    for (let run = 1; run <= max; run++) {
      // The run begins (a pipeline slot was free), then the process dies mid-run.
      await services.store.setStatus("crashing", "running");
      expect((await services.store.find("crashing"))?.attempts).toBe(run);
      expect(await recoverJobs(services)).toEqual(run < max ? { resumed: 1, failed: 0 } : { resumed: 0, failed: 1 });
    }
    const job = await services.store.find("crashing");
    expect(job?.status).toBe("failed");
    expect(job?.error).toContain(`${max} times`);
  });

  it("tell a resumed run which attempt it will be", async () => {
    const { services } = servicesOnFreshDatabase();
    await queuedJob(services, "resumed");
    await services.store.setStatus("resumed", "running");
    expect(await beginRun("resumed", services, "again")).toBe(2);
    const resumed = (await services.log.read("resumed")).filter((event) => event.type === "job.resumed");
    expect(resumed.map((event) => event.data)).toEqual([{ reason: "again", attempt: 2 }]);
  });
});
