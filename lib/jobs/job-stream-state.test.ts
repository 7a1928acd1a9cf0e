import { afterEach, describe, expect, it } from "vitest";
import { LocalEventBus } from "@/lib/jobs/event-bus";
import { EventLog } from "@/lib/jobs/event-log";
import { JobStore } from "@/lib/jobs/job-store";
import { newTestJob } from "@/lib/testing/new-job";
import { openTestSqlite } from "@/lib/testing/sqlite";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function storeOnFreshDatabase() {
  const { db, close } = openTestSqlite("stream-state");
  cleanups.push(close);
  return { store: new JobStore(db), log: new EventLog(db, new LocalEventBus()) };
}

async function createJob(store: JobStore, id: string, userId: string | null): Promise<void> {
  await store.create(newTestJob({ id, userId }));
}

describe("JobStore.streamState", () => {
  it("gives the owner, whether the job has finished, and its last event id", async () => {
    const { store, log } = storeOnFreshDatabase();
    await createJob(store, "a", null);
    expect(await store.streamState("a")).toEqual({ userId: null, finished: false, lastEventId: 0 });

    await log.append("a", { type: "step.started", data: { step: "ocr" } });
    await log.append("a", { type: "step.started", data: { step: "extract" } });
    expect(await store.streamState("a")).toEqual({ userId: null, finished: false, lastEventId: 2 });

    await store.fail("a", { code: "no_text", message: "No text." });
    expect(await store.streamState("a")).toMatchObject({ finished: true, lastEventId: 2 });
  });

  it("is undefined for a job that does not exist", async () => {
    const { store } = storeOnFreshDatabase();
    expect(await store.streamState("missing")).toBeUndefined();
  });
});
