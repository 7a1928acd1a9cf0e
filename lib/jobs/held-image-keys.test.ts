import { afterEach, describe, expect, it } from "vitest";
import { JobStore } from "@/lib/jobs/job-store";
import { newTestJob } from "@/lib/testing/new-job";
import { openTestSqlite } from "@/lib/testing/sqlite";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe("JobStore.heldImageKeys", () => {
  it("answers which of the keys a job holds, whether upload or checked PNG", async () => {
    const { db, close } = openTestSqlite("held-image-keys");
    cleanups.push(close);
    const store = new JobStore(db);
    const upload = `${"a".repeat(32)}.upload`;
    const png = `${"b".repeat(32)}.png`;
    const orphan = `${"c".repeat(32)}.upload`;
    await store.create(newTestJob({ id: "being-checked", imageKey: upload }));
    await store.create(newTestJob({ id: "checked", imageKey: png }));
    expect(await store.heldImageKeys([upload, png, orphan])).toEqual(new Set([upload, png]));
    expect(await store.heldImageKeys([orphan])).toEqual(new Set());
  });
});
